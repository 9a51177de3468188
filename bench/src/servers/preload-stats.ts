/**
 * Loaded into every server under test with `--import` (the server's own code
 * is unchanged). Answers `{ cmd: 'stats' }` over the IPC channel with the
 * event-loop delay histogram, CPU time and memory, and resets the histogram.
 * `gc: true` runs a full collection first when node was started with --expose-gc.
 * `{ benchProfile, action: 'start' | 'stop', file }` records a CPU profile of
 * the main thread between the two requests.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';

interface StatsRequest {
  benchStats: number;
  gc?: boolean;
  reset?: boolean;
}

const RESOLUTION_MS = 5;
const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
delay.enable();

declare global {
  var __benchCounters: { persisted: number; persistedBytes: number } | undefined;
}
globalThis.__benchCounters ??= { persisted: 0, persistedBytes: 0 };

const ms = (nanos: number): number => Math.round(nanos / 1000) / 1000;
/** Node records the whole timer interval: the delay is what exceeds the sampling resolution. */
const lag = (nanos: number): number => Math.max(0, ms(nanos) - RESOLUTION_MS);

function stats(request: StatsRequest) {
  if (request.gc && typeof globalThis.gc === 'function') {
    globalThis.gc();
    globalThis.gc();
  }
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  const result = {
    benchStats: request.benchStats,
    eventLoopDelay: {
      count: delay.count,
      p50: lag(delay.percentile(50)),
      p99: lag(delay.percentile(99)),
      max: lag(delay.max),
      mean: lag(delay.mean),
    },
    cpuMicros: cpu.user + cpu.system,
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    external: memory.external + memory.arrayBuffers,
    persisted: globalThis.__benchCounters?.persisted ?? 0,
    persistedBytes: globalThis.__benchCounters?.persistedBytes ?? 0,
  };
  if (request.reset !== false) delay.reset();
  return result;
}

interface ProfileRequest {
  benchProfile: number;
  action: 'start' | 'stop';
  /** Where `stop` writes the .cpuprofile. */
  file?: string;
}

let session: Session | undefined;

/** A CPU profile of the main thread over exactly the window the harness asks for (inspector, in process). */
function profile(request: ProfileRequest, reply: (error?: string) => void): void {
  if (request.action === 'start') {
    session = new Session();
    session.connect();
    session.post('Profiler.enable', () =>
      session!.post('Profiler.start', (error) => reply(error ? String(error) : undefined)),
    );
    return;
  }
  if (!session) return reply('no profile running');
  session.post('Profiler.stop', (error, result) => {
    if (!error && request.file) writeFileSync(request.file, JSON.stringify(result.profile));
    session?.disconnect();
    session = undefined;
    reply(error ? String(error) : undefined);
  });
}

if (process.send) {
  process.on('message', (message: unknown) => {
    if (typeof message !== 'object' || message === null) return;
    if ('benchStats' in message) process.send?.(stats(message as StatsRequest));
    if ('benchProfile' in message) {
      const request = message as ProfileRequest;
      profile(request, (error) => process.send?.({ benchProfile: request.benchProfile, error }));
    }
  });
  // The channel must not keep a server alive that is otherwise done.
  process.channel?.unref();
}
