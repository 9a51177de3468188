import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { notesOf, type BoardStats } from '@mutopia/shared';
import { applyStoredUpdates } from '../persistence/merge-updates.js';
import type { UpdateLog } from '../persistence/update-log.js';
import { AwarenessFanout } from './awareness-fanout.js';
import { AWARENESS_TIMEOUT_ORIGIN, RELAY_ORIGIN, type RelayLink } from './relay-link.js';
import { fanOutUpdates, type MadeUpdate } from './update-fanout.js';

/** What a hosted board needs of a connection: somewhere to send bytes. */
export interface BoardPeer {
  send(message: Uint8Array): void;
  /** Awareness client ids this peer introduced; only it may change or remove them. */
  readonly awarenessClients: Set<number>;
}

/**
 * One board's live Yjs document and awareness while at least one client is
 * connected. Every document update is appended to the log; once the log has
 * made a flush durable, its updates go out as one merged message per peer.
 * Presence goes out once per awareness tick.
 */
export class HostedBoard {
  readonly doc = new Y.Doc({ gc: true });
  /** The state the board was loaded with: what the stored answer gave the connection that loaded it. */
  loadedStateVector: Uint8Array | null = null;
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<BoardPeer>();
  /** Set when the board is deleted while a connection was still opening it (BoardHost.retire). */
  retired = false;
  /** The workshop guarding the board (null: a plain board), for the facilitator's cursor switch. */
  workshopId: string | null = null;
  /** When the document last changed while hosted (ms), for the facilitator's overview. */
  lastActivity: number | null = null;
  /** Stored size: the state it was loaded from plus every update since (set anew on compaction). */
  storedBytes: number;
  private readonly awarenessOwners = new Map<number, BoardPeer>();
  /** Updates appended since the last durable flush of this board; nobody has seen them yet. */
  /** Updates whose write has just committed, sent together at the end of the flush. */
  private durable: MadeUpdate[] | null = null;
  /** Other nodes' updates applied this turn, broadcast together at its end like a flush of our own. */
  private relayed: MadeUpdate[] | null = null;
  private readonly presence: AwarenessFanout<BoardPeer>;
  private destroyed = false;

  constructor(
    readonly id: string,
    /** Snapshot, then the logged updates in write order (UpdateLog.load). */
    stored: readonly Uint8Array[],
    private readonly log: UpdateLog,
    /** The other nodes hosting this board (null: this node serves alone). */
    private readonly relay: RelayLink | null = null,
  ) {
    this.presence = new AwarenessFanout<BoardPeer>(
      this.awareness,
      () => this.peers,
      (peer, message) => peer.send(message),
      undefined,
      relay
        ? {
            send: (update) => relay.publishAwareness(id, update),
            // Relayed states are their own node's to publish; a timed-out one times out on every node by itself.
            isOwn: (origin) => origin !== RELAY_ORIGIN && origin !== AWARENESS_TIMEOUT_ORIGIN,
          }
        : undefined,
    );
    this.storedBytes = stored.reduce((sum, part) => sum + part.byteLength, 0);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    applyStoredUpdates(this.doc, stored, this);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.lastActivity = Date.now();
    this.storedBytes += update.byteLength;
    if (origin === RELAY_ORIGIN) {
      this.queueRelayed(update);
      return;
    }
    // Each update goes out once ITS write has committed. (One callback for a run of updates let those
    // appended while an earlier flush was in flight on PostgreSQL go out with that flush, before their
    // own commit: a peer saw edits a killed node had not stored.) Updates made durable by one flush are
    // sent together, as one merged message, in the same turn.
    const made: MadeUpdate = { update, origin };
    this.log.append(this.id, update, () => this.durableNow(made));
  };

  private durableNow(made: MadeUpdate): void {
    if (this.durable) {
      this.durable.push(made);
      return;
    }
    const batch = [made];
    this.durable = batch;
    // The log runs the callbacks of one flush back to back: the microtask sees all of them.
    queueMicrotask(() => {
      this.durable = null;
      fanOutUpdates(batch, this.peers, (peer, message) => peer.send(message));
      // Published only once stored, like the broadcast: another node's peers see nothing that could be lost.
      this.relay?.publishUpdate(this.id, merged(batch.map((m) => m.update)));
    });
  }

  private queueRelayed(update: Uint8Array): void {
    if (this.relayed) {
      this.relayed.push({ update, origin: RELAY_ORIGIN });
      return;
    }
    const batch: MadeUpdate[] = [{ update, origin: RELAY_ORIGIN }];
    this.relayed = batch;
    setImmediate(() => {
      this.relayed = null;
      if (!this.destroyed) fanOutUpdates(batch, this.peers, (peer, message) => peer.send(message));
    });
  }

  /** Updates another node stored (or this board's stored state, to catch up): applied, broadcast, not logged. */
  applyRelayed(updates: readonly Uint8Array[]): void {
    if (this.destroyed) return;
    applyStoredUpdates(this.doc, updates, RELAY_ORIGIN);
  }

  /** Presence of another node's clients. */
  applyRelayedPresence(update: Uint8Array): void {
    if (this.destroyed) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, RELAY_ORIGIN);
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (this.peers.has(origin as BoardPeer)) {
      const peer = origin as BoardPeer;
      for (const id of [...added, ...updated]) {
        this.awarenessOwners.set(id, peer);
        peer.awarenessClients.add(id);
      }
    }
    this.presence.changedBy([...added, ...updated, ...removed], origin);
  };

  stats(): BoardStats {
    return { notes: notesOf(this.doc).size, lastActivity: this.lastActivity };
  }

  /** The facilitator's cursor switch for this board's workshop: off relays no pointer positions. */
  setCursorsOff(off: boolean): void {
    if (!this.presence.setCursorsOff(off)) return;
    // Everyone's presence once more, so pointers vanish (or come back) on every other screen.
    for (const [id, peer] of this.awarenessOwners) this.presence.changedBy([id], peer);
  }

  /** Every current presence as one message (pointers left out while cursors are off), or null. */
  presenceSnapshot(): Uint8Array | null {
    return this.presence.snapshot();
  }

  /**
   * Another node's clients have no owner here: a client that reconnects to this
   * node after its node died must be able to go on with its presence at once.
   */
  ownerOf(clientId: number): BoardPeer | undefined {
    return this.awarenessOwners.get(clientId);
  }

  join(peer: BoardPeer): void {
    this.peers.add(peer);
  }

  /** Removes the peer and the presence it published. */
  leave(peer: BoardPeer): void {
    if (!this.peers.delete(peer)) return;
    const clients = [...peer.awarenessClients];
    for (const id of clients) this.awarenessOwners.delete(id);
    awarenessProtocol.removeAwarenessStates(this.awareness, clients, null);
  }

  destroy(): void {
    // Removals of the presence of clients that left go out to the other nodes before the tick is dropped.
    this.presence.flush();
    this.destroyed = true;
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.presence.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

function merged(updates: Uint8Array[]): Uint8Array {
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}
