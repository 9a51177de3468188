import type * as awarenessProtocol from 'y-protocols/awareness';
import { encodeAwarenessUpdate, type AwarenessEntry } from './awareness-guard.js';
import { encodeAwareness } from './messages.js';

/** Presence changes of a board are relayed at most this often: a cursor waits one tick at most. */
export const AWARENESS_TICK_MS = 40;
/** With cursors off, an unchanged presence is still relayed this often (y-protocols drops one silent for 30 s). */
const RENEW_WHEN_UNCHANGED_MS = 10_000;

/**
 * Collects a board's awareness changes and relays them once per tick, as one
 * encoded message over every changed client: a 250-person board then sends
 * each peer 25 messages a second instead of one per cursor move of everyone.
 */
export class AwarenessFanout<P> {
  /** Changed client ids, each with the peer (or other origin) that changed it last. */
  private changed = new Map<number, unknown>();
  private timer: NodeJS.Timeout | null = null;
  /** Cursors switched off by the facilitator: states go out without their pointer, and a mere pointer move not at all. */
  private cursorsOff = false;
  /** What each client's state looked like when last relayed, when, and with which clock. */
  private readonly lastRelayed = new Map<number, { state: string; at: number; clock: number }>();

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly peers: () => Iterable<P>,
    private readonly send: (peer: P, message: Uint8Array) => void,
    private readonly tickMs = AWARENESS_TICK_MS,
    /**
     * Gets, once per tick, what this node's own clients changed (other nodes
     * relay it to theirs); changes with an origin `isOwn` refuses are not passed on.
     */
    private readonly publish?: { send: (update: Uint8Array) => void; isOwn: (origin: unknown) => boolean },
  ) {}

  /** Returns whether it changed; the caller then marks everyone's state changed, by its owner. */
  setCursorsOff(off: boolean): boolean {
    if (off === this.cursorsOff) return false;
    this.cursorsOff = off;
    return true;
  }

  /** Every current state as one message, for a connection that just arrived or asks (null if none). */
  snapshot(): Uint8Array | null {
    const entries: AwarenessEntry[] = [];
    for (const [clientId, current] of this.awareness.getStates()) {
      const clock = Math.max(this.awareness.meta.get(clientId)?.clock ?? 0, this.lastRelayed.get(clientId)?.clock ?? 0);
      entries.push({ clientId, clock, state: JSON.stringify(this.cursorsOff ? withoutCursor(current) : current) });
    }
    return entries.length > 0 ? encodeAwareness(encodeAwarenessUpdate(entries)) : null;
  }

  changedBy(ids: readonly number[], origin: unknown): void {
    for (const id of ids) this.changed.set(id, origin);
    this.timer ??= setTimeout(() => this.flush(), this.tickMs);
  }

  /** Sends what changed since the last tick; a peer does not get its own presence back. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const changed = this.changed;
    if (changed.size === 0) return;
    this.changed = new Map();
    const entries = new Map<number, AwarenessEntry>();
    for (const id of changed.keys()) {
      const entry = this.entryFor(id);
      if (entry) entries.set(id, entry);
    }
    if (entries.size === 0) return;
    if (this.publish) {
      const own = [...entries.values()].filter((entry) => this.publish!.isOwn(changed.get(entry.clientId)));
      if (own.length > 0) this.publish.send(encodeAwarenessUpdate(own));
    }
    const encode = (ids: Iterable<number>) =>
      encodeAwareness(encodeAwarenessUpdate([...ids].map((id) => entries.get(id)!)));
    const origins = new Set(changed.values());
    let toAll: Uint8Array | undefined;
    for (const peer of this.peers()) {
      if (!origins.has(peer)) {
        toAll ??= encode(entries.keys());
        this.send(peer, toAll);
        continue;
      }
      const others = [...entries.keys()].filter((id) => changed.get(id) !== peer);
      if (others.length > 0) this.send(peer, encode(others));
    }
  }

  /**
   * What to relay for a client, or null when nothing worth it changed. Clocks
   * relayed only ever grow: a state changed here (its pointer taken out) must
   * reach screens that already hold the client's state at its own clock.
   */
  private entryFor(id: number): AwarenessEntry | null {
    const meta = this.awareness.meta.get(id);
    if (!meta) return null;
    const current = this.awareness.getStates().get(id);
    const state = JSON.stringify(this.cursorsOff ? withoutCursor(current) : (current ?? null));
    const last = this.lastRelayed.get(id);
    const now = Date.now();
    // With cursors off a mere pointer move is not relayed; the 15 s renewals still go out
    // now and then, since other screens drop a presence not renewed for 30 s.
    if (this.cursorsOff && current !== undefined && last?.state === state && now - last.at < RENEW_WHEN_UNCHANGED_MS) {
      return null;
    }
    const clock = last && last.clock >= meta.clock ? last.clock + 1 : meta.clock;
    if (current === undefined) this.lastRelayed.delete(id);
    else this.lastRelayed.set(id, { state, at: now, clock });
    return { clientId: id, clock, state };
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.changed.clear();
    this.lastRelayed.clear();
  }
}

/** A presence state with its pointer taken out (null for a removed client). */
function withoutCursor(state: unknown): unknown {
  if (typeof state !== 'object' || state === null) return state ?? null;
  return { ...(state as Record<string, unknown>), cursor: null };
}
