/**
 * The workshop's votes as this device knows them: one small zustand store per
 * workshop connection, fed by `vote:sessions` (everyone), `vote:mine` (this
 * participant's own dots) and `vote:progress` (facilitators). The server sends
 * all three when a socket attaches; a store created later asks with `vote:sync`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  VOTE_ERRORS,
  type VoteAck,
  type VoteDot,
  type VoteDots,
  type VoteOpen,
  type VoteOpenStations,
  type VotePreviewStations,
  type VoteProgress,
  type VotePromote,
  type VoteSessionRef,
  type VoteSessionView,
  type VoteSyncState,
} from '@mutopia/shared/votes/vote-schemas';
import type { WorkshopConnection } from '../workshop/connection';

export interface VotesState {
  /** null until the server has sent them. */
  sessions: VoteSessionView[] | null;
  mine: Record<string, VoteDots>;
  progress: Record<string, VoteProgress>;
}

const stores = new WeakMap<WorkshopConnection, StoreApi<VotesState>>();
const ACK_TIMEOUT_MS = 8000;
const SYNC_RETRY_MS = 1500;

export function votesStore(connection: WorkshopConnection): StoreApi<VotesState> {
  const existing = stores.get(connection);
  if (existing) return existing;
  const store = createStore<VotesState>(() => ({ sessions: null, mine: {}, progress: {} }));
  const socket = connection.socket;
  const ours = (p: { workshopId: string }) => p.workshopId === connection.workshopId;
  socket.on('vote:sessions', (p) => {
    if (ours(p)) store.setState({ sessions: p.sessions });
  });
  socket.on('vote:mine', (p) => {
    if (ours(p)) store.setState((s) => ({ mine: { ...s.mine, [p.sessionId]: p.dots } }));
  });
  socket.on('vote:progress', (p) => {
    if (ours(p)) {
      store.setState((s) => ({
        progress: { ...s.progress, [p.sessionId]: { dotsCast: p.dotsCast, voters: p.voters } },
      }));
    }
  });
  stores.set(connection, store);
  // Connected already: the attach-time state went by before anyone listened.
  if (socket.connected) void requestSync(connection, store);
  return store;
}

/** Asks for the whole vote state; tries again if the server's vote handlers were not attached yet. */
async function requestSync(connection: WorkshopConnection, store: StoreApi<VotesState>, attempt = 0): Promise<void> {
  const state = await connection.socket
    .timeout(SYNC_RETRY_MS)
    .emitWithAck('vote:sync', {})
    .then(
      (res: VoteSyncState) => res,
      () => null,
    );
  if (state) store.setState({ sessions: state.sessions, mine: state.mine, progress: state.progress });
  else if (attempt < 3 && connection.socket.connected && store.getState().sessions === null) {
    await requestSync(connection, store, attempt + 1);
  }
}

export type VoteOutcome = VoteAck | { ok: false; error: 'offline' | 'timeout' | 'unknown' };

type VoteEvent =
  | ['vote:open', VoteOpen]
  | ['vote:openStations', VoteOpenStations]
  | ['vote:previewStations', VotePreviewStations]
  | ['vote:close', VoteSessionRef]
  | ['vote:reveal', VoteSessionRef]
  | ['vote:promote', VotePromote]
  | ['vote:delete', VoteSessionRef]
  | ['vote:cast', VoteDot]
  | ['vote:retract', VoteDot];

export function sendVoteEvent(connection: WorkshopConnection, ...[event, payload]: VoteEvent): Promise<VoteOutcome> {
  const socket = connection.socket;
  if (!connection.isLive()) return Promise.resolve({ ok: false, error: 'offline' });
  return (
    socket
      .timeout(ACK_TIMEOUT_MS)
      // The tuple keeps event and payload matched; emitWithAck cannot see that through the union.
      .emitWithAck(event as 'vote:close', payload as VoteSessionRef)
      .then(
        (res: VoteAck | undefined): VoteOutcome => {
          if (!res) return { ok: false, error: 'unknown' };
          // The ack carries this participant's dots: show them before the broadcast arrives.
          if (res.ok && res.dots && res.sessionId) {
            const store = votesStore(connection);
            store.setState((s) => ({ mine: { ...s.mine, [res.sessionId!]: res.dots! } }));
          }
          return res;
        },
        (): VoteOutcome => ({ ok: false, error: 'timeout' }),
      )
  );
}

const KNOWN_ERRORS = new Set<string>([
  ...VOTE_ERRORS,
  'rate_limited',
  'invalid_payload',
  'offline',
  'timeout',
  'unknown',
]);

/** The translation key of a refusal; anything unexpected reads as "something went wrong". */
export function voteErrorKey(code: string): `votes.errors.${(typeof VOTE_ERRORS)[number] | 'unknown'}` {
  return `votes.errors.${(KNOWN_ERRORS.has(code) ? code : 'unknown') as 'unknown'}`;
}
