/**
 * Collects things to announce and hands them over at most once per
 * `intervalMs`: the first at once, what follows within the interval together
 * at its end, so a screen reader hears "3 neue Notizen" instead of three
 * sentences in a row.
 */
export class AnnounceThrottle<T> {
  private pending: T[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFlush = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly flush: (items: T[]) => void,
    private readonly intervalMs: number,
  ) {}

  push(item: T): void {
    this.pending.push(item);
    if (this.timer !== null) return;
    const wait = this.lastFlush + this.intervalMs - Date.now();
    if (wait <= 0) this.flushNow();
    else this.timer = setTimeout(() => this.flushNow(), wait);
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = [];
  }

  private flushNow(): void {
    this.timer = null;
    const items = this.pending;
    this.pending = [];
    if (items.length === 0) return;
    this.lastFlush = Date.now();
    this.flush(items);
  }
}

export interface NoteChange {
  kind: 'added' | 'deleted';
  /** The writing team's name, when the note says which team wrote it. */
  team?: string | undefined;
}

export interface Sentence {
  key: 'addedBy' | 'added' | 'addedMany' | 'deleted' | 'deletedMany';
  count: number;
  team?: string;
}

/** What a batch of other people's changes sounds like: one sentence per kind of change. */
export function summariseChanges(changes: readonly NoteChange[]): Sentence[] {
  const added = changes.filter((c) => c.kind === 'added');
  const deleted = changes.filter((c) => c.kind === 'deleted').length;
  const out: Sentence[] = [];
  if (added.length === 1) {
    const team = added[0]!.team;
    out.push(team ? { key: 'addedBy', count: 1, team } : { key: 'added', count: 1 });
  } else if (added.length > 1) {
    out.push({ key: 'addedMany', count: added.length });
  }
  if (deleted === 1) out.push({ key: 'deleted', count: 1 });
  else if (deleted > 1) out.push({ key: 'deletedMany', count: deleted });
  return out;
}
