import { DISTURBED, GENERATOR_SATURATED, type LoadResult } from '../scenarios/load-run.js';
import { PEER_LABEL } from '../servers/types.js';
import { int, kb, ms, pct, table } from './markdown.js';

/** The standard table of load windows: one row per server (and size). */
export function loadTable(rows: Array<{ label?: string; result: LoadResult }>, failures: string[][] = []): string {
  return table(
    [
      'Server',
      ...(rows.some((r) => r.label) ? ['Size'] : []),
      'Clients',
      'Edits',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'p99 per peer ms',
      'Server CPU',
      'RSS MB',
      'Loop delay p99 ms',
      'Ping p99 ms',
      'Sent msg/s',
      'Sent KB/s',
      'Recv msg/s',
      'Persisted/s',
      'Generator CPU',
      'Generator loop delay p99 ms',
      'Incomplete / closed',
      'Other load',
      'Server CPU wait ms/s',
    ],
    rows
      .map(({ label, result: r }) => [
        PEER_LABEL[r.peer],
        ...(rows.some((x) => x.label) ? [label ?? ''] : []),
        int(r.clients),
        int(r.latency.editsSent),
        ms(r.latency.allPeers.p50),
        ms(r.latency.allPeers.p95),
        ms(r.latency.allPeers.p99),
        ms(r.latency.perPeer.p99),
        pct(r.serverCpu),
        r.serverRssMb.toFixed(0),
        ms(r.loopDelayP99Ms),
        ms(r.pingP99Ms),
        int(r.sentMsgsPerSec),
        kb(r.sentBytesPerSec),
        int(r.receivedMsgsPerSec),
        Number.isFinite(r.persistedPerSec) ? r.persistedPerSec.toFixed(1) : '–',
        `${pct(r.generatorCpu)}${r.generatorCpu >= GENERATOR_SATURATED ? ' ⚠' : ''}`,
        ms(r.generatorLoopDelayP99Ms),
        `${r.latency.incomplete} / ${r.closedClients}`,
        `${(r.otherCpu ?? 0).toFixed(2)}${r.otherCpu > DISTURBED ? ' †' : ''}`,
        ms(r.serverCpuWaitMs ?? 0),
      ])
      .concat(failures),
  );
}

export const LOAD_TABLE_NOTES = [
  '- *p50/p95/p99*: edit-to-peer latency per edit until the **last** peer on its board applied it (the headline); *p99 per peer* counts every peer separately.',
  '- *Server CPU*: user+sys seconds per second of wall from /proc (100 % = the server’s one core). *RSS*: largest seen in the window.',
  '- *Loop delay p99*: the server’s event-loop delay from `perf_hooks.monitorEventLoopDelay`, loaded into the server process with `node --import` (its code is unchanged). *Ping p99*: outside proxy, WebSocket ping→pong on an idle connection.',
  '- *Sent*: messages and payload bytes the server sent to the load clients (Yjs, awareness and, for Mutopia, socket.io events); *Recv*: messages the clients sent.',
  '- *Persisted/s*: Mutopia: rows appended to its SQLite update log; y-websocket + LevelDB: updates LevelDB accepted; Hocuspocus: whole-document stores (debounced).',
  '- *Generator CPU* ⚠ at ≥ 90 % of its core: the load generator, not the server, may limit the figure. *Incomplete*: edits some peer had not applied 1 s after the window (counted at their age then); *closed*: client sockets the server closed. *Other load*: CPU cores used by everything else on the machine during the window (other people’s builds and tests share it); † above 0.3 cores: the window was disturbed (a short one was measured again and the quieter kept). *Server CPU wait*: how long per second the server’s main thread was ready to run but waited for its core (/proc schedstat).',
].join('\n');
