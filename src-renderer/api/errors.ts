import { isSerializedError, serializedErrorFromMessage, type SerializedError } from '../../src-shared/api';

/** An error from the api as the renderer sees it: always a message key with params (and, for a
 * rejected workbook, the issues), so the UI can say it in the user's language. */
export class ApiError extends Error {
  readonly error: SerializedError;

  constructor(error: SerializedError) {
    super(error.key);
    this.name = 'ApiError';
    this.error = { key: error.key, params: error.params ?? {}, issues: error.issues ?? [] };
  }

  get key(): string {
    return this.error.key;
  }
}

/** Turns anything a call may throw into an ApiError. Electron's preload throws an Error carrying
 * `.kaoping`, but contextBridge hands the page only its message, where the preload also wrote
 * the SerializedError (after BRIDGE_ERROR_PREFIX); fetch throws a TypeError when the host is gone. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (isSerializedError(e)) return new ApiError(e);
  if (typeof e === 'object' && e !== null && isSerializedError((e as { kaoping?: unknown }).kaoping)) {
    return new ApiError((e as { kaoping: SerializedError }).kaoping);
  }
  if (e instanceof Error) {
    const fromMessage = serializedErrorFromMessage(e.message);
    if (fromMessage) return new ApiError(fromMessage);
  }
  if (e instanceof TypeError) return new ApiError({ key: 'ui.error.network', params: {}, issues: [] });
  return new ApiError({ key: 'api.internal', params: {}, issues: [] });
}
