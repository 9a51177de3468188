import { readFileSync } from 'node:fs';

/** getconf CLK_TCK on Linux x86-64. */
const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;

export interface ProcSample {
  /** user + sys CPU time in milliseconds. */
  cpuMs: number;
  /** Time the main thread spent runnable but waiting for a CPU (/proc/<pid>/task/<pid>/schedstat), ms. */
  runQueueMs: number;
  rssBytes: number;
  atMs: number;
}

/** CPU (user+sys) and RSS of a process from /proc/<pid>/stat; null once it has gone. */
export function sampleProc(pid: number): ProcSample | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces: parse after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime = field 14, stime = field 15, rss = field 24.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const rssPages = Number(fields[21]);
  let runQueueMs = 0;
  try {
    runQueueMs = Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    // schedstat is missing on kernels without CONFIG_SCHEDSTATS
  }
  return {
    runQueueMs,
    cpuMs: ((utime + stime) * 1000) / TICKS_PER_SECOND,
    rssBytes: rssPages * PAGE_BYTES,
    atMs: performance.now(),
  };
}

export interface ProcWindow {
  /** CPU seconds used per second of wall time (1.0 = one core saturated). */
  cpuPerSecond: number;
  cpuMs: number;
  rssMaxBytes: number;
  rssEndBytes: number;
  wallMs: number;
  /** Main-thread time waiting for a CPU per second of wall, ms (others competing for its core). */
  runQueueMsPerSecond: number;
}

/**
 * Samples a process every `everyMs` between start() and stop(): CPU over the
 * window and the largest RSS seen.
 */
export class ProcSampler {
  private first: ProcSample | null = null;
  private last: ProcSample | null = null;
  private rssMax = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pid: number,
    private readonly everyMs = 250,
  ) {}

  start(): void {
    this.first = sampleProc(this.pid);
    this.last = this.first;
    this.rssMax = this.first?.rssBytes ?? 0;
    this.timer = setInterval(() => this.take(), this.everyMs);
  }

  private take(): void {
    const sample = sampleProc(this.pid);
    if (!sample) return;
    this.last = sample;
    this.rssMax = Math.max(this.rssMax, sample.rssBytes);
  }

  stop(): ProcWindow {
    clearInterval(this.timer);
    this.take();
    const first = this.first;
    const last = this.last;
    if (!first || !last) {
      return { cpuPerSecond: 0, cpuMs: 0, rssMaxBytes: 0, rssEndBytes: 0, wallMs: 0, runQueueMsPerSecond: 0 };
    }
    const wallMs = last.atMs - first.atMs;
    const cpuMs = last.cpuMs - first.cpuMs;
    return {
      cpuPerSecond: wallMs > 0 ? cpuMs / wallMs : 0,
      cpuMs,
      rssMaxBytes: this.rssMax,
      rssEndBytes: last.rssBytes,
      wallMs,
      runQueueMsPerSecond: wallMs > 0 ? ((last.runQueueMs - first.runQueueMs) * 1000) / wallMs : 0,
    };
  }
}
