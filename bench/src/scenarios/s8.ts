import type { MeasureReport } from '../generator/load.js';
import { Generator } from '../generator/process.js';
import { machineBusyMs } from '../metrics/machine.js';
import { ProcSampler } from '../metrics/proc-stats.js';
import { ms, table } from '../report/markdown.js';
import { startFleetBackends, type FleetBackends } from '../servers/fleet-backends.js';
import { RunningPeer } from '../servers/peers.js';
import { sleep } from '../util/time.js';
import { connect, round } from './load-run.js';
import { CONFERENCE } from './s1.js';
import type { Scenario } from './types.js';
import { capacityModel } from './s8-capacity.js';

const TOKEN_SECRET = 'one-token-key-for-every-node-of-the-bench-fleet';

/** One configuration's window: the S1 load on `nodes` Mutopia processes sharing one PostgreSQL and one Redis. */
export interface FleetResult {
  nodes: number;
  clients: number;
  editsSent: number;
  incomplete: number;
  p50Ms: number;
  p99Ms: number;
  /** Each node's CPU, cores. */
  nodeCpu: number[];
  redisCpu: number;
  postgresCpu: number;
  generatorCpu: number;
  /** Everything else on the machine (other people's work), cores. */
  otherCpu: number;
  redisInBytesPerSec: number;
  redisOutBytesPerSec: number;
  redisPublishesPerSec: number;
  redisCommandsPerSec: number;
  pgCommitsPerSec: number;
  pgWalBytesPerSec: number;
  pgRowsInsertedPerSec: number;
  editsPerSec: number;
  windowMs: number;
}

interface Shape {
  boards: number;
  editors: number;
  facilitators: number;
  seconds: number;
  warmupMs: number;
}

async function runFleet(backends: FleetBackends, nodes: number, shape: Shape, log: (m: string) => void) {
  const url = backends.newDatabase(`s8_${nodes}_nodes_${Date.now().toString(36)}`);
  const env = { DATABASE_URL: url, REDIS_URL: backends.redis.url, TOKEN_SECRET };
  const peers: RunningPeer[] = [];
  let generator: Generator | undefined;
  try {
    // One after another: the first migrates the database.
    for (let i = 0; i < nodes; i++) peers.push(await RunningPeer.start('mutopia', { env }));
    generator = await Generator.start();
    const [a, b] = [peers[0]!, peers[nodes - 1]!];
    const ids = await a.createBoards(shape.boards, 's8');
    log(
      `  ${nodes} node(s): ${shape.boards} boards × ${shape.editors} editors + projector, ${shape.facilitators} facilitators`,
    );
    if (nodes === 1) {
      await connect(generator, {
        target: a.target,
        boards: ids.map((boardId) => ({ boardId, editors: shape.editors, watchers: 1 })),
        facilitators: shape.facilitators,
        notesPerEditor: 3,
        presence: true,
      });
    } else {
      // Every board's people on both nodes (as a load balancer without board affinity places them):
      // each edit reaches some of its peers only through the relay.
      const onA = Math.ceil(shape.editors / 2);
      await connect(generator, {
        target: a.target,
        boards: ids.map((boardId) => ({ boardId, editors: onA, watchers: 0 })),
        facilitators: 0,
        notesPerEditor: 3,
        presence: true,
      });
      await connect(generator, {
        target: b.target,
        boards: ids.map((boardId) => ({ boardId, editors: shape.editors - onA, watchers: 1 })),
        facilitators: shape.facilitators,
        notesPerEditor: 3,
        presence: true,
      });
    }
    await generator.call('start', { behavior: CONFERENCE });
    await sleep(shape.warmupMs);

    const samplers = peers.map((p) => new ProcSampler(p.pid));
    const genSampler = new ProcSampler(generator.pid, 1000);
    const [pg0, redis0] = await Promise.all([backends.postgresCounters(), backends.redisCounters()]);
    const pgCpu0 = backends.postgresCpuMs();
    const redisCpu0 = backends.redisCpuMs();
    const busy0 = machineBusyMs();
    const self0 = process.cpuUsage();
    const t0 = performance.now();
    for (const s of [...samplers, genSampler]) s.start();
    const durationMs = shape.seconds * 1000;
    const measured = generator.call<MeasureReport>('measure', { durationMs, drainMs: 1000 }, durationMs + 60_000);
    await sleep(durationMs);
    const windows = samplers.map((s) => s.stop());
    const genWindow = genSampler.stop();
    const wallMs = performance.now() - t0;
    const self = process.cpuUsage(self0);
    const pgCpuMs = backends.postgresCpuMs() - pgCpu0;
    const redisCpuMs = backends.redisCpuMs() - redisCpu0;
    const busyMs = machineBusyMs() - busy0;
    const [pg1, redis1] = await Promise.all([backends.postgresCounters(), backends.redisCounters()]);
    const m = await measured;
    const perSec = (v: number) => round(v / (wallMs / 1000), 1);
    const ownMs =
      windows.reduce((sum, w) => sum + w.cpuMs, 0) +
      genWindow.cpuMs +
      pgCpuMs +
      redisCpuMs +
      (self.user + self.system) / 1000;
    const result: FleetResult = {
      nodes,
      clients: m.clients,
      editsSent: m.latency.editsSent,
      incomplete: m.latency.incomplete,
      p50Ms: m.latency.allPeers.p50,
      p99Ms: m.latency.allPeers.p99,
      nodeCpu: windows.map((w) => round(w.cpuPerSecond, 3)),
      redisCpu: round(redisCpuMs / wallMs, 3),
      postgresCpu: round(pgCpuMs / wallMs, 3),
      generatorCpu: round(genWindow.cpuPerSecond, 3),
      otherCpu: round(Math.max(0, (busyMs - ownMs) / wallMs), 2),
      redisInBytesPerSec: perSec(redis1.inputBytes - redis0.inputBytes),
      redisOutBytesPerSec: perSec(redis1.outputBytes - redis0.outputBytes),
      redisPublishesPerSec: perSec(redis1.publishes - redis0.publishes),
      redisCommandsPerSec: perSec(redis1.commands - redis0.commands),
      pgCommitsPerSec: perSec(pg1.commits - pg0.commits),
      pgWalBytesPerSec: perSec(pg1.walBytes - pg0.walBytes),
      pgRowsInsertedPerSec: perSec(pg1.rowsInserted - pg0.rowsInserted),
      editsPerSec: perSec(m.latency.editsSent),
      windowMs: Math.round(wallMs),
    };
    await generator.call('closeAll', { graceful: false }, 120_000);
    return result;
  } finally {
    await generator?.stop();
    for (const p of peers) await p.dispose();
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export const s8: Scenario = {
  id: 's8',
  title: 'S8 two nodes (PostgreSQL + Redis)',
  async run({ options, log }) {
    const smoke = options.smoke;
    const shape: Shape = {
      boards: options.boards?.[0] ?? (smoke ? 2 : 30),
      editors: smoke ? 2 : 5,
      facilitators: smoke ? 1 : 5,
      seconds: options.durationS ?? (smoke ? 2 : 20),
      warmupMs: smoke ? 500 : 1500,
    };
    const backends = await startFleetBackends();
    const results: FleetResult[] = [];
    try {
      for (const nodes of [1, 2]) results.push(await runFleet(backends, nodes, shape, log));
    } finally {
      await backends.stop();
    }
    const rows = results.map((r) => [
      String(r.nodes),
      String(r.clients),
      `${r.editsSent} (${r.editsPerSec}/s)`,
      String(r.incomplete),
      ms(r.p50Ms),
      ms(r.p99Ms),
      r.nodeCpu.map((c) => c.toFixed(2)).join(' + '),
      r.redisCpu.toFixed(2),
      r.postgresCpu.toFixed(2),
      `${kb(r.redisInBytesPerSec)} / ${kb(r.redisOutBytesPerSec)}`,
      String(r.redisPublishesPerSec),
      String(r.pgCommitsPerSec),
      kb(r.pgWalBytesPerSec),
      r.otherCpu.toFixed(2),
    ]);
    const body = [
      `The S1 conference load (${shape.boards} boards × (${shape.editors} editors + 1 projector) + ${shape.facilitators} facilitators, edits 1/s, drags, cursors 10 Hz, socket.io presence) against Mutopia on PostgreSQL (\`DATABASE_URL\`) and Redis (\`REDIS_URL\`): first one node, then two nodes sharing the same PostgreSQL and Redis. With two nodes every board's people are split between the nodes (${Math.ceil(shape.editors / 2)} editors on A; ${shape.editors - Math.ceil(shape.editors / 2)} editors, the projector and the facilitators on B), so an edit reaches part of its peers only through the Redis relay. ${shape.seconds} s measured after ${shape.warmupMs / 1000} s warm-up; each configuration on a fresh database.`,
      '',
      "Both nodes, PostgreSQL and Redis are pinned to the servers' core (core 0) and the load generator to core 1, as in the other scenarios: this 2-core machine cannot show a speed-up from a second node, only what each part costs.",
      '',
      table(
        [
          'nodes',
          'clients',
          'edits sent',
          'incomplete',
          'p50 ms',
          'p99 ms',
          'node CPU (cores)',
          'Redis CPU',
          'PostgreSQL CPU',
          'Redis in / out KiB/s',
          'publishes/s',
          'PG commits/s',
          'WAL KiB/s',
          'other load',
        ],
        rows,
      ),
      '',
      '- *incomplete*: edits not applied at every peer of their board 1 s after the window (0 = every edit reached every peer, across nodes too). Latency is per edit until the last peer applied it.',
      "- CPU from `/proc` (PostgreSQL: the postmaster, its live backends and the ones it reaped); Redis and PostgreSQL counters from `INFO` and `pg_stat_database` / `pg_current_wal_lsn()` over the window (PostgreSQL's statistics lag by up to a second).",
      "- *other load*: CPU used by other people's work on this shared machine during the window, in cores.",
      '',
      capacityModel(results),
    ].join('\n');
    return { id: 's8', title: this.title, body, charts: [], targets: [], data: results };
  },
};
