import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summariseProfile } from '../metrics/cpu-profile.js';
import { ms, pct } from '../report/markdown.js';
import type { EditorBehavior } from '../generator/behavior.js';
import { runSteadyLoad, type SteadyLoad } from './load-run.js';
import { CONFERENCE } from './s1.js';
import type { Scenario } from './types.js';
import { withPeer } from './with-peer.js';

const PLENARY: EditorBehavior = { editsPerSecond: 1, dragEverySeconds: 0, dragSeconds: 0, dragHz: 0, cursorHz: 10 };

/**
 * Mutopia under the S1 and S2 loads with an in-process CPU profile of the
 * measured window (the bench preload starts and stops the V8 profiler through
 * node:inspector): where its time goes.
 */
export const profile: Scenario = {
  id: 'profile',
  title: 'Mutopia server CPU profile',
  async run({ options, log }) {
    const smoke = options.smoke;
    const plenary = options.clients?.[0] ?? (smoke ? 10 : 300);
    const boards = smoke ? 2 : 30;
    const seconds = options.durationS ?? (smoke ? 1 : 6);
    const loads: Array<{
      name: string;
      load: (ids: string[]) => Omit<SteadyLoad, 'durationMs' | 'warmupMs'>;
      boards: number;
    }> = [
      {
        name: `S1 conference (${boards} boards × 6 clients + facilitators)`,
        boards,
        load: (ids) => ({
          boards: ids.map((boardId) => ({ boardId, editors: smoke ? 2 : 5, watchers: 1 })),
          facilitators: smoke ? 1 : 5,
          behavior: CONFERENCE,
          notesPerEditor: 3,
        }),
      },
      {
        name: `S2 plenary (one board, ${plenary} clients)`,
        boards: 1,
        load: (ids) => {
          const editors = Math.max(1, Math.round(plenary / 10));
          return {
            boards: [{ boardId: ids[0]!, editors, watchers: plenary - editors }],
            behavior: PLENARY,
            notesPerEditor: 1,
          };
        },
      },
    ];
    const parts: string[] = [
      `Mutopia with the V8 CPU profiler on for a ${seconds} s window of each load (started and stopped inside the server process by the bench preload; the profiler costs some CPU itself). Self time of the main thread, as shares of the time it was busy.`,
      '',
    ];
    for (const entry of loads) {
      const dir = mkdtempSync(join(tmpdir(), 'mutopia-bench-prof-'));
      const file = join(dir, 'mutopia.cpuprofile');
      try {
        log(`  profiling under ${entry.name}`);
        const result = await withPeer('mutopia', async (peer, generator) => {
          const ids = await peer.createBoards(entry.boards, 'prof');
          return runSteadyLoad(peer, generator, {
            ...entry.load(ids),
            warmupMs: 1500,
            durationMs: seconds * 1000,
            profileFile: file,
            retryDisturbed: false,
          });
        });
        parts.push(
          `### Under ${entry.name}`,
          '',
          `p99 ${ms(result.latency.allPeers.p99)} ms, server CPU ${pct(result.serverCpu)}, loop delay p99 ${ms(result.loopDelayP99Ms)} ms, other load ${result.otherCpu.toFixed(2)} cores.`,
          '',
          ...summariseProfile(file),
          '',
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return { id: 'profile', title: this.title, body: parts.join('\n'), charts: [], targets: [], data: {} };
  },
};
