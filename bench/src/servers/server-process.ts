import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { killHard, SERVER_CORE, spawnPinned, stopChild } from '../util/children.js';
import { withTimeout } from '../util/time.js';
import type { ServerStats } from './types.js';

const PRELOAD = new URL('./preload-stats.ts', import.meta.url).pathname;

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  /** Asks the in-process preload for event-loop delay, CPU, memory and persistence counters. */
  stats(options?: { gc?: boolean; reset?: boolean; timeoutMs?: number }): Promise<ServerStats>;
  /** Starts a CPU profile of the main thread; `stop` writes it to `file`. */
  profile(action: 'start' | 'stop', file?: string): Promise<void>;
  /** Lines the server printed to stderr (kept for error reports). */
  stderrTail(): string;
}

export interface LaunchOptions {
  /** The script node runs (a .ts file, through tsx). */
  entry: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Finds the listening port in one line of the server's stdout. */
  portFromLine: (line: string) => number | undefined;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeFlags?: string[];
}

/**
 * Starts a server with `node --import tsx --import preload-stats entry`, pinned
 * to the server core, and resolves once it prints its port.
 */
export async function launchServer(options: LaunchOptions): Promise<ServerProcess> {
  const child = spawnPinned(
    SERVER_CORE,
    process.execPath,
    ['--expose-gc', ...(options.nodeFlags ?? []), '--import', 'tsx', '--import', PRELOAD, options.entry],
    { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderr.push(line);
    if (stderr.length > 50) stderr.shift();
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await withTimeout(
    new Promise<number>((resolve, reject) => {
      child.once('exit', (code, signal) =>
        reject(new Error(`server exited (${code ?? signal}) before listening:\n${stderr.join('\n')}`)),
      );
      lines.on('line', (line) => {
        const found = options.portFromLine(line);
        if (found !== undefined) resolve(found);
      });
    }),
    30_000,
    `${options.entry} to listen`,
  );
  // Keep draining stdout so a chatty server never blocks on a full pipe.
  lines.removeAllListeners('line');
  lines.on('line', () => {});

  let nextRequest = 1;
  const stats = ({ timeoutMs = 10_000, ...request }: { gc?: boolean; reset?: boolean; timeoutMs?: number } = {}) => {
    const id = nextRequest++;
    return withTimeout(
      new Promise<ServerStats>((resolve, reject) => {
        const onMessage = (message: unknown): void => {
          if (
            typeof message === 'object' &&
            message !== null &&
            (message as { benchStats?: number }).benchStats === id
          ) {
            child.off('message', onMessage);
            resolve(message as ServerStats);
          }
        };
        child.on('message', onMessage);
        child.send({ benchStats: id, ...request }, (error) => error && reject(error));
      }),
      timeoutMs,
      'server stats (the server did not answer: overloaded?)',
    );
  };
  const profile = (action: 'start' | 'stop', file?: string): Promise<void> => {
    const id = nextRequest++;
    return withTimeout(
      new Promise<void>((resolve, reject) => {
        const onMessage = (message: unknown): void => {
          const reply = message as { benchProfile?: number; error?: string };
          if (reply?.benchProfile !== id) return;
          child.off('message', onMessage);
          if (reply.error) reject(new Error(reply.error));
          else resolve();
        };
        child.on('message', onMessage);
        child.send({ benchProfile: id, action, file }, (error) => error && reject(error));
      }),
      60_000,
      `server profile ${action}`,
    );
  };
  return { child, pid: child.pid!, port, stats, profile, stderrTail: () => stderr.join('\n') };
}

export { killHard, stopChild };
