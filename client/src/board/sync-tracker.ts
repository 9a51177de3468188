import type * as Y from 'yjs';
import { notesOf, touchedNoteIds, type NoteMap } from '@mutopia/shared';
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
  /** Notes this person changed while not synced: "3 changes" means three notes, not 300 keystrokes. */
  private readonly unsynced = new Set<string>();
  private readonly notes: Y.Map<NoteMap>;
  private readonly listeners = new Set<() => void>();

  constructor(
    doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    /** Origins that bring in data from elsewhere rather than from this person. */
    private readonly remoteOrigins: ReadonlySet<unknown>,
  ) {
    this.notes = notesOf(doc);
    this.state = this.derive();
    this.notes.observeDeep(this.onNoteEvents);
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
    this.notes.unobserveDeep(this.onNoteEvents);
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
      status: connectionStatus({ synced, unsyncedChanges: this.unsynced.size, browserOnline: navigator.onLine }),
      unsyncedChanges: this.unsynced.size,
    };
  }

  private readonly onNoteEvents = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, tr: Y.Transaction): void => {
    if (this.remoteOrigins.has(tr.origin) || this.isSynced()) return;
    for (const id of touchedNoteIds(this.notes, events)) this.unsynced.add(id);
    this.refresh();
  };

  private readonly onSync = (synced: boolean): void => {
    // Sync step 2 has been exchanged both ways: the server holds everything we had.
    if (synced) this.unsynced.clear();
    this.refresh();
  };

  private readonly refresh = (): void => {
    const next = this.derive();
    if (next.status === this.state.status && next.unsyncedChanges === this.state.unsyncedChanges) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  };
}
