/**
 * The load generator process: pinned to its own core by the harness, it holds
 * every load client and answers the harness's requests over IPC.
 */
import type { EditorBehavior } from './behavior.js';
import { Load, type AddBoardsRequest } from './load.js';
import type { RpcRequest, RpcResponse } from './rpc.js';
import {
  Burst,
  coldLoad,
  Populator,
  readBack,
  storm,
  type PopulateRequest,
  type StormRequest,
} from './stored-board.js';
import type { Target } from '../servers/types.js';
import { sessionControl, type SessionControlRequest } from './session-control.js';

let load = new Load();
const populator = new Populator();
let burst: Burst | undefined;

type Handler = (params: never) => unknown;

const methods: Record<string, Handler> = {
  addBoards: (p: AddBoardsRequest) => load.addBoards(p),
  start: (p: { behavior: EditorBehavior }) => load.start(p.behavior),
  startClosedLoop: (p: { minIntervalMs: number }) => load.startClosedLoop(p.minIntervalMs),
  stop: () => load.stop(),
  measure: (p: { durationMs: number; drainMs: number }) => load.measure(p.durationMs, p.drainMs),
  closeAll: async (p: { graceful: boolean }) => {
    await load.closeAll(p.graceful);
    load = new Load();
  },
  populate: (p: PopulateRequest) => populator.run(p),
  closePopulators: (p: { graceful: boolean }) => populator.close(p.graceful),
  coldLoad: (p: { target: Target; boardId: string; expectedNotes: number }) =>
    coldLoad(p.target, p.boardId, p.expectedNotes),
  storm: (p: StormRequest) => storm(p),
  burstStart: async (p: { target: Target; boardId: string; writers: number; perWriterHz: number }) => {
    burst = new Burst();
    await burst.start(p.target, p.boardId, p.writers, p.perWriterHz);
  },
  burstSeen: () => burst?.seenCount() ?? 0,
  burstStop: () => {
    const seen = burst?.stop() ?? [];
    const written = burst?.written ?? 0;
    burst = undefined;
    return { seen, written };
  },
  readBack: (p: { target: Target; boardId: string; settleMs: number }) => readBack(p.target, p.boardId, p.settleMs),
  sessionControl: (p: SessionControlRequest) => sessionControl(p),
  cpu: () => process.cpuUsage(),
};

process.on('message', (message: RpcRequest) => {
  const reply = (response: Omit<RpcResponse, 'rpc'>): void => {
    process.send?.({ rpc: message.rpc, ...response });
  };
  const method = methods[message.method];
  if (!method) {
    reply({ error: `unknown method ${message.method}` });
    return;
  }
  Promise.resolve()
    .then(() => method(message.params as never))
    .then(
      (result) => reply({ result: result ?? null }),
      (error: unknown) => reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
});

// Stray socket errors of clients that are being torn down must not end the run.
process.on('uncaughtException', (error) => console.error('generator:', error));
process.on('disconnect', () => process.exit(0));
// A normal exit lets `--cpu-prof` write its profile.
process.on('SIGTERM', () => process.exit(0));
process.send?.({ rpc: 0, result: 'ready' });
