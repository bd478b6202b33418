import { createRescoreSession, type RescoreRequestMessage } from './rescore-protocol';

/** The rescoring worker: the engine over the period's Arrow columns, off the UI thread.
 * Score arrays go back as transferred buffers. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<RescoreRequestMessage>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const handle = createRescoreSession();
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const reply = handle(event.data);
  if (reply.type === 'scores') scope.postMessage(reply, [reply.total.buffer, reply.rank.buffer]);
  else scope.postMessage(reply);
};
