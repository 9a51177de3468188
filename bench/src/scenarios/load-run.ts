import type { EditorBehavior } from '../generator/behavior.js';
import type { LatencyReport } from '../generator/latency.js';
import type { AddBoardsRequest, BoardSpec, ConnectReport, MeasureReport } from '../generator/load.js';
import type { Generator } from '../generator/process.js';
import { PingProbe } from '../metrics/ping-probe.js';
import { machineBusyMs } from '../metrics/machine.js';
import { ProcSampler, sampleProc } from '../metrics/proc-stats.js';
import type { RunningPeer } from '../servers/peers.js';
import type { PeerKind } from '../servers/types.js';
import { sleep } from '../util/time.js';

/** One measured window of one load against one server: the row of most tables. */
export interface LoadResult {
  peer: PeerKind;
  clients: number;
  latency: LatencyReport;
  /** Server CPU, user+sys seconds per second of wall (1.0 = its core saturated). */
  serverCpu: number;
  serverRssMb: number;
  /** In-process event-loop delay p99 (perf_hooks, loaded with --import; the server's code is unchanged). */
  loopDelayP99Ms: number;
  /** Outside proxy: WebSocket ping→pong p99 on an idle connection. */
  pingP99Ms: number;
  /** Server → clients (what the server sent), per second. */
  sentMsgsPerSec: number;
  sentBytesPerSec: number;
  /** Clients → server, per second. */
  receivedMsgsPerSec: number;
  persistedPerSec: number;
  generatorCpu: number;
  generatorLoopDelayP99Ms: number;
  closedClients: number;
  windowMs: number;
  /** CPU used by everything else on the machine during the window (other people's work), in cores. */
  otherCpu: number;
  /** ms per second the server's main thread was ready to run but waited for its core. */
  serverCpuWaitMs: number;
}

/** A generator at this share of its core or more may be what limits the figures. */
export const GENERATOR_SATURATED = 0.9;

export async function openProbe(peer: RunningPeer, boardId: string): Promise<PingProbe> {
  const t = peer.target;
  const url = t.framing === 'hocuspocus' ? t.wsUrl : `${t.wsUrl}${t.yjsPath}/${boardId}`;
  return PingProbe.open(url);
}

export function connect(generator: Generator, request: AddBoardsRequest): Promise<ConnectReport> {
  return generator.call<ConnectReport>('addBoards', request, 300_000);
}

/** Measures one window while the load the generator is running goes on. */
export async function measureWindow(
  peer: RunningPeer,
  generator: Generator,
  probe: PingProbe,
  durationMs: number,
  drainMs = 2000,
  profileFile?: string,
  waitQuiet = true,
): Promise<LoadResult> {
  if (waitQuiet) await waitForQuiet(peer.pid, generator.pid);
  const sampler = new ProcSampler(peer.pid);
  const generatorSampler = new ProcSampler(generator.pid, 1000);
  const persisted0 = await peer.persistedCount().catch(() => Number.NaN);
  await peer.stats({ reset: true, timeoutMs: 3000 }).catch(() => undefined);
  probe.reset();
  if (profileFile) await peer.profile('start');
  sampler.start();
  generatorSampler.start();
  const busy0 = machineBusyMs();
  const self0 = process.cpuUsage();
  const measured = generator.call<MeasureReport>('measure', { durationMs, drainMs }, durationMs + drainMs + 60_000);
  await sleep(durationMs);
  const window = sampler.stop();
  const generatorWindow = generatorSampler.stop();
  if (profileFile) await peer.profile('stop', profileFile);
  const self = process.cpuUsage(self0);
  const otherMs = machineBusyMs() - busy0 - window.cpuMs - generatorWindow.cpuMs - (self.user + self.system) / 1000;
  // An overloaded server may not answer in time: its figures then show as missing.
  const stats = await peer.stats({ reset: true, timeoutMs: 3000 }).catch(() => undefined);
  const persisted1 =
    peer.kind === 'mutopia' ? await peer.persistedCount().catch(() => Number.NaN) : (stats?.persisted ?? Number.NaN);
  const ping = probe.percentiles();
  const m = await measured;
  const seconds = m.wallMs / 1000;
  return {
    peer: peer.kind,
    clients: m.clients,
    latency: m.latency,
    serverCpu: round(window.cpuPerSecond, 3),
    serverRssMb: round(window.rssMaxBytes / 1024 / 1024, 1),
    loopDelayP99Ms: stats?.eventLoopDelay.p99 ?? Number.NaN,
    pingP99Ms: ping.p99,
    sentMsgsPerSec: Math.round(m.traffic.msgsIn / seconds),
    sentBytesPerSec: Math.round(m.traffic.bytesIn / seconds),
    receivedMsgsPerSec: Math.round(m.traffic.msgsOut / seconds),
    persistedPerSec: round((persisted1 - persisted0) / (window.wallMs / 1000), 1),
    generatorCpu: round(m.generatorCpu, 3),
    generatorLoopDelayP99Ms: m.generatorLoopDelayP99Ms,
    closedClients: m.closedClients,
    windowMs: Math.round(m.wallMs),
    otherCpu: round(Math.max(0, otherMs / window.wallMs), 2),
    serverCpuWaitMs: round(window.runQueueMsPerSecond, 1),
  };
}

/** After a window, how long edits sent in it may still take to reach every peer before they count as incomplete. */
const DRAIN_MS = 1000;

/** Other people's work above this many cores during a window marks it as disturbed (†). */
export const DISTURBED = 0.3;

/**
 * One window; a short window that others disturbed is measured once more and
 * the less disturbed of the two is kept.
 */
export async function measureSteady(
  peer: RunningPeer,
  generator: Generator,
  probe: PingProbe,
  durationMs: number,
  profileFile?: string,
  retryDisturbed = true,
): Promise<LoadResult> {
  const first = await measureWindow(peer, generator, probe, durationMs, DRAIN_MS, profileFile, retryDisturbed);
  if (first.otherCpu <= DISTURBED || durationMs > 10_000 || !retryDisturbed) return first;
  const second = await measureWindow(peer, generator, probe, durationMs, DRAIN_MS, profileFile);
  return second.otherCpu < first.otherCpu ? second : first;
}

export interface SteadyLoad {
  boards: BoardSpec[];
  facilitators?: number;
  behavior?: EditorBehavior;
  /** Calibration: closed loop with this minimum interval per client instead of `behavior`. */
  closedLoopMinIntervalMs?: number;
  notesPerEditor: number;
  warmupMs: number;
  durationMs: number;
  /** Write a CPU profile of the server over the measured window to this file. */
  profileFile?: string;
  /** Measure a disturbed window once more (default true). */
  retryDisturbed?: boolean;
  /** Open socket.io presence sessions too (Mutopia; default true). */
  presence?: boolean;
}

/** Connects the load, runs it through a warm-up and one measured window, and disconnects it. */
export async function runSteadyLoad(peer: RunningPeer, generator: Generator, load: SteadyLoad): Promise<LoadResult> {
  const [probeBoard] = await peer.createBoards(1, 'probe');
  const probe = await openProbe(peer, probeBoard!);
  try {
    await connect(generator, {
      target: peer.target,
      boards: load.boards,
      facilitators: load.facilitators,
      notesPerEditor: load.notesPerEditor,
      presence: load.presence ?? true,
    });
    if (load.closedLoopMinIntervalMs !== undefined) {
      await generator.call('startClosedLoop', { minIntervalMs: load.closedLoopMinIntervalMs });
    } else {
      await generator.call('start', { behavior: load.behavior });
    }
    await sleep(load.warmupMs);
    return await measureSteady(peer, generator, probe, load.durationMs, load.profileFile, load.retryDisturbed);
  } finally {
    probe.close();
    await generator.call('closeAll', { graceful: false }, 120_000);
  }
}

/** CPU cores used by processes other than these (and this harness) over `ms`. */
async function otherLoad(pids: number[], ms: number): Promise<number> {
  const busy0 = machineBusyMs();
  const own0 = pids.map((pid) => sampleProc(pid)?.cpuMs ?? 0);
  const self0 = process.cpuUsage();
  const t0 = performance.now();
  await sleep(ms);
  const own = pids.reduce((sum, pid, i) => sum + (sampleProc(pid)?.cpuMs ?? 0) - own0[i]!, 0);
  const self = process.cpuUsage(self0);
  return (machineBusyMs() - busy0 - own - (self.user + self.system) / 1000) / (performance.now() - t0);
}

/**
 * The machine is shared: before a window, wait (at most `maxMs`) until other
 * people's work uses less than half a core, so fewer windows are disturbed.
 */
export async function waitForQuiet(serverPid: number, generatorPid: number, maxMs = 2000): Promise<void> {
  const until = performance.now() + maxMs;
  while (performance.now() < until) {
    if ((await otherLoad([serverPid, generatorPid], 300)) < 0.5) return;
  }
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
