/**
 * Calls `fn` at most once per `intervalMs` (a function when the interval
 * changes, e.g. with the number of people on a board), always delivering the
 * latest arguments last so the final position of a moving pointer is never lost.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, intervalMs: number | (() => number)) {
  const interval = typeof intervalMs === 'number' ? () => intervalMs : intervalMs;
  let lastRun = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;

  const run = () => {
    timer = undefined;
    lastRun = Date.now();
    const args = pending;
    pending = undefined;
    if (args) fn(...args);
  };

  const throttled = (...args: A) => {
    pending = args;
    const wait = interval() - (Date.now() - lastRun);
    if (wait <= 0 && timer === undefined) run();
    else timer ??= setTimeout(run, Math.max(0, wait));
  };
  throttled.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  return throttled;
}
