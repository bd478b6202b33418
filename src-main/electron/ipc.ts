import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../../src-shared/api';
import { dispatch } from '../hosting/dispatch';
import { apiError, type HostLogger } from '../hosting/errors';
import { IPC_CHANNEL, type IpcReply } from './channel';
import { isAppUrl } from './origin';

/** True only for a call from the app window's own main frame showing app:// (VS Code's rule):
 * not another window, not an iframe, not a page that got loaded from elsewhere. */
export function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  if (!win || win.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || event.sender.id !== win.webContents.id) return false;
  const main = win.webContents.mainFrame;
  if (frame.parent !== null || frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isAppUrl(frame.url);
}

/** Answers one `kaoping:call`: the sender check, then the shared dispatch (name known, input
 * and result validated with the contract, errors mapped to message keys). */
export async function handleCall(
  service: Handlers,
  win: BrowserWindow | null,
  event: IpcMainInvokeEvent,
  name: unknown,
  input: unknown,
  log: HostLogger = console,
): Promise<IpcReply> {
  if (!isTrustedSender(event, win)) {
    const from = event.senderFrame?.url ?? 'unknown frame';
    log.warn(`[kaoping] refused a call of ${String(name)} from ${from}`);
    return { ok: false, error: apiError('api.forbidden', { origin: from.slice(0, 200) }) };
  }
  const outcome = await dispatch(service, name, input, log);
  return outcome.ok ? { ok: true, result: outcome.result } : { ok: false, error: outcome.error };
}

/** Binds the api to IPC: one handler for every call. Returns a function that unbinds it. */
export function registerIpc(service: Handlers, getWindow: () => BrowserWindow | null, log: HostLogger = console): () => void {
  ipcMain.handle(IPC_CHANNEL, (event, name: unknown, input: unknown) => handleCall(service, getWindow(), event, name, input, log));
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
