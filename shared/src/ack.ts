/**
 * The plain answer to a socket.io command. Its own module because both the
 * event maps (socket-events.ts) and the session events (workshop-api.ts) use
 * it, and socket-events.ts already imports workshop-api.ts.
 */
export type Ack = { ok: true } | { ok: false; error: string };
