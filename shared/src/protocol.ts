/**
 * Bumped whenever a change to the wire (REST bodies, socket.io events, the
 * board document's shape) would break a client built against an older version.
 */
export const PROTOCOL_VERSION = 1;

/** A board's Yjs document is synced over `${YJS_PATH}/${boardId}`. */
export const YJS_PATH = '/yjs';
export const SOCKET_IO_PATH = '/socket.io';
export const API_PREFIX = '/api';

/**
 * Close codes the Yjs endpoint uses. 4000–4999 is the range RFC 6455 leaves to
 * applications; the reason string says the same in words.
 */
export const WS_CLOSE = {
  undecodable: { code: 4400, reason: 'undecodable message' },
  /** An update whose counts claim more than its bytes hold (checked before Yjs decodes it), or that would give the board a shape its schema has not (board-schema.ts). */
  malformedUpdate: { code: 4422, reason: 'malformed update' },
  /** The board holds LIMITS.boardMaxBytes (BOARD_MAX_BYTES); it takes deletions only. */
  boardFull: { code: 4413, reason: 'board full' },
  /** A text grew past its cap (a note's LIMITS.noteTextMaxLength); the server cut it back. */
  textTooLong: { code: 4414, reason: 'text too long' },
  /** Updates waiting for a missing earlier update passed LIMITS.pendingMaxBytes. */
  pendingOverflow: { code: 4415, reason: 'too many pending updates' },
  rateLimited: { code: 4429, reason: 'rate limit exceeded' },
  /** The board already has BOARD_MAX_PEOPLE connections; trying again later may get in. */
  boardCrowded: { code: 4503, reason: 'too many people on this board' },
  /** The token this connection was opened with was revoked (a link replaced, a projector or device signed out, a person removed); reconnecting cannot help. */
  revoked: { code: 4401, reason: 'access revoked' },
  /** The workshop was deleted (by its facilitator or by the retention sweep); there is nothing to reconnect to. */
  workshopDeleted: { code: 4410, reason: 'workshop deleted' },
  /** A plain board (no workshop) was deleted by its creator; same code, its own reason. */
  boardDeleted: { code: 4410, reason: 'board deleted' },
  shuttingDown: { code: 1001, reason: 'server shutting down' },
} as const;

/**
 * socket.io heartbeat. The server pings every `intervalMs`; a client that has
 * heard nothing for `staleAfterMs` tells its person it is offline (the issue
 * asks for that within 3 s) without tearing the connection down, and either
 * side drops the transport after `timeoutMs` more without an answer.
 */
export const HEARTBEAT = {
  intervalMs: 1000,
  staleAfterMs: 2200,
  timeoutMs: 4000,
} as const;
