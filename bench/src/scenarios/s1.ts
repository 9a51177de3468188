import { barChart } from '../report/svg.js';
import { loadTable, LOAD_TABLE_NOTES } from '../report/load-table.js';
import { ms } from '../report/markdown.js';
import { PEER_LABEL } from '../servers/types.js';
import type { EditorBehavior } from '../generator/behavior.js';
import { DISTURBED, runSteadyLoad, type LoadResult } from './load-run.js';
import type { Scenario } from './types.js';
import { forEachPeer, withPeer } from './with-peer.js';

export const CONFERENCE: EditorBehavior = {
  editsPerSecond: 1,
  dragEverySeconds: 10,
  dragSeconds: 2,
  dragHz: 30,
  cursorHz: 10,
};

/** A note for a target figure measured while other work competed for the server's core. */
export function disturbed(r: LoadResult): string {
  return r.otherCpu > DISTURBED
    ? ` — disturbed: other work used ${r.otherCpu.toFixed(2)} cores, the server waited ${ms(r.serverCpuWaitMs)} ms/s for its core`
    : '';
}

export const s1: Scenario = {
  id: 's1',
  title: 'S1 conference',
  async run({ peers, options, log }) {
    const smoke = options.smoke;
    const boards = options.boards?.[0] ?? (smoke ? 2 : 30);
    const editors = smoke ? 2 : 5;
    const facilitators = smoke ? 1 : 5;
    // The same window for every server, so their tails are comparable.
    const mutopiaS = options.durationS ?? (smoke ? 2 : 20);
    const peerS = options.peerDurationS ?? options.durationS ?? (smoke ? 2 : 20);
    const runs = await forEachPeer(peers, log, (kind) =>
      withPeer(kind, async (peer, generator) => {
        const ids = await peer.createBoards(boards, 's1');
        const seconds = kind === 'mutopia' ? mutopiaS : peerS;
        log(`  ${kind}: ${boards} boards × ${editors} editors + projector, ${facilitators} facilitators, ${seconds} s`);
        return runSteadyLoad(peer, generator, {
          boards: ids.map((boardId) => ({ boardId, editors, watchers: 1 })),
          facilitators,
          behavior: CONFERENCE,
          notesPerEditor: 3,
          warmupMs: smoke ? 500 : 1500,
          durationMs: seconds * 1000,
        });
      }),
    );
    const done = runs.filter((r) => r.result).map((r) => ({ result: r.result! }));
    const mutopia = runs.find((r) => r.kind === 'mutopia')?.result;
    const chart = barChart(
      'S1 conference: edit-to-peer latency',
      'ms',
      ['p50', 'p95', 'p99'].map((p) => ({
        label: p,
        values: done.map(({ result }) => ({
          series: PEER_LABEL[result.peer],
          value: result.latency.allPeers[p as 'p50' | 'p95' | 'p99'],
        })),
      })),
      30,
    );
    const body = [
      `${boards} boards × (${editors} editors + 1 read-only projector) + ${facilitators} facilitators each watching ${Math.ceil(boards / facilitators)} boards. Every editor edits (moves or retypes) one of its notes once a second, drags a note for 2 s at 30 Hz every 10 s, and moves its cursor at 10 Hz; Mutopia clients also hold a socket.io presence session. Measured ${mutopiaS === peerS ? `${mutopiaS} s for every server` : `${mutopiaS} s for Mutopia and ${peerS} s for each peer`} after ${smoke ? 0.5 : 1.5} s warm-up.`,
      '',
      loadTable(done),
      '',
      LOAD_TABLE_NOTES,
      ...runs.filter((r) => r.error).map((r) => `- ${PEER_LABEL[r.kind]} did not run: \`${r.error}\``),
      '',
      '![S1 chart](bench/s1.svg)',
    ].join('\n');
    return {
      id: 's1',
      title: this.title,
      body,
      charts: [{ file: 's1.svg', svg: chart }],
      targets: mutopia
        ? [
            {
              target: 'S1 p99 ≤ 30 ms',
              measured: `${ms(mutopia.latency.allPeers.p99)} ms${disturbed(mutopia)}`,
              ok: mutopia.latency.allPeers.p99 <= 30,
            },
            {
              target: 'S1 event-loop lag p99 ≤ 10 ms',
              measured: `${ms(mutopia.loopDelayP99Ms)} ms (ping proxy ${ms(mutopia.pingP99Ms)} ms)${disturbed(mutopia)}`,
              ok: mutopia.loopDelayP99Ms <= 10,
            },
          ]
        : [],
      data: runs,
    };
  },
};
