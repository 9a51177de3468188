import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { connectionStatus, type ConnectionStatus } from './connection-status';

export interface SyncState {
  status: ConnectionStatus;
  unsyncedChanges: number;
}

/**
 * Counts local edits made while the server could not receive them, and derives
 * the three-state connection indicator from the provider's events.
 */
export class SyncTracker {
  private state: SyncState;
  private unsynced = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    /** Origins that bring in data from elsewhere rather than from this person. */
    private readonly remoteOrigins: ReadonlySet<unknown>,
  ) {
    this.state = this.derive();
    doc.on('update', this.onUpdate);
    provider.on('status', this.refresh);
    provider.on('sync', this.onSync);
    window.addEventListener('online', this.refresh);
    window.addEventListener('offline', this.refresh);
  }

  readonly getSnapshot = (): SyncState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.doc.off('update', this.onUpdate);
    this.provider.off('status', this.refresh);
    this.provider.off('sync', this.onSync);
    window.removeEventListener('online', this.refresh);
    window.removeEventListener('offline', this.refresh);
    this.listeners.clear();
  }

  private isSynced(): boolean {
    return this.provider.wsconnected && this.provider.synced;
  }

  private derive(): SyncState {
    const synced = this.isSynced();
    return {
      status: connectionStatus({ synced, unsyncedChanges: this.unsynced, browserOnline: navigator.onLine }),
      unsyncedChanges: this.unsynced,
    };
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (this.remoteOrigins.has(origin) || this.isSynced()) return;
    this.unsynced++;
    this.refresh();
  };

  private readonly onSync = (synced: boolean): void => {
    // Sync step 2 has been exchanged both ways: the server holds everything we had.
    if (synced) this.unsynced = 0;
    this.refresh();
  };

  private readonly refresh = (): void => {
    const next = this.derive();
    if (next.status === this.state.status && next.unsyncedChanges === this.state.unsyncedChanges) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  };
}
