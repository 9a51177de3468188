import type * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { messageSync, type WebsocketProvider } from 'y-websocket';
import { connectivityChanged, linkState, registerBoard, type BoardLink } from '../ui/connectivity';
import { connectionStatus, type ConnectionStatus } from './connection-status';
import { editedKeys } from './edit-keys';
import { PendingEdits, ProbeQueue } from './pending-edits';

export interface SyncState {
  status: ConnectionStatus;
  /** Local edits the server has not confirmed yet. */
  unsyncedChanges: number;
}

/** Edits made in quick succession are confirmed together. */
const PROBE_DELAY_MS = 300;
/** An unanswered question this old means the board's socket is dead though it looks open. */
const PROBE_TIMEOUT_MS = 4000;

type SyncHandler = WebsocketProvider['messageHandlers'][number];

/**
 * Counts local edits until the server confirms them (see pending-edits.ts),
 * and derives the board's connection state from the provider, the device and
 * the tab's heartbeat.
 */
export class SyncTracker implements BoardLink {
  private state: SyncState;
  private readonly pending = new PendingEdits();
  private readonly probes = new ProbeQueue();
  private wasSynced = false;
  private probeTimer: ReturnType<typeof setTimeout> | undefined;
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly unregister: () => void;
  private readonly originalSyncHandler: SyncHandler;

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    /** Origins that bring in data from elsewhere rather than from this person. */
    private readonly remoteOrigins: ReadonlySet<unknown>,
    /** Opens a new socket (with a fresh ticket on a workshop board). */
    private readonly restart: () => void = () => {
      provider.disconnect();
      provider.connect();
    },
  ) {
    this.state = this.derive();
    this.originalSyncHandler = provider.messageHandlers[messageSync]!;
    provider.messageHandlers[messageSync] = this.onSyncMessage;
    doc.on('afterTransaction', this.onTransaction);
    provider.on('status', this.onStatus);
    provider.on('sync', this.onSync);
    window.addEventListener('online', this.refresh);
    window.addEventListener('offline', this.refresh);
    this.unregister = registerBoard(this);
  }

  readonly getSnapshot = (): SyncState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  status(): ConnectionStatus {
    return this.state.status;
  }

  unconfirmed(): number {
    return this.state.unsyncedChanges;
  }

  reconnect(): void {
    if (!this.provider.shouldConnect) return;
    this.restart();
  }

  destroy(): void {
    clearTimeout(this.probeTimer);
    clearInterval(this.watchdog);
    this.provider.messageHandlers[messageSync] = this.originalSyncHandler;
    this.doc.off('afterTransaction', this.onTransaction);
    this.provider.off('status', this.onStatus);
    this.provider.off('sync', this.onSync);
    window.removeEventListener('online', this.refresh);
    window.removeEventListener('offline', this.refresh);
    this.listeners.clear();
    this.unregister();
  }

  private isSynced(): boolean {
    return this.provider.wsconnected && this.provider.synced;
  }

  private derive(): SyncState {
    const unconfirmed = this.pending.count;
    return {
      status: connectionStatus({
        synced: this.isSynced(),
        wasSynced: this.wasSynced,
        unconfirmed,
        browserOnline: navigator.onLine,
        link: linkState(),
      }),
      unsyncedChanges: unconfirmed,
    };
  }

  private readonly onTransaction = (tr: Y.Transaction): void => {
    if (!tr.local || this.remoteOrigins.has(tr.origin)) return;
    const keys = editedKeys(this.doc, tr);
    if (keys.size === 0) return;
    this.pending.record(keys);
    this.scheduleProbe();
    this.refresh();
  };

  /** Every sync message from the server passes here; a step 2 answers our oldest open step 1. */
  private readonly onSyncMessage: SyncHandler = (encoder, decoder, provider, emitSynced, messageType) => {
    // emitSynced is false for messages from other tabs (BroadcastChannel): only the server's count.
    const answer = emitSynced && decoding.peekVarUint(decoder) === syncProtocol.messageYjsSyncStep2;
    this.originalSyncHandler(encoder, decoder, provider, emitSynced, messageType);
    if (!answer) return;
    const covers = this.probes.answered();
    if (covers !== null && this.pending.confirmUpTo(covers)) this.refresh();
    if (this.pending.hasAfter(covers ?? 0)) this.scheduleProbe();
  };

  private readonly onStatus = ({ status }: { status: string }): void => {
    // A new socket, or none: questions sent on the old one will never be answered.
    this.probes.reset();
    clearInterval(this.watchdog);
    if (status === 'connected') {
      // The provider sends its own step 1 right after this event.
      this.probes.sent(null, Date.now());
      this.watchdog = setInterval(this.checkProbes, PROBE_TIMEOUT_MS / 4);
    }
    this.refresh();
  };

  private readonly onSync = (synced: boolean): void => {
    if (synced) {
      this.wasSynced = true;
      // Edits made while away went to the server in our reply to its step 1; ask whether it has them.
      if (this.pending.count > 0) this.scheduleProbe();
    }
    this.refresh();
  };

  private scheduleProbe(): void {
    if (this.probeTimer !== undefined) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = undefined;
      this.sendProbe();
    }, PROBE_DELAY_MS);
  }

  private sendProbe(): void {
    const ws = this.provider.ws;
    // Not synced yet: the sync on connecting will bring the edits over, and onSync asks then.
    if (!this.isSynced() || !ws || ws.readyState !== WebSocket.OPEN) return;
    if (this.probes.waiting) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.probes.sent(this.pending.latest, Date.now());
    ws.send(encoding.toUint8Array(encoder));
  }

  private readonly checkProbes = (): void => {
    const since = this.probes.oldestSentAt;
    if (since !== null && Date.now() - since > PROBE_TIMEOUT_MS) this.reconnect();
  };

  readonly refresh = (): void => {
    const next = this.derive();
    if (next.status === this.state.status && next.unsyncedChanges === this.state.unsyncedChanges) return;
    this.state = next;
    for (const listener of this.listeners) listener();
    connectivityChanged();
  };
}
