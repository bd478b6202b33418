import type { SerializedError } from '../../src-shared/api/errors';

/** What main and the preload agree on (no electron import here: both sides bundle it). */

/** The one IPC channel of the api: `invoke(IPC_CHANNEL, callName, input)`. */
export const IPC_CHANNEL = 'kaoping:call';

/** Main's answer to every call: never a thrown error, which IPC would flatten to a string. */
export type IpcReply = { ok: true; result: unknown } | { ok: false; error: SerializedError };

/** Where a SerializedError travels inside an Error's message (see src-shared/api/errors.ts). */
export { BRIDGE_ERROR_PREFIX } from '../../src-shared/api/errors';
