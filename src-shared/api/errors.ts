import type { WorkbookIssue } from '../model/workbook';

/** An error a user can cause (bad file, bad input): a message key with parameters, never a
 * stack trace. Hosts serialise it as `{ error: { key, params, issues } }`. */
export class KaopingError extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;
  readonly issues: WorkbookIssue[];

  constructor(key: string, params: Record<string, string | number> = {}, issues: WorkbookIssue[] = []) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'KaopingError';
    this.key = key;
    this.params = params;
    this.issues = issues;
  }

  toJSON(): SerializedError {
    return { key: this.key, params: this.params, issues: this.issues };
  }
}

export interface SerializedError {
  key: string;
  params: Record<string, string | number>;
  issues: WorkbookIssue[];
}

export function isSerializedError(v: unknown): v is SerializedError {
  return typeof v === 'object' && v !== null && typeof (v as SerializedError).key === 'string';
}

/** Electron's contextBridge copies only an Error's message into the page, so the preload
 * writes a SerializedError into the message after this prefix, as JSON, and the renderer reads
 * it back with `serializedErrorFromMessage`. */
export const BRIDGE_ERROR_PREFIX = 'kaoping-error:';

export function serializedErrorFromMessage(message: string): SerializedError | null {
  const at = message.indexOf(BRIDGE_ERROR_PREFIX);
  if (at < 0) return null;
  try {
    const parsed: unknown = JSON.parse(message.slice(at + BRIDGE_ERROR_PREFIX.length));
    return isSerializedError(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
