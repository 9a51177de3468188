import { barChart } from '../report/svg.js';
import { int, table } from '../report/markdown.js';
import { PEER_LABEL } from '../servers/types.js';
import { sleep } from '../util/time.js';
import type { Scenario } from './types.js';
import { forEachPeer, withPeer } from './with-peer.js';

interface S5Result {
  written: number;
  seen: number;
  stored: number;
  lost: number;
}

export const s5: Scenario = {
  id: 's5',
  title: 'S5 durability',
  async run({ peers, options, log }) {
    const writers = options.smoke ? 2 : 4;
    const perWriterHz = 100;
    const killAfterSeen = options.smoke ? 30 : 300;
    const runs = await forEachPeer(peers, log, (kind) =>
      withPeer(kind, async (peer, generator): Promise<S5Result> => {
        const [boardId] = await peer.createBoards(1, 's5');
        await generator.call('burstStart', { target: peer.target, boardId, writers, perWriterHz });
        // Kill in the middle of the burst, once the watcher has received a good part of it.
        const deadline = Date.now() + 30_000;
        while ((await generator.call<number>('burstSeen')) < killAfterSeen && Date.now() < deadline) await sleep(10);
        await peer.kill9();
        const { seen: texts, written } = await generator.call<{ seen: string[]; written: number }>('burstStop');
        await peer.restart();
        const stored = new Set(
          await generator.call<string[]>('readBack', {
            target: peer.target,
            boardId,
            settleMs: kind === 'mutopia' ? 100 : 1000,
          }),
        );
        const lost = texts.filter((t) => !stored.has(t)).length;
        log(`  ${kind}: written ${written}, seen by a peer ${texts.length}, stored ${stored.size}, lost ${lost}`);
        return { written, seen: texts.length, stored: stored.size, lost };
      }),
    );
    return report(runs, writers, perWriterHz, killAfterSeen);
  },
};

function report(
  runs: Array<{ kind: keyof typeof PEER_LABEL; result?: S5Result; error?: string }>,
  writers: number,
  hz: number,
  killAfter: number,
) {
  const mutopia = runs.find((r) => r.kind === 'mutopia')?.result;
  const chart = barChart(
    'S5: updates a peer had received but the server lost on kill -9',
    'notes lost',
    runs.filter((r) => r.result).map((r) => ({ label: r.kind, values: [{ series: 'lost', value: r.result!.lost }] })),
  );
  const body = [
    `${writers} writers create notes at ${hz} a second each (one update per note) while a watcher on the same board records every note the server has sent it. Once the watcher holds ${killAfter} notes the server gets SIGKILL, mid-burst; it is started again on the same data, and a fresh client reads the board back. *Lost*: notes the watcher had received (so the server had broadcast them) that the restarted server no longer has.`,
    '',
    table(
      ['Server', 'Written by clients', 'Received by the watcher', 'Stored after restart', 'Lost'],
      runs.map((r) =>
        r.result
          ? [PEER_LABEL[r.kind], int(r.result.written), int(r.result.seen), int(r.result.stored), int(r.result.lost)]
          : [PEER_LABEL[r.kind], `did not run: \`${r.error}\``, '', '', ''],
      ),
    ),
    '',
    'y-websocket without persistence keeps documents in memory only, so it loses everything by design; Hocuspocus stores a document 2 s after the last change (at most every 10 s), so a crash loses what came since.',
    '',
    '![S5 chart](bench/s5.svg)',
  ].join('\n');
  return {
    id: 's5',
    title: 'S5 durability',
    body,
    charts: [{ file: 's5.svg', svg: chart }],
    targets: mutopia
      ? [
          {
            target: 'S5 zero lost (Mutopia)',
            measured: `${mutopia.lost} of ${mutopia.seen}`,
            ok: mutopia.lost === 0 && mutopia.seen > 0,
          },
        ]
      : [],
    data: runs,
  };
}
