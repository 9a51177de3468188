/** pino's number for `error`; `fatal` is 60. */
const ERROR_LEVEL = 50;

type LogCall = (this: unknown, ...args: unknown[]) => void;

/**
 * Counts the lines the server logs at error level or above. It exists before
 * the app (the logger is built with it), so every place that logs an error is
 * counted without each having to know about metrics.
 */
export class ErrorTally {
  error = 0;
  fatal = 0;

  /** pino's `hooks.logMethod`: counts, then logs as usual. */
  hook(): (this: unknown, args: unknown[], method: LogCall, level: number) => void {
    const count = (level: number) => {
      if (level > ERROR_LEVEL) this.fatal++;
      else if (level === ERROR_LEVEL) this.error++;
    };
    return function (this: unknown, args, method, level) {
      count(level);
      method.apply(this, args);
    };
  }
}
