import { barChart } from '../report/svg.js';
import { loadTable, LOAD_TABLE_NOTES } from '../report/load-table.js';
import { kb, mb, table } from '../report/markdown.js';
import { PEER_LABEL, type PeerKind, type ServerStats } from '../servers/types.js';
import type { Generator } from '../generator/process.js';
import type { RunningPeer } from '../servers/peers.js';
import type { EditorBehavior } from '../generator/behavior.js';
import { sleep } from '../util/time.js';
import { connect, measureSteady, openProbe, type LoadResult } from './load-run.js';
import { failedRows, P99_LIMIT_MS, sustainable, type StepResults } from './s2.js';
import type { Scenario } from './types.js';
import { forEachPeer, withPeer } from './with-peer.js';

const DEFAULT_STEPS = [200, 400, 800];
const CLIENTS_PER_BOARD = 6;
const QUIET: EditorBehavior = { editsPerSecond: 0.2, dragEverySeconds: 0, dragSeconds: 0, dragHz: 0, cursorHz: 0 };
const IDLE_BOARDS = 50;
/** Mutopia keeps a board loaded 15 s after its last client left (BOARD_IDLE_UNLOAD_MS); the leak check waits that out. */
const MUTOPIA_IDLE_UNLOAD_MS = 15_000;

/** Memory after every client has gone, once the server has unloaded what it keeps for returning clients. */
async function statsAfterClose(peer: RunningPeer): Promise<ServerStats> {
  if (peer.kind === 'mutopia') await sleep(MUTOPIA_IDLE_UNLOAD_MS + 1000);
  return settledStats(peer);
}

interface Memory {
  baseline: ServerStats;
  idleBoards: ServerStats;
  connections: ServerStats;
  afterClose: ServerStats;
  boardsForMemory: number;
  finalAfterClose?: ServerStats;
  baselineRss: number;
}

interface S3Result {
  memory: Memory;
  ramp: StepResults;
  finalAfterClose: ServerStats;
}

/** Memory after a forced GC, once it has stopped falling (boards unload asynchronously after their clients go), at most 15 s. */
async function settledStats(peer: RunningPeer): Promise<ServerStats> {
  await sleep(500);
  let last = await peer.stats({ gc: true, reset: false, timeoutMs: 30_000 });
  for (let i = 0; i < 30; i++) {
    await sleep(500);
    const next = await peer.stats({ gc: true, reset: false, timeoutMs: 30_000 });
    const settled = Math.abs(next.heapUsed - last.heapUsed) < 256 * 1024;
    last = next;
    if (settled) break;
  }
  return last;
}

async function memoryPhase(peer: RunningPeer, generator: Generator, boards: number): Promise<Memory> {
  // Created before the baseline: what is measured is hosting a board, not the HTTP requests that created it.
  const ids = await peer.createBoards(boards, 's3-idle');
  const baseline = await settledStats(peer);
  // Yjs connections only, so that every server is measured for the same thing (Mutopia's socket.io session is extra).
  const base = { target: peer.target, notesPerEditor: 0, presence: false };
  await connect(generator, { ...base, boards: ids.map((boardId) => ({ boardId, editors: 0, watchers: 1 })) });
  const idleBoards = await settledStats(peer);
  await connect(generator, {
    ...base,
    boards: ids.map((boardId) => ({ boardId, editors: 0, watchers: CLIENTS_PER_BOARD - 1 })),
  });
  const connections = await settledStats(peer);
  await generator.call('closeAll', { graceful: false }, 120_000);
  const afterClose = await statsAfterClose(peer);
  return { baseline, idleBoards, connections, afterClose, boardsForMemory: boards, baselineRss: baseline.rss };
}

async function ramp(
  peer: RunningPeer,
  generator: Generator,
  steps: number[],
  durationMs: number,
  log: (m: string) => void,
) {
  const [probeBoard] = await peer.createBoards(1, 'probe');
  const probe = await openProbe(peer, probeBoard!);
  const out: StepResults = { steps: [] };
  let connected = 0;
  try {
    for (const m of steps) {
      try {
        const ids = await peer.createBoards(m - connected, 's3');
        await connect(generator, {
          target: peer.target,
          boards: ids.map((boardId) => ({ boardId, editors: CLIENTS_PER_BOARD, watchers: 0 })),
          notesPerEditor: 1,
          presence: true,
          concurrency: 64,
        });
        connected = m;
        await generator.call('start', { behavior: QUIET });
        await sleep(1000);
        const result = await measureSteady(peer, generator, probe, durationMs);
        out.steps.push(result);
        log(
          `    ${m} boards: p99 ${result.latency.allPeers.p99} ms, server CPU ${result.serverCpu}, RSS ${result.serverRssMb} MB`,
        );
        if (result.latency.allPeers.p99 > P99_LIMIT_MS) break;
      } catch (error) {
        out.failed = { size: m, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
        log(`    failed: ${out.failed.error}`);
        break;
      }
    }
  } finally {
    probe.close();
    await generator.call('closeAll', { graceful: false }, 300_000);
  }
  return out;
}

export const s3: Scenario = {
  id: 's3',
  title: 'S3 density',
  async run({ peers, options, log }) {
    const steps = options.boards ?? (options.smoke ? [3] : DEFAULT_STEPS);
    const durationMs = (options.durationS ?? (options.smoke ? 1 : 2)) * 1000;
    const idleBoards = options.smoke ? 5 : IDLE_BOARDS;
    const runs = await forEachPeer(peers, log, (kind: PeerKind) =>
      withPeer(kind, async (peer, generator): Promise<S3Result> => {
        log(`  ${kind}: memory with ${idleBoards} idle boards`);
        const memory = await memoryPhase(peer, generator, idleBoards);
        log(`  ${kind}: ramp ${steps.join(', ')} boards × ${CLIENTS_PER_BOARD} clients`);
        const result = await ramp(peer, generator, steps, durationMs, log);
        const finalAfterClose = await statsAfterClose(peer);
        return { memory, ramp: result, finalAfterClose };
      }),
    );
    const ok = runs.filter((r) => r.result);
    const boardsOf = (r: LoadResult): number => Math.round(r.clients / CLIENTS_PER_BOARD);
    const best = new Map(ok.map((r) => [r.kind, Math.round(sustainable(r.result!.ramp.steps) / CLIENTS_PER_BOARD)]));
    const memoryRows = ok.map(({ kind, result }) => {
      const m = result!.memory;
      const perBoard = (m.idleBoards.rss - m.baseline.rss) / m.boardsForMemory;
      const perBoardHeap = (m.idleBoards.heapUsed - m.baseline.heapUsed) / m.boardsForMemory;
      const conns = m.boardsForMemory * (CLIENTS_PER_BOARD - 1);
      const perConn = (m.connections.rss - m.idleBoards.rss) / conns;
      const perConnHeap = (m.connections.heapUsed - m.idleBoards.heapUsed) / conns;
      const final = result!.finalAfterClose;
      return [
        PEER_LABEL[kind],
        kb(perBoard),
        kb(perBoardHeap),
        kb(perConn),
        kb(perConnHeap),
        `${mb(m.baseline.rss)} / ${mb(m.baseline.heapUsed)}`,
        `${mb(m.afterClose.rss)} / ${mb(m.afterClose.heapUsed)}`,
        `${mb(final.rss)} / ${mb(final.heapUsed)}`,
      ];
    });
    const mutopia = best.get('mutopia');
    const peerBest = [...best].filter(([k]) => k !== 'mutopia').map(([, v]) => v);
    const largest = Math.max(...steps);
    const chart = barChart(
      'S3 density: p99 edit-to-peer latency by boards',
      'p99 ms',
      steps.map((m) => ({
        label: `${m} boards`,
        values: ok.flatMap((r) =>
          r
            .result!.ramp.steps.filter((x) => boardsOf(x) === m)
            .map((x) => ({ series: PEER_LABEL[r.kind], value: x.latency.allPeers.p99 })),
        ),
      })),
      P99_LIMIT_MS,
    );
    const body = [
      `Boards of ${CLIENTS_PER_BOARD} clients, each editing 0.2 times a second (Mutopia clients also hold a socket.io presence session). Boards are added in steps (${steps.join(', ')}) with the earlier ones kept connected; each step is measured ${durationMs / 1000} s, stopping at the first over p99 ${P99_LIMIT_MS} ms. Memory: ${idleBoards} boards with one idle client each, then ${CLIENTS_PER_BOARD - 1} more idle clients on each, then all closed; figures after a forced GC (\`--expose-gc\`).`,
      '',
      loadTable(
        ok.flatMap((r) => r.result!.ramp.steps.map((result) => ({ label: `${boardsOf(result)} boards`, result }))),
        failedRows(
          ok.map((r) => ({ kind: r.kind, result: r.result!.ramp })),
          'boards',
        ),
      ),
      '',
      table(
        ['Server', 'Most boards under p99 100 ms'],
        ok.map((r) => [
          PEER_LABEL[r.kind],
          `${best.get(r.kind)}${best.get(r.kind) === largest ? ' (largest step run)' : ''}`,
        ]),
      ),
      '',
      table(
        [
          'Server',
          'RSS per idle board KB',
          'Heap per idle board KB',
          'RSS per connection KB',
          'Heap per connection KB',
          'Start RSS / heap MB',
          `After ${idleBoards} boards closed MB`,
          'After the ramp closed MB',
        ],
        memoryRows,
      ),
      '',
      'A board here holds one client; "per connection" is each further client; both count Yjs WebSockets only (a Mutopia browser also holds a socket.io session, which the ramp above includes). A heap back at its start value after everything closed means nothing leaked; RSS rarely shrinks back, as V8 and malloc keep freed pages.',
      '',
      LOAD_TABLE_NOTES,
      ...runs.filter((r) => r.error).map((r) => `- ${PEER_LABEL[r.kind]} did not run: \`${r.error}\``),
      '',
      '![S3 chart](bench/s3.svg)',
    ].join('\n');
    return {
      id: 's3',
      title: this.title,
      body,
      charts: [{ file: 's3.svg', svg: chart }],
      targets:
        mutopia === undefined
          ? []
          : [
              { target: 'S3 ≥ 400 boards under p99 100 ms', measured: `${mutopia}`, ok: mutopia >= 400 },
              ...(peerBest.length
                ? [
                    {
                      target: 'S3 ≥ 2× the sustainable boards of every peer',
                      measured: `${mutopia} vs best peer ${Math.max(...peerBest)}${Math.max(...peerBest) === largest ? ' (peer reached the largest step)' : ''}`,
                      ok:
                        mutopia >= 2 * Math.max(...peerBest) && mutopia > 0
                          ? true
                          : Math.max(...peerBest) === largest
                            ? undefined
                            : false,
                    },
                  ]
                : []),
            ],
      data: runs,
    };
  },
};
