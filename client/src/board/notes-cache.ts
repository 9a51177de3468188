import type * as Y from 'yjs';
import { notesOf, readNote, touchedNoteIds, type Note } from '@mutopia/shared';

export interface NotesSnapshot {
  byId: ReadonlyMap<string, Note>;
  /** Ids in creation order: a stable DOM and tab order that z-order changes do not shuffle. */
  order: readonly string[];
}

function byCreation(byId: ReadonlyMap<string, Note>): string[] {
  return [...byId.values()]
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n) => n.id);
}

/**
 * Plain snapshots of a board's notes, kept current from Yjs events. Only the
 * notes an event touched are re-read, and unchanged notes keep their object
 * identity so memoised views skip them.
 */
export class NotesCache {
  private snapshot: NotesSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly notes: Y.Map<Y.Map<unknown>>;

  constructor(doc: Y.Doc) {
    this.notes = notesOf(doc);
    const byId = new Map<string, Note>();
    for (const [id, map] of this.notes.entries()) {
      const note = readNote(id, map);
      if (note) byId.set(id, note);
    }
    this.snapshot = { byId, order: byCreation(byId) };
    this.notes.observeDeep(this.onEvents);
  }

  readonly getSnapshot = (): NotesSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.notes.unobserveDeep(this.onEvents);
    this.listeners.clear();
  }

  private readonly onEvents = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    const touched = touchedNoteIds(this.notes, events);
    if (touched.size === 0) return;

    const byId = new Map(this.snapshot.byId);
    let membershipChanged = false;
    for (const id of touched) {
      const map = this.notes.get(id);
      const note = map ? readNote(id, map) : null;
      if (note) {
        if (!byId.has(id)) membershipChanged = true;
        byId.set(id, note);
      } else if (byId.delete(id)) {
        membershipChanged = true;
      }
    }
    this.snapshot = { byId, order: membershipChanged ? byCreation(byId) : this.snapshot.order };
    for (const listener of this.listeners) listener();
  };
}
