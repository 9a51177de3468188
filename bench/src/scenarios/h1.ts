import {
  boardStateBytes,
  clockGapFlood,
  oversizedBoard,
  reconnectFlood,
  strayUpgrades,
  structCountBomb,
  type Attack,
  type AttackTarget,
  type Counts,
} from '../generator/hostile-attacks.js';
import { percentilesOf, type Percentiles } from '../metrics/histogram.js';
import { mb, ms, table } from '../report/markdown.js';
import { barChart } from '../report/svg.js';
import { RunningPeer } from '../servers/peers.js';
import { probeHealthApart } from './health-probe.js';
import type { Scenario, TargetCheck } from './types.js';

const ATTACKS: Array<{ name: string; attack: Attack }> = [
  { name: 'struct-count bomb ×5 connections', attack: structCountBomb },
  { name: 'reconnect flood ×20', attack: reconnectFlood },
  { name: 'oversized board (512 KiB updates)', attack: oversizedBoard },
  { name: 'clock-gap pending flood ×5', attack: clockGapFlood },
  { name: 'stray upgrades (batches of 100)', attack: strayUpgrades },
];

/** What a legitimate client waits while the attack runs (in a process apart from the attacks: health-probe.ts). */
async function probeHealth(httpUrl: string, windowMs: number): Promise<Percentiles> {
  return percentilesOf(await probeHealthApart(httpUrl, windowMs));
}

interface AttackRun {
  name: string;
  health: Percentiles;
  counts: Counts;
  rssAfter: number;
}

interface H1Result {
  baseline: Percentiles;
  attacks: AttackRun[];
  rssStart: number;
  rssEnd: number;
  boardBytes: number;
}

const countsText = (counts: Counts): string =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');

/** H1: health-check latency at baseline and while each issue-12 attack runs against Mutopia (loopback only). */
export const h1: Scenario = {
  id: 'h1',
  title: 'H1 hostile input',
  async run({ options, log }) {
    const windowMs = (options.durationS ?? (options.smoke ? 0.5 : 3)) * 1000;
    const peer = await RunningPeer.start('mutopia');
    let result: H1Result;
    try {
      const [boardId] = await peer.createBoards(1, 'h1');
      const target: AttackTarget = {
        wsUrl: peer.target.wsUrl,
        port: peer.process.port,
        boardId: boardId!,
        yjsPath: '/yjs',
      };
      const rssStart = (await peer.stats({ gc: true })).rss;
      const baseline = await probeHealth(peer.target.httpUrl, windowMs);
      log(`  baseline: p50 ${ms(baseline.p50)} ms, p99 ${ms(baseline.p99)} ms`);
      const attacks: AttackRun[] = [];
      for (const { name, attack } of ATTACKS) {
        let stopped = false;
        const running = attack(target, () => stopped);
        const health = await probeHealth(peer.target.httpUrl, windowMs);
        stopped = true;
        const counts = await running;
        const rssAfter = (await peer.stats({ timeoutMs: 30_000 })).rss;
        log(`  ${name}: p50 ${ms(health.p50)} ms, p99 ${ms(health.p99)} ms; ${countsText(counts)}`);
        attacks.push({ name, health, counts, rssAfter });
      }
      const boardBytes = await boardStateBytes(target);
      const rssEnd = (await peer.stats({ gc: true, timeoutMs: 30_000 })).rss;
      result = { baseline, attacks, rssStart, rssEnd, boardBytes };
    } finally {
      await peer.dispose();
    }
    return report(result, windowMs);
  },
};

function report(result: H1Result, windowMs: number) {
  const limit = 2 * result.baseline.p99;
  const targets: TargetCheck[] = result.attacks.map((a) => ({
    target: `H1 health p99 during ${a.name} ≤ 2× baseline p99`,
    measured: `${ms(a.health.p99)} ms (baseline ${ms(result.baseline.p99)} ms)`,
    ok: a.health.p99 <= limit,
  }));
  const chart = barChart(
    'H1: GET /healthz latency while each attack runs',
    'ms',
    [{ name: 'baseline', health: result.baseline }, ...result.attacks].map((a) => ({
      label: a.name.split(' (')[0]!,
      values: [
        { series: 'p50', value: a.health.p50 },
        { series: 'p99', value: a.health.p99 },
      ],
    })),
    limit,
  );
  const body = [
    `Mutopia as \`pnpm start\` runs it, default limits, on loopback. A probe in a process of its own (on the load core, so the attacks’ own work in the bench process does not delay it) sends \`GET /healthz\` one after the other for ${windowMs / 1000} s with nothing else running (baseline), then for ${windowMs / 1000} s while each attack of issue 12 runs from the bench process against one plain board (plain boards need no login). *Answers* counts how the server answered the attacker: \`close 4422\` malformed update, \`close 4413\` board full, \`close 4415\` too many pending updates, \`http 429\` the per-address connect limit (burst 300, 5 a second), \`http 404\` a stray upgrade.`,
    '',
    table(
      ['Load', 'Health p50 ms', 'Health p99 ms', 'Health max ms', 'Requests', 'Server RSS after MB', 'Answers'],
      [
        [
          'baseline',
          ms(result.baseline.p50),
          ms(result.baseline.p99),
          ms(result.baseline.max),
          result.baseline.count,
          mb(result.rssStart),
          '',
        ],
        ...result.attacks.map((a) => [
          a.name,
          ms(a.health.p50),
          ms(a.health.p99),
          ms(a.health.max),
          a.health.count,
          mb(a.rssAfter),
          countsText(a.counts),
        ]),
      ],
    ),
    '',
    `Server RSS: ${mb(result.rssStart)} MB before the run, ${mb(result.rssEnd)} MB after it (after a GC). The attacked board holds ${mb(result.boardBytes)} MB afterwards (cap: BOARD_MAX_BYTES, 8 MiB).`,
    '',
    '![H1 chart](bench/h1.svg)',
  ].join('\n');
  return { id: 'h1', title: 'H1 hostile input', body, charts: [{ file: 'h1.svg', svg: chart }], targets, data: result };
}
