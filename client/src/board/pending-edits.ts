/**
 * Which local edits the server has confirmed. The y-websocket protocol has no
 * acknowledgement, but the server answers every sync step 1 with exactly one
 * sync step 2, in order, after everything the same connection sent before it.
 * So a step 1 sent after some edits is a question "do you have these?", and
 * its answer says yes for every edit made before the question went out.
 */
export class PendingEdits {
  private seq = 0;
  /** What was edited (a note, a group, a persona field) → the last edit to it. */
  private readonly lastEdit = new Map<string, number>();

  /** Records one change touching `keys`; returns its sequence number. */
  record(keys: Iterable<string>): number {
    const seq = ++this.seq;
    for (const key of keys) this.lastEdit.set(key, seq);
    return seq;
  }

  /** The sequence number of the newest edit so far (0: none yet). */
  get latest(): number {
    return this.seq;
  }

  /** "3 changes" means three things edited, not 300 keystrokes into one note. */
  get count(): number {
    return this.lastEdit.size;
  }

  /** The server has everything up to and including edit `seq`. */
  confirmUpTo(seq: number): boolean {
    let changed = false;
    for (const [key, last] of this.lastEdit) {
      if (last <= seq) {
        this.lastEdit.delete(key);
        changed = true;
      }
    }
    return changed;
  }

  /** Whether some edit is newer than `seq`. */
  hasAfter(seq: number): boolean {
    for (const last of this.lastEdit.values()) if (last > seq) return true;
    return false;
  }
}

/**
 * The questions (sync step 1) sent on one connection whose answers are still
 * out, oldest first. Each holds the newest edit it covers; `null` for the
 * provider's own step 1 on connecting, which goes out before our offline edits
 * and so confirms none of them.
 */
export class ProbeQueue {
  private queue: Array<{ covers: number | null; sentAt: number }> = [];

  /** A new connection: the old one's questions will never be answered. */
  reset(): void {
    this.queue = [];
  }

  sent(covers: number | null, now: number): void {
    this.queue.push({ covers, sentAt: now });
  }

  /** The oldest open question was answered: what it covers, or null. */
  answered(): number | null {
    return this.queue.shift()?.covers ?? null;
  }

  /** Whether a question that confirms edits is still out. */
  get waiting(): boolean {
    return this.queue.some((probe) => probe.covers !== null);
  }

  /** When the oldest open question about edits went out, if one is out. */
  get oldestSentAt(): number | null {
    return this.queue.find((probe) => probe.covers !== null)?.sentAt ?? null;
  }
}
