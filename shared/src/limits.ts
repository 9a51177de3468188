/** Limits that both sides know, so a client can refuse input before sending it. */
export const LIMITS = {
  /** Largest WebSocket message the Yjs endpoint accepts (ws `maxPayload`). */
  wsMaxMessageBytes: 1024 * 1024,
  /** Sustained Yjs messages per second per connection, and the burst above it. */
  wsMessagesPerSecond: 200,
  wsMessageBurst: 600,
  /** socket.io events per second per socket, and the burst above it. */
  socketEventsPerSecond: 30,
  socketEventBurst: 60,
  /** Largest socket.io message (engine.io `maxHttpBufferSize`). */
  socketMaxMessageBytes: 64 * 1024,
  boardTitleMaxLength: 120,
  displayNameMaxLength: 40,
  noteTextMaxLength: 2000,
  /** Board coordinates stay inside ±this so a runaway drag cannot lose a note. */
  boardExtent: 1_000_000,
  noteMinSize: 60,
  noteMaxSize: 1200,
  /** Board creations per minute per client address. */
  boardCreatesPerMinute: 30,
  /** Default cap of a board's stored size (server setting BOARD_MAX_BYTES). */
  boardMaxBytes: 8 * 1024 * 1024,
  /** Bytes of updates a board holds while they wait for a missing earlier update. */
  pendingMaxBytes: 256 * 1024,
  /** Structs an archive's boards may hold together (import). */
  archiveMaxStructs: 500_000,
} as const;
