import { contextBridge, ipcRenderer } from 'electron';
import { callNames, type ApiClient } from '../../src-shared/api/contract';
import type { SerializedError } from '../../src-shared/api/errors';
import { BRIDGE_ERROR_PREFIX, IPC_CHANNEL, type IpcReply } from './channel';

/** The sandboxed preload: exposes `window.kaoping`, one async function per api call and nothing
 * else — never ipcRenderer itself, so the page cannot send on any other channel. */

/** The Error a failed call rejects with: `.kaoping` carries the SerializedError, and so does
 * the message (after BRIDGE_ERROR_PREFIX), because contextBridge passes only the message on. */
export function bridgeError(error: SerializedError): Error & { kaoping: SerializedError } {
  return Object.assign(new Error(BRIDGE_ERROR_PREFIX + JSON.stringify(error)), { kaoping: error });
}

export function createBridge(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>): ApiClient {
  const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of callNames) {
    bridge[name] = async (input: unknown) => {
      const reply = (await invoke(IPC_CHANNEL, name, input)) as IpcReply;
      if (reply.ok) return reply.result;
      throw bridgeError(reply.error);
    };
  }
  return bridge as ApiClient;
}

contextBridge.exposeInMainWorld(
  'kaoping',
  createBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
