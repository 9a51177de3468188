import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { BoardHost } from '../yjs/board-host.js';
import type { HostedBoard } from '../yjs/hosted-board.js';
import type { RelayLink } from '../yjs/relay-link.js';

/** One pub/sub channel per board: a node hears only the boards it hosts. */
export const BOARD_CHANNEL_PREFIX = 'mutopia:board:';
const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;
const NODE_ID_BYTES = 8;
const HEADER_BYTES = 1 + NODE_ID_BYTES;

/** What went through Redis, for the log and tests. */
export interface RelayCounts {
  published: number;
  publishedBytes: number;
  applied: number;
}

/**
 * Carries board updates and presence between the nodes that host the same board
 * (REDIS_URL). The store is the source of truth and Redis pub/sub only the
 * doorbell: an update is published after its node stored it, so a node that
 * misses a message (pub/sub delivers at most once) loses nothing for good. It
 * catches up from the store whenever it may have missed something: when it
 * starts hosting a board, and when its subscription comes back after Redis was
 * away. Yjs skips what the document already holds, so catching up applies, and
 * broadcasts to local peers, only what was missing.
 *
 * Frame: one byte kind (update, awareness), eight bytes of the sending node's id
 * (a node hears its own publications and drops them), then the Yjs payload.
 */
export class BoardRelay implements RelayLink {
  readonly nodeId = randomBytes(NODE_ID_BYTES);
  readonly counts: RelayCounts = { published: 0, publishedBytes: 0, applied: 0 };
  private readonly hosting = new Set<string>();
  private wasReady = false;

  constructor(
    private readonly host: BoardHost,
    /** Queues while Redis is away and sends after: a publication is late rather than lost. */
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly onError: (error: unknown, what: string) => void,
  ) {
    sub.on('messageBuffer', this.onMessage);
    sub.on('ready', this.onReady);
  }

  hosted(board: HostedBoard): void {
    this.hosting.add(board.id);
    // Subscribed first, read after: whatever another node stores from then on either arrives or is in the read.
    this.sub
      .subscribe(channelOf(board.id))
      .then(() => this.catchUp(board.id))
      .catch((error: unknown) => this.onError(error, 'subscribing to a board'));
  }

  unhosted(boardId: string): void {
    this.hosting.delete(boardId);
    this.sub.unsubscribe(channelOf(boardId)).catch((error: unknown) => this.onError(error, 'unsubscribing a board'));
  }

  publishUpdate(boardId: string, update: Uint8Array): void {
    this.publish(boardId, KIND_UPDATE, update);
  }

  publishAwareness(boardId: string, update: Uint8Array): void {
    this.publish(boardId, KIND_AWARENESS, update);
  }

  private publish(boardId: string, kind: number, payload: Uint8Array): void {
    const frame = Buffer.allocUnsafe(HEADER_BYTES + payload.byteLength);
    frame[0] = kind;
    this.nodeId.copy(frame, 1);
    frame.set(payload, HEADER_BYTES);
    this.counts.published++;
    this.counts.publishedBytes += frame.byteLength;
    this.pub.publish(channelOf(boardId), frame).catch((error: unknown) => this.onError(error, 'publishing to a board'));
  }

  private readonly onMessage = (channel: Buffer, message: Buffer): void => {
    if (message.byteLength < HEADER_BYTES || this.nodeId.equals(message.subarray(1, HEADER_BYTES))) return;
    const board = this.host.hosted(channel.toString().slice(BOARD_CHANNEL_PREFIX.length));
    if (!board) return;
    const payload = new Uint8Array(
      message.buffer,
      message.byteOffset + HEADER_BYTES,
      message.byteLength - HEADER_BYTES,
    );
    try {
      if (message[0] === KIND_UPDATE) board.applyRelayed([payload]);
      else if (message[0] === KIND_AWARENESS) board.applyRelayedPresence(payload);
      this.counts.applied++;
    } catch (error) {
      this.onError(error, 'applying a relayed board message');
    }
  };

  /** After a reconnect, whatever was published meanwhile is gone: subscribe again, then catch up from the store. */
  private readonly onReady = (): void => {
    if (!this.wasReady) {
      this.wasReady = true;
      return;
    }
    const boards = [...this.hosting];
    if (boards.length === 0) return;
    this.sub
      .subscribe(...boards.map(channelOf))
      .then(() => Promise.all(boards.map((id) => this.catchUp(id))))
      .catch((error: unknown) => this.onError(error, 'catching up after Redis came back'));
  };

  private async catchUp(boardId: string): Promise<void> {
    const board = this.host.hosted(boardId);
    if (!board) return;
    const stored = await this.host.storedUpdates(boardId);
    // Unloaded (or loaded anew, which catches up by itself) while the read ran.
    if (this.host.hosted(boardId) === board) board.applyRelayed(stored);
  }

  /** After the boards were unloaded (their last presence removals published): sends what is queued, then leaves. */
  async close(): Promise<void> {
    this.sub.off('messageBuffer', this.onMessage);
    this.sub.off('ready', this.onReady);
    this.sub.disconnect();
    await this.pub.quit().catch(() => this.pub.disconnect());
  }
}

function channelOf(boardId: string): string {
  return `${BOARD_CHANNEL_PREFIX}${boardId}`;
}

/** The relay with two connections of its own: a subscribed connection can send nothing else. */
export function createBoardRelay(
  url: string,
  host: BoardHost,
  onError: (error: unknown, what: string) => void,
): BoardRelay {
  // No limit on retries: a publication waits for Redis to return instead of failing after 20 attempts.
  const pub = new Redis(url, { connectionName: 'mutopia-boards-pub', maxRetriesPerRequest: null });
  // The relay subscribes again itself after a reconnect (onReady, errors handled); ioredis's own resubscription
  // leaves its command's rejection unhandled when the connection closes meanwhile.
  const sub = new Redis(url, {
    connectionName: 'mutopia-boards-sub',
    maxRetriesPerRequest: null,
    autoResubscribe: false,
  });
  let lastError = 0;
  for (const client of [pub, sub]) {
    client.on('error', (error: Error) => {
      // ioredis reports every failed reconnect attempt; one line every 10 s tells that Redis is away.
      if (Date.now() - lastError < 10_000) return;
      lastError = Date.now();
      onError(error, 'board relay connection');
    });
  }
  return new BoardRelay(host, pub, sub, onError);
}
