import type { SerializedError } from '../../src-shared/api/errors';

/** What main and the preload agree on (no electron import here: both sides bundle it). */

/** The one IPC channel of the api: `invoke(IPC_CHANNEL, callName, input)`. */
export const IPC_CHANNEL = 'kaoping:call';

/** Main's answer to every call: never a thrown error, which IPC would flatten to a string. */
export type IpcReply = { ok: true; result: unknown } | { ok: false; error: SerializedError };

/** contextBridge copies only an Error's message into the page (custom properties such as
 * `.kaoping` are dropped on the way), so the preload also writes the SerializedError into the
 * message after this prefix, as JSON; the renderer reads it back from there. */
export const BRIDGE_ERROR_PREFIX = 'kaoping-error:';
