import { lineChart } from '../report/svg.js';
import { loadTable, LOAD_TABLE_NOTES } from '../report/load-table.js';
import { PEER_LABEL, type PeerKind } from '../servers/types.js';
import type { EditorBehavior } from '../generator/behavior.js';
import { GENERATOR_SATURATED, runSteadyLoad, type LoadResult } from './load-run.js';
import type { Scenario } from './types.js';
import { forEachPeer, withPeer } from './with-peer.js';

// Every server passes 100 clients; starting there keeps the full run short. Each server stops at its first failing step.
const DEFAULT_STEPS = [100, 200, 400, 800, 1600];
export const P99_LIMIT_MS = 100;

const PLENARY: EditorBehavior = { editsPerSecond: 1, dragEverySeconds: 0, dragSeconds: 0, dragHz: 0, cursorHz: 10 };

export interface StepResults {
  steps: LoadResult[];
  /** The step that could not be measured (the server stopped answering, clients could not connect). */
  failed?: { size: number; error: string };
}

/** The largest size whose p99 stayed under the limit (0 if none). */
export function sustainable(results: LoadResult[]): number {
  return results.filter((r) => r.latency.allPeers.p99 <= P99_LIMIT_MS).reduce((m, r) => Math.max(m, r.clients), 0);
}

/** Table rows for steps that could not be measured. */
export function failedRows(runs: Array<{ kind: PeerKind; result?: StepResults }>, unit = 'clients'): string[][] {
  return runs
    .filter((r) => r.result?.failed)
    .map((r) => [
      PEER_LABEL[r.kind],
      `${r.result!.failed!.size} ${unit}: **not measured** — ${r.result!.failed!.error}`,
    ]);
}

export const s2: Scenario = {
  id: 's2',
  title: 'S2 plenary',
  async run({ peers, options, log }) {
    const steps = options.clients ?? (options.smoke ? [10] : DEFAULT_STEPS);
    const durationMs = (options.durationS ?? (options.smoke ? 1 : 2.5)) * 1000;
    const runs = await forEachPeer(peers, log, (kind: PeerKind) =>
      withPeer(kind, async (peer, generator) => {
        const out: StepResults = { steps: [] };
        for (const n of steps) {
          const editors = Math.max(1, Math.round(n / 10));
          log(`  ${kind}: ${n} clients (${editors} editing)`);
          try {
            const [boardId] = await peer.createBoards(1, `s2-${n}`);
            const result = await runSteadyLoad(peer, generator, {
              boards: [{ boardId: boardId!, editors, watchers: n - editors }],
              behavior: PLENARY,
              notesPerEditor: 1,
              warmupMs: options.smoke ? 500 : 1000,
              durationMs,
            });
            out.steps.push(result);
            log(
              `    p99 ${result.latency.allPeers.p99} ms, server CPU ${result.serverCpu}, generator ${result.generatorCpu}`,
            );
            if (result.latency.allPeers.p99 > P99_LIMIT_MS) break;
          } catch (error) {
            out.failed = { size: n, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
            log(`    failed: ${out.failed.error}`);
            break;
          }
        }
        return out;
      }),
    );
    const ok = runs.filter((r) => r.result);
    const best = new Map(ok.map((r) => [r.kind, sustainable(r.result!.steps)]));
    const mutopia = best.get('mutopia');
    const peerBest = [...best].filter(([k]) => k !== 'mutopia').map(([, v]) => v);
    const chart = lineChart(
      'S2 plenary: p99 edit-to-peer latency on one board',
      'clients on the board (10 % editing)',
      'p99 ms',
      ok.map((r) => ({
        name: PEER_LABEL[r.kind],
        points: r.result!.steps.map((x) => ({ x: x.clients, y: x.latency.allPeers.p99 })),
      })),
      { threshold: P99_LIMIT_MS, logX: true, yMax: 4 * P99_LIMIT_MS },
    );
    const saturated = ok.some((r) => r.result!.steps.some((x) => x.generatorCpu >= GENERATOR_SATURATED));
    const body = [
      `One board; 10 % of the clients edit once a second and move their cursor at 10 Hz, the rest watch. Steps ${steps.join(', ')}; each step ${durationMs / 1000} s measured after a warm-up, stopping at the first step over p99 ${P99_LIMIT_MS} ms.`,
      '',
      loadTable(
        ok.flatMap((r) => r.result!.steps.map((result) => ({ result }))),
        failedRows(ok),
      ),
      '',
      '| Server | Most clients under p99 100 ms |',
      '| --- | --- |',
      ...ok.map((r) => `| ${PEER_LABEL[r.kind]} | ${best.get(r.kind)} |`),
      '',
      LOAD_TABLE_NOTES,
      ...(saturated
        ? [
            '',
            '**The load generator saturated its core in some steps** (⚠): there the latency includes time the generator needed to process what it received, so those figures are an upper bound for the server.',
          ]
        : []),
      ...runs.filter((r) => r.error).map((r) => `- ${PEER_LABEL[r.kind]} did not run: \`${r.error}\``),
      '',
      '![S2 chart](bench/s2.svg)',
    ].join('\n');
    return {
      id: 's2',
      title: this.title,
      body,
      charts: [{ file: 's2.svg', svg: chart }],
      targets:
        mutopia === undefined
          ? []
          : [
              { target: 'S2 ≥ 800 clients in one board under p99 100 ms', measured: `${mutopia}`, ok: mutopia >= 800 },
              ...(peerBest.length
                ? [
                    {
                      target: 'S2 ≥ 2× the sustainable clients of every peer',
                      measured: `${mutopia} vs best peer ${Math.max(...peerBest)}${Math.max(...peerBest) === Math.max(...steps) ? ' (peer reached the largest step)' : ''}`,
                      ok:
                        mutopia >= 2 * Math.max(...peerBest) && mutopia > 0
                          ? true
                          : Math.max(...peerBest) === Math.max(...steps)
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
