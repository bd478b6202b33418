/** Runs a computation written as a generator of steps (it yields between its costly parts, so
 * that a host can resume it a step at a time: src-main/service/steps.ts) straight through to
 * its result. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
