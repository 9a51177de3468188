import type * as Y from 'yjs';
import { groupsOf, readGroups, type Group } from '@mutopia/shared/board/groups';

export interface GroupsSnapshot {
  /** Bottom frame first (the order they are drawn in). */
  list: readonly Group[];
  byId: ReadonlyMap<string, Group>;
}

const EMPTY: GroupsSnapshot = { list: [], byId: new Map() };

/**
 * Plain snapshots of a board's group frames, re-read after each change. A
 * board has at most a few hundred frames, so reading them all is cheap.
 */
export class GroupsCache {
  private snapshot: GroupsSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  private readonly groups: Y.Map<Y.Map<unknown>>;

  constructor(private readonly doc: Y.Doc) {
    this.groups = groupsOf(doc);
    this.read();
    this.groups.observeDeep(this.onChange);
  }

  readonly getSnapshot = (): GroupsSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.groups.unobserveDeep(this.onChange);
    this.listeners.clear();
  }

  private read(): void {
    const list = readGroups(this.doc);
    this.snapshot = list.length === 0 ? EMPTY : { list, byId: new Map(list.map((g) => [g.id, g])) };
  }

  private readonly onChange = (): void => {
    this.read();
    for (const listener of this.listeners) listener();
  };
}
