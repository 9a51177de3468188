import type * as Y from 'yjs';
import { readShipById, shipsOf, type Ship } from '@mutopia/shared/board/ships';

type Entry = { ship: Ship; order: number };

function byOrder([ia, a]: [string, Entry], [ib, b]: [string, Entry]): number {
  return a.order - b.order || (ia < ib ? -1 : 1);
}

/**
 * The harbour's ships as plain objects, kept current from Yjs events. A
 * keystroke in one ship re-reads that ship only (a full read of 300 ships
 * takes ~8 ms, too much for every keystroke on a phone), and unchanged ships
 * keep their object identity so memoised tiles skip them. Same order as readShips.
 */
export class ShipsCache {
  private readonly entries = new Map<string, Entry>();
  private list: Ship[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly ships: Y.Map<Y.Map<unknown>>;

  constructor(readonly doc: Y.Doc) {
    this.ships = shipsOf(doc);
    for (const id of this.ships.keys()) this.reread(id);
    this.sort();
    this.ships.observeDeep(this.onEvents);
  }

  readonly getSnapshot = (): Ship[] => this.list;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.ships.unobserveDeep(this.onEvents);
    this.listeners.clear();
  }

  private reread(id: string): void {
    const read = readShipById(this.doc, id);
    if (read) this.entries.set(id, read);
    else this.entries.delete(id);
  }

  private sort(): void {
    this.list = [...this.entries].sort(byOrder).map(([, e]) => e.ship);
  }

  private readonly onEvents = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    const touched = new Set<string>();
    for (const event of events) {
      if (event.target === this.ships) for (const key of event.changes.keys.keys()) touched.add(key);
      else if (typeof event.path[0] === 'string') touched.add(event.path[0]);
    }
    if (touched.size === 0) return;
    for (const id of touched) this.reread(id);
    this.sort();
    for (const listener of this.listeners) listener();
  };
}
