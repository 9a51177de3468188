/**
 * One socket.io connection to a running workshop, authenticated with a
 * workshop token: the session state, who this is, the clock offset, and for
 * facilitators the roster and board statistics. Everything lands in a small
 * zustand store that the views read with selectors.
 */
import { io, type Socket } from 'socket.io-client';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { PROTOCOL_VERSION, SOCKET_IO_PATH } from '@mutopia/shared/protocol';
import type { ClientToServerEvents, ServerToClientEvents } from '@mutopia/shared/socket-events';
import type { SessionCommand } from '@mutopia/shared/workshop/session-commands';
import type { SessionState } from '@mutopia/shared/workshop/session-state';
import type { BoardStats, RosterEntry, SessionWelcome, WorkshopView } from '@mutopia/shared/workshop-api';
import { ApiError } from '../api/http';
import { fetchWorkshop } from '../api/workshops';
import { registerHeartbeat } from '../ui/connectivity';
import { Heartbeat } from '../ui/heartbeat';
import { estimateOffset, offsetFromSnapshot, type ClockEstimate, type ClockSample } from './clock';

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'denied';

export interface WorkshopSessionState {
  connection: ConnectionState;
  welcome: SessionWelcome | null;
  state: SessionState | null;
  view: WorkshopView | null;
  /** Why the workshop could not be loaded, if it could not. */
  viewError: string | null;
  clock: ClockEstimate | null;
  roster: RosterEntry[] | null;
  boardStats: Record<string, BoardStats>;
}

/** A command's outcome: a SessionError code, `forbidden`, or `offline`/`timeout` from this side. */
export type CommandOutcome = { ok: true } | { ok: false; error: string };

export type SessionSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const SYNC_SAMPLES = 5;
const RESYNC_MS = 5 * 60_000;
const ACK_TIMEOUT_MS = 8000;
/** After the server answered `internal` (its database did not answer), the next connection attempt. */
const INTERNAL_RETRY_MS = 3000;

export class WorkshopConnection {
  readonly store: StoreApi<WorkshopSessionState>;
  /** Features with events of their own (question wall, votes) listen and emit on it directly. */
  readonly socket: SessionSocket;
  /** Whether the server is really reachable now; `socket.connected` lags behind a dead network by seconds. */
  readonly heartbeat: Heartbeat;
  private unregisterHeartbeat: (() => void) | undefined;
  private resync: ReturnType<typeof setInterval> | undefined;
  private viewAbort: AbortController | undefined;
  private freshConnection = true;
  private closed = false;
  /** The server said the workshop is gone: no reconnecting, and no later error may turn this into "no access". */
  private ended = false;

  constructor(
    readonly workshopId: string,
    readonly token: string,
  ) {
    this.store = createStore<WorkshopSessionState>(() => ({
      connection: 'connecting',
      welcome: null,
      state: null,
      view: null,
      viewError: null,
      clock: null,
      roster: null,
      boardStats: {},
    }));
    this.socket = io({
      path: SOCKET_IO_PATH,
      auth: { protocol: PROTOCOL_VERSION, token },
      // Never share a manager with the token-less presence socket of plain boards.
      forceNew: true,
      autoConnect: false,
    });
    this.heartbeat = new Heartbeat(this.socket);
    this.listen();
  }

  start(): void {
    this.unregisterHeartbeat = registerHeartbeat(this.heartbeat);
    this.socket.connect();
    void this.loadView();
  }

  close(): void {
    this.closed = true;
    clearInterval(this.resync);
    this.viewAbort?.abort();
    this.unregisterHeartbeat?.();
    this.heartbeat.destroy();
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  /**
   * The workshop is gone for good: said by 'session:ended', or by a board of it closing with 4410 (which
   * arrives first, and alone if this socket was reconnecting while the server deleted the rows).
   */
  workshopDeleted(): void {
    if (this.closed) return;
    this.ended = true;
    this.viewAbort?.abort();
    this.store.setState({ connection: 'denied', viewError: 'workshop_deleted' });
    this.unregisterHeartbeat?.();
    this.unregisterHeartbeat = undefined;
  }

  /** The server's clock now, as far as this device can tell. */
  serverNow(): number {
    return Date.now() + (this.store.getState().clock?.offsetMs ?? 0);
  }

  /** Connected and heard from the server just now: only then may a command go out. */
  isLive(): boolean {
    return this.heartbeat.live;
  }

  /** Refused at once while offline: a command queued now would act later, on a situation nobody sees anymore. */
  send(command: SessionCommand): Promise<CommandOutcome> {
    if (!this.isLive()) return Promise.resolve({ ok: false, error: 'offline' });
    return this.socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('session:command', command)
      .then(
        (res: CommandOutcome | undefined) => res ?? { ok: false, error: 'unknown' },
        () => ({ ok: false, error: 'timeout' }),
      );
  }

  /** Loads the workshop (definition, boards) again: at the start and whenever the server says it changed. */
  async loadView(): Promise<void> {
    this.viewAbort?.abort();
    const controller = new AbortController();
    this.viewAbort = controller;
    try {
      const view = await fetchWorkshop(this.workshopId, this.token, controller.signal);
      // A load that started before the workshop was deleted must not bring it back on screen.
      if (!controller.signal.aborted && !this.ended) this.store.setState({ view, viewError: null });
    } catch (error) {
      if (controller.signal.aborted || this.closed || this.ended) return;
      const code = error instanceof ApiError ? error.code : 'unknown';
      if (code === 'workshop_deleted') return this.workshopDeleted();
      if (code === 'unauthorized' || code === 'forbidden' || code === 'not_found') {
        this.store.setState({ connection: 'denied', viewError: code });
      } else {
        this.store.setState({ viewError: code });
        // Not reachable right now: try again shortly.
        setTimeout(() => {
          if (!this.closed && !this.store.getState().view) void this.loadView();
        }, 3000);
      }
    }
  }

  private listen(): void {
    const socket = this.socket;
    const set = this.store.setState;
    this.heartbeat.subscribe(() => {
      if (this.store.getState().connection !== 'denied') set({ connection: this.heartbeat.getSnapshot() });
    });
    // socket.io buffers what is emitted while disconnected and sends it on reconnecting; nothing here may act that late.
    socket.io.on('open', () => {
      socket.sendBuffer = [];
    });
    socket.on('connect', () => {
      this.freshConnection = true;
      void this.syncClock();
      clearInterval(this.resync);
      this.resync = setInterval(() => void this.syncClock(), RESYNC_MS);
      // Whatever changed while we were away, the definition included.
      if (this.store.getState().view) void this.loadView();
    });
    socket.on('disconnect', (reason) => {
      clearInterval(this.resync);
      // The server ended this socket on purpose (this person was removed, or the facilitator link replaced):
      // connect once more, so a token that stopped working shows as denied instead of "reconnecting" for ever.
      if (reason === 'io server disconnect' && !this.closed && !this.ended) socket.connect();
    });
    socket.on('session:ended', ({ workshopId }) => {
      if (workshopId === this.workshopId) this.workshopDeleted();
    });
    socket.on('connect_error', (error) => {
      // The server could not check the token (its database did not answer): no refusal, so try again
      // shortly and keep showing "offline" instead of "no access".
      if (error.message === 'internal' && !this.closed && !this.ended) {
        setTimeout(() => {
          if (!this.closed && !this.ended && !socket.connected) socket.connect();
        }, INTERNAL_RETRY_MS);
        return;
      }
      // An inactive socket after an error was refused by the server (bad or revoked token) and will not retry.
      if (error.message === 'workshop_deleted') this.ended = true;
      if (!socket.active || this.ended) {
        set({ connection: 'denied', viewError: this.ended ? 'workshop_deleted' : error.message || 'unauthorized' });
        // A refused token is no lost connection: the offline line must not say edits are waiting.
        this.unregisterHeartbeat?.();
        this.unregisterHeartbeat = undefined;
      }
    });
    socket.on('session:welcome', (welcome) => {
      if (welcome.workshopId === this.workshopId) set({ welcome });
    });
    socket.on('session:state', (snapshot) => {
      if (snapshot.workshopId !== this.workshopId) return;
      const current = this.store.getState();
      const rough = offsetFromSnapshot(snapshot.serverNow, Date.now());
      // Stale snapshots are dropped, except the first after (re)connecting: the server may have restarted.
      if (!this.freshConnection && current.state && snapshot.state.revision < current.state.revision) return;
      this.freshConnection = false;
      set({ state: snapshot.state, clock: current.clock ?? rough });
    });
    socket.on('session:roster', (payload) => {
      if (payload.workshopId === this.workshopId) set({ roster: payload.participants });
    });
    socket.on('session:boards', (payload) => {
      if (payload.workshopId === this.workshopId) set((s) => ({ boardStats: { ...s.boardStats, ...payload.stats } }));
    });
    socket.on('session:definition', (payload) => {
      if (payload.workshopId === this.workshopId) void this.loadView();
    });
  }

  /** A few `time:sync` round trips; the shortest one gives the offset. */
  private async syncClock(): Promise<void> {
    const samples: ClockSample[] = [];
    for (let i = 0; i < SYNC_SAMPLES && this.socket.connected; i++) {
      const sentAt = Date.now();
      const serverNow = await this.socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('time:sync', {})
        .then(
          (now: unknown) => (typeof now === 'number' ? now : null),
          () => null,
        );
      if (serverNow !== null) samples.push({ sentAt, receivedAt: Date.now(), serverNow });
    }
    const measured = estimateOffset(samples);
    if (!measured || this.closed) return;
    // A fresh measurement replaces older ones (clocks drift) and always beats the rough snapshot guess.
    this.store.setState({ clock: measured });
  }
}
