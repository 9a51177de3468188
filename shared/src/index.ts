export * from './protocol.js';
export * from './limits.js';
export * from './ids.js';
export * from './rest.js';
export * from './socket-events.js';
export * from './board/note.js';
export * from './board/board-doc.js';
export * from './workshop/index.js';
