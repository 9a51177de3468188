import type { HostedBoard } from './hosted-board.js';

/**
 * Origin of changes another node made to a board this node also hosts: they
 * are already stored (the other node wrote them before it published them), so
 * they are only broadcast here, never logged or published again.
 */
export const RELAY_ORIGIN = Symbol('relay');

/** y-protocols' origin for a presence that was not renewed for 30 s. */
export const AWARENESS_TIMEOUT_ORIGIN = 'timeout';

/**
 * What a hosted board needs of the traffic between nodes (cluster/board-relay.ts
 * with REDIS_URL; nothing without it, when this node serves alone).
 */
export interface RelayLink {
  /** A board is now hosted here: hear the other nodes' changes to it, then catch up from the store. */
  hosted(board: HostedBoard): void;
  /** The board left this node's memory. */
  unhosted(boardId: string): void;
  /** A document update this node made durable (one merged update per flush). */
  publishUpdate(boardId: string, update: Uint8Array): void;
  /** The coalesced presence of this node's clients of one awareness tick (an awareness update). */
  publishAwareness(boardId: string, update: Uint8Array): void;
}
