/** Runs an engine computation written as a generator (it yields between its costly parts) to
 * its result, giving the event loop a turn after each step. The service shares one thread with
 * every other call (Electron's main process, the browser host's server): a long computation
 * run straight through would hold them all until it ends; run this way, they wait one step at
 * most. `setImmediate` rather than a timer: the turn costs microseconds, not a clock tick. */
export async function runSteps<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
