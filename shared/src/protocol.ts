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
  rateLimited: { code: 4429, reason: 'rate limit exceeded' },
  /** The facilitator link this connection was opened with has been replaced; reconnecting cannot help. */
  revoked: { code: 4401, reason: 'access revoked' },
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
