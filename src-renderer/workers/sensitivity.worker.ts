import { createSensitivitySession, type SensitivityRequest } from './sensitivity-protocol';

/** The sensitivity worker: Monte Carlo over the weights off the UI thread, in chunks, with
 * progress messages and cancel (sensitivity-protocol.ts). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<SensitivityRequest>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
const handle = createSensitivitySession(
  (reply) => scope.postMessage(reply),
  (next) => setTimeout(next, 0),
);
scope.onmessage = (event) => handle(event.data);
