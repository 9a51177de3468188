import { lineChart } from '../report/svg.js';
import { int, ms, pct, table } from '../report/markdown.js';
import { PEER_LABEL } from '../servers/types.js';
import { GENERATOR_SATURATED, runSteadyLoad, type LoadResult } from './load-run.js';
import type { Scenario } from './types.js';
import { forEachPeer, withPeer } from './with-peer.js';

const DEFAULT_SIZES = [2, 10, 50, 200];
/** Mutopia allows 200 Yjs messages per second per socket; the closed loop stays under it. */
const MIN_INTERVAL_MS = 10;

export const s0: Scenario = {
  id: 's0',
  title: 'S0 calibration',
  async run({ peers, options, log }) {
    const sizes = options.clients ?? (options.smoke ? [2] : DEFAULT_SIZES);
    const durationMs = (options.durationS ?? (options.smoke ? 1 : 1.5)) * 1000;
    const runs = await forEachPeer(peers, log, (kind) =>
      withPeer(kind, async (peer, generator) => {
        const out: LoadResult[] = [];
        for (const n of sizes) {
          log(`  ${kind}: ${n} echo clients`);
          out.push(
            await runSteadyLoad(peer, generator, {
              boards: (await peer.createBoards(1, 's0')).map((boardId) => ({ boardId, editors: n, watchers: 0 })),
              closedLoopMinIntervalMs: MIN_INTERVAL_MS,
              notesPerEditor: 1,
              warmupMs: 500,
              durationMs,
              retryDisturbed: false,
              presence: false,
            }),
          );
        }
        return out;
      }),
    );
    const rows = runs.flatMap((r) =>
      (r.result ?? []).map((x) => [
        PEER_LABEL[r.kind],
        x.clients,
        ms(x.latency.allPeers.p50),
        ms(x.latency.allPeers.p99),
        int(x.latency.editsSent / (x.windowMs / 1000)),
        int(x.sentMsgsPerSec),
        pct(x.serverCpu),
        // A saturated generator reads what the server sent earlier: the ratio would not be the server's.
        x.generatorCpu >= GENERATOR_SATURATED
          ? 'generator-bound'
          : int(x.serverCpu > 0 ? x.sentMsgsPerSec / x.serverCpu : 0),
        ms(x.pingP99Ms),
        pct(x.generatorCpu),
      ]),
    );
    const failed = runs.filter((r) => r.error).map((r) => `- ${PEER_LABEL[r.kind]} did not run: \`${r.error}\``);
    const chart = lineChart(
      'S0: sends per second per server core',
      'echo clients on one board',
      'messages sent per CPU-second',
      runs
        .filter((r) => r.result)
        .map((r) => ({
          name: PEER_LABEL[r.kind],
          points: r
            .result!.filter((x) => x.generatorCpu < GENERATOR_SATURATED && x.serverCpu > 0)
            .map((x) => ({ x: x.clients, y: x.sentMsgsPerSec / x.serverCpu })),
        })),
      { logX: true },
    );
    const body = [
      `One board, Yjs only (no socket.io sessions); every client edits in a closed loop (its next edit once all peers applied the previous one, at most one per ${MIN_INTERVAL_MS} ms). ${durationMs / 1000} s measured per size after 0.5 s warm-up.`,
      '',
      table(
        [
          'Server',
          'Clients',
          'Round trip p50 ms',
          'Round trip p99 ms',
          'Edits/s',
          'Server sends/s',
          'Server CPU',
          'Sends per core-second',
          'Ping p99 ms',
          'Generator CPU',
        ],
        rows,
      ),
      '',
      'y-websocket@2 also sends every update back to the client it came from, and Hocuspocus acknowledges each update with a sync-status message: both count as sends here. *Round trip*: edit to applied at every other client. *Sends per core-second*: messages the server sent per second of its own CPU time (not computed where the generator saturated its core: it then reads what the server sent earlier, and the round trip is the generator’s). *Ping*: WebSocket ping→pong on an idle connection (the loopback round trip under that load).',
      ...failed,
      '',
      '![S0 chart](bench/s0.svg)',
    ].join('\n');
    return { id: 's0', title: this.title, body, charts: [{ file: 's0.svg', svg: chart }], targets: [], data: runs };
  },
};
