import * as awarenessProtocol from 'y-protocols/awareness';
import { encodeAwareness } from './messages.js';

/** Presence changes of a board are relayed at most this often: a cursor waits one tick at most. */
export const AWARENESS_TICK_MS = 40;

/**
 * Collects a board's awareness changes and relays them once per tick, as one
 * encoded message over every changed client: a 250-person board then sends
 * each peer 25 messages a second instead of one per cursor move of everyone.
 */
export class AwarenessFanout<P> {
  /** Changed client ids, each with the peer (or other origin) that changed it last. */
  private changed = new Map<number, unknown>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly peers: () => Iterable<P>,
    private readonly send: (peer: P, message: Uint8Array) => void,
    private readonly tickMs = AWARENESS_TICK_MS,
  ) {}

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
    const meta = this.awareness.meta;
    const ids = [...changed.keys()].filter((id) => meta.has(id));
    if (ids.length === 0) return;
    const origins = new Set(changed.values());
    let toAll: Uint8Array | undefined;
    for (const peer of this.peers()) {
      if (!origins.has(peer)) {
        toAll ??= this.encode(ids);
        this.send(peer, toAll);
        continue;
      }
      const others = ids.filter((id) => changed.get(id) !== peer);
      if (others.length > 0) this.send(peer, this.encode(others));
    }
  }

  private encode(ids: number[]): Uint8Array {
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.changed.clear();
  }
}
