import { cursorIntervalMs } from '@mutopia/shared/board/presence-rate';
import { loadTable, LOAD_TABLE_NOTES } from '../report/load-table.js';
import { ms } from '../report/markdown.js';
import { PEER_LABEL } from '../servers/types.js';
import type { EditorBehavior } from '../generator/behavior.js';
import { GENERATOR_SATURATED, runSteadyLoad } from './load-run.js';
import { disturbed } from './s1.js';
import type { Scenario } from './types.js';
import { forEachPeer, withPeer } from './with-peer.js';

export const S7_P99_LIMIT_MS = 100;

/**
 * The whole conference in the plenary board: everyone clusters notes now and
 * then and moves a pointer all the time. Cursors go at the rate Mutopia's
 * client uses on a board this full (shared/board/presence-rate.ts), for every
 * server alike.
 */
function plenary(people: number): EditorBehavior {
  return {
    editsPerSecond: 0.2,
    dragEverySeconds: 0,
    dragSeconds: 0,
    dragHz: 0,
    cursorHz: 1000 / cursorIntervalMs(people),
  };
}

export const s7: Scenario = {
  id: 's7',
  title: 'S7 plenary, whole conference',
  async run({ peers, options, log }) {
    const people = options.clients?.[0] ?? (options.smoke ? 10 : 250);
    const facilitators = options.smoke ? 1 : 5;
    const total = people + 1 + facilitators;
    const behavior = plenary(total);
    const durationMs = (options.durationS ?? (options.smoke ? 1 : 10)) * 1000;
    const runs = await forEachPeer(peers, log, (kind) =>
      withPeer(kind, async (peer, generator) => {
        const [boardId] = await peer.createBoards(1, 's7');
        log(`  ${kind}: ${people} people + projector + ${facilitators} facilitators on one board`);
        return runSteadyLoad(peer, generator, {
          // The projector and the facilitators watch this one board (facilitators: the generator would give it to one).
          boards: [{ boardId: boardId!, editors: people, watchers: 1 + facilitators }],
          behavior,
          notesPerEditor: 1,
          warmupMs: options.smoke ? 500 : 2000,
          durationMs,
        });
      }),
    );
    const done = runs.filter((r) => r.result).map((r) => ({ result: r.result! }));
    const mutopia = runs.find((r) => r.kind === 'mutopia')?.result;
    const saturated = done.some(({ result }) => result.generatorCpu >= GENERATOR_SATURATED);
    const body = [
      `One board with ${people} people, each editing (moving or retyping) one of its notes every 5 s and moving its cursor at ${behavior.cursorHz} Hz (Mutopia's client rate for a board of ${total}), plus a read-only projector and ${facilitators} facilitators watching; every Mutopia client also holds a socket.io presence session. ${durationMs / 1000} s measured for every server.`,
      '',
      loadTable(done),
      '',
      LOAD_TABLE_NOTES,
      ...(saturated
        ? ['', '**The load generator saturated its core** (⚠): the latency includes its own backlog; an upper bound.']
        : []),
      ...runs.filter((r) => r.error).map((r) => `- ${PEER_LABEL[r.kind]} did not run: \`${r.error}\``),
    ].join('\n');
    return {
      id: 's7',
      title: this.title,
      body,
      charts: [],
      targets: mutopia
        ? [
            {
              target: `S7 ${people} people + projector + ${facilitators} facilitators in one board, cursors on: p99 ≤ ${S7_P99_LIMIT_MS} ms`,
              measured: `${ms(mutopia.latency.allPeers.p99)} ms${disturbed(mutopia)}`,
              ok: mutopia.latency.allPeers.p99 <= S7_P99_LIMIT_MS,
            },
          ]
        : [],
      data: runs,
    };
  },
};
