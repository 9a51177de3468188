import { barChart } from '../report/svg.js';
import { int, kb, ms, table } from '../report/markdown.js';
import { percentilesOf } from '../metrics/histogram.js';
import { PEER_LABEL, type PeerKind } from '../servers/types.js';
import type { Generator } from '../generator/process.js';
import type { RunningPeer } from '../servers/peers.js';
import type { ColdLoadReport, PopulateReport, StormReport } from '../generator/stored-board.js';
import { sleep } from '../util/time.js';
import type { Scenario } from './types.js';
import { forEachPeer, withPeer } from './with-peer.js';

interface Variant {
  variant: string;
  cold: ColdLoadReport;
  /** Server CPU time the cold load took (preload's process.cpuUsage, idle subtracted). */
  coldCpuMs: number;
  storm?: StormReport;
  stormCpuMs?: number;
}

interface S4Result {
  populate: PopulateReport;
  variants: Variant[];
}

/** After the last edit, how long each server may take to make it durable before it is killed. */
const SETTLE_MS: Record<PeerKind, number> = {
  mutopia: 200,
  'y-websocket': 200,
  'y-websocket-leveldb': 1500,
  hocuspocus: 3000,
};

async function cpuMicros(peer: RunningPeer): Promise<number> {
  return (await peer.stats({ reset: false })).cpuMicros;
}

/** Cold load of the board on a freshly started server, then a reconnect storm on another fresh start. */
async function measureStored(
  peer: RunningPeer,
  generator: Generator,
  boardId: string,
  populate: PopulateReport,
  stormClients: number,
  restart: boolean,
): Promise<Omit<Variant, 'variant'>> {
  if (restart) await peer.restart();
  // The stats request itself costs a little CPU; measure it and subtract.
  const idle0 = await cpuMicros(peer);
  const idle1 = await cpuMicros(peer);
  const overhead = idle1 - idle0;
  const c0 = await cpuMicros(peer);
  const cold = await generator.call<ColdLoadReport>('coldLoad', {
    target: peer.target,
    boardId,
    expectedNotes: populate.notes,
  });
  const coldCpuMs = (await cpuMicros(peer)) - c0 - overhead;
  if (stormClients === 0) return { cold, coldCpuMs: coldCpuMs / 1000 };
  if (restart) {
    await peer.kill9();
    await peer.restart();
  }
  const s0 = await cpuMicros(peer);
  const storm = await generator.call<StormReport>(
    'storm',
    { target: peer.target, boardId, clients: stormClients, spreadMs: 5000, stateVector: populate.stateVector },
    120_000,
  );
  const stormCpuMs = (await cpuMicros(peer)) - s0 - overhead;
  return { cold, coldCpuMs: coldCpuMs / 1000, storm, stormCpuMs: stormCpuMs / 1000 };
}

export const s4: Scenario = {
  id: 's4',
  title: 'S4 cold load and reconnect storm',
  async run({ peers, options, log }) {
    const notes = options.notes ?? (options.smoke ? 50 : 2000);
    const updates = options.updates ?? (options.smoke ? 200 : 20_000);
    const stormClients = options.storm ?? (options.smoke ? 10 : 250);
    const writers = options.smoke ? 2 : 20;
    const runs = await forEachPeer(peers, log, (kind) =>
      withPeer(
        kind,
        async (peer, generator): Promise<S4Result> => {
          const [boardId] = await peer.createBoards(1, 's4');
          log(`  ${kind}: writing ${notes} notes in ${updates} updates`);
          const populate = await generator.call<PopulateReport>(
            'populate',
            { target: peer.target, boardId, notes, updates, writers, perWriterHz: 170 },
            300_000,
          );
          await sleep(SETTLE_MS[kind]);
          peer.useEnv({});
          const variants: Variant[] = [];
          if (kind === 'y-websocket') {
            // Nothing is stored: the board lives in memory only, so its "cold" load is a hot one.
            await generator.call('closePopulators', { graceful: true });
            const hot = await measureStored(peer, generator, boardId!, populate, stormClients, false);
            variants.push({ variant: 'in memory (nothing stored)', ...hot });
            return { populate, variants };
          }
          // (b) The server dies with the writers connected: Mutopia's log is as written (compaction was off).
          await peer.kill9();
          await generator.call('closePopulators', { graceful: false });
          log(`  ${kind}: (b) log as written`);
          const log20k = await measureStored(peer, generator, boardId!, populate, stormClients, true);
          variants.push({ variant: `(b) as written: ${int(updates)}-update log`, ...log20k });
          // (a) The storm's clients have left, so the board was unloaded (Mutopia compacts then); stop cleanly.
          await sleep(SETTLE_MS[kind]);
          await peer.stop();
          log(`  ${kind}: (a) compacted`);
          const compacted = await measureStored(peer, generator, boardId!, populate, 0, true);
          variants.push({ variant: '(a) compacted', ...compacted });
          if (kind === 'mutopia') {
            // What a crash leaves with the default settings: a snapshot and at most COMPACT_AFTER_UPDATES updates.
            const [second] = await peer.createBoards(1, 's4-defaults');
            log(`  ${kind}: (c) as written with default compaction`);
            const again = await generator.call<PopulateReport>(
              'populate',
              { target: peer.target, boardId: second, notes, updates, writers, perWriterHz: 170 },
              300_000,
            );
            await sleep(SETTLE_MS[kind]);
            await peer.kill9();
            await generator.call('closePopulators', { graceful: false });
            const defaults = await measureStored(peer, generator, second!, again, 0, true);
            variants.push({ variant: '(c) as written, default compaction (snapshot + ≤ 500-update log)', ...defaults });
          }
          return { populate, variants };
        },
        // While the board is written, Mutopia keeps every update in its log (no compaction), for variant (b).
        kind === 'mutopia' ? { env: { COMPACT_AFTER_UPDATES: '10000000', COMPACT_AFTER_BYTES: '1000000000' } } : {},
      ),
    );
    const rows = runs.flatMap((r) =>
      (r.result?.variants ?? []).map((v) => {
        const sync = percentilesOf(v.storm?.syncMs ?? []);
        const storm = v.storm;
        return [
          PEER_LABEL[r.kind],
          v.variant,
          ms(v.cold.syncMs),
          // Absent in results stored before this column existed.
          v.cold.clientApplyMs === undefined ? '–' : ms(v.cold.clientApplyMs),
          ms(v.cold.completeMs),
          `${v.cold.notes}`,
          kb(v.cold.bytes),
          ms(v.coldCpuMs),
          ...(storm
            ? [
                `${storm.syncMs.length}/${stormClients}`,
                ms(sync.p50),
                ms(sync.p99),
                ms(Math.max(0, ...storm.syncMs)),
                ms(storm.afterLastConnectMs),
                ms(storm.totalMs),
                ms(v.stormCpuMs ?? 0),
              ]
            : ['–', '', '', '', '', '', '']),
        ];
      }),
    );
    const mutopia = runs.find((r) => r.kind === 'mutopia')?.result;
    const b = mutopia?.variants.find((v) => v.variant.startsWith('(b)'));
    const short: Record<PeerKind, string> = {
      mutopia: 'Mutopia',
      'y-websocket': 'y-ws',
      'y-websocket-leveldb': 'y-ws+LDB',
      hocuspocus: 'Hocus',
    };
    const chart = barChart(
      'S4: cold load of a 2,000-note board (connect → whole board)',
      'ms',
      runs
        .filter((r) => r.result)
        .flatMap((r) =>
          r.result!.variants.map((v) => ({
            label: `${short[r.kind]} ${v.variant.startsWith('(') ? v.variant.slice(0, 3) : 'mem'}`,
            values: [
              { series: 'cold load', value: v.cold.completeMs },
              ...(v.storm ? [{ series: 'storm: slowest client', value: Math.max(0, ...v.storm.syncMs) }] : []),
            ],
          })),
        ),
      150,
    );
    const configuration = mutopia
      ? `Mutopia ran with \`COMPACT_AFTER_UPDATES=10000000\` only while the board was written, so that its log held all ${int(updates)} updates for (b); every later start used the defaults.`
      : '';
    const body = [
      `A board of ${int(notes)} notes written through ${int(updates)} separate updates by ${writers} writers. (b): the server is killed (SIGKILL) right after the writing, and started again, so the board is loaded as it was stored (Mutopia: a snapshot plus its update log; y-websocket + LevelDB: its update entries; Hocuspocus: its last debounced document store). (a): after all clients have left (Mutopia then folds the log into one snapshot) and a clean stop. Each is loaded by one fresh client on a freshly started server ("cold load"); after (b) the server is restarted again and ${stormClients} clients reconnect, spread over 5 s (the storm); they present the board's state vector, as a reconnecting browser does, and count as synced when the server's sync step 2 arrives. ${configuration}`,
      '',
      table(
        [
          'Server',
          'Stored as',
          'Cold: step 2 ms',
          'of which client applying ms',
          'Cold: whole board ms',
          'Notes',
          'Cold KB',
          'Cold server CPU ms',
          'Storm synced',
          'Storm p50 ms',
          'Storm p99 ms',
          'Storm slowest ms',
          'Last connect → all synced ms',
          'Storm total ms',
          'Storm server CPU ms',
        ],
        rows,
      ),
      '',
      '*Cold: step 2*: connect to the server’s answer, applied; *of which client applying*: the load client applying that answer to its own document (no server can shorten it); *whole board*: until the client holds every note (y-websocket answers before its LevelDB state has loaded, then sends the board as an update). *Storm p50/p99*: per client, connect to synced. *Storm total*: first connect to last synced (the connects alone take 5 s).',
      ...runs.filter((r) => r.error).map((r) => `- ${PEER_LABEL[r.kind]} did not run: \`${r.error}\``),
      '',
      '![S4 chart](bench/s4.svg)',
    ].join('\n');
    const stormWorst = b?.storm ? Math.max(0, ...b.storm.syncMs) : 0;
    return {
      id: 's4',
      title: this.title,
      body,
      charts: [{ file: 's4.svg', svg: chart }],
      targets: b
        ? [
            {
              target: 'S4(b) cold load synced ≤ 150 ms',
              measured: `${ms(b.cold.completeMs)} ms`,
              ok: b.cold.completeMs <= 150,
            },
            {
              target: 'S4 storm ≤ 3 s',
              measured: `slowest client ${ms(stormWorst)} ms; all synced ${ms(b.storm?.afterLastConnectMs ?? 0)} ms after the last connect`,
              ok: stormWorst <= 3000 && b.storm?.syncMs.length === stormClients,
            },
          ]
        : [],
      data: runs,
    };
  },
};
