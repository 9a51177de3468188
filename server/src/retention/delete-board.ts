import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { WS_CLOSE } from '@mutopia/shared';
import type { FastifyInstance } from 'fastify';
import { SyncConnection } from '../yjs/sync-connection.js';

/**
 * The key a plain board's creator deletes it with: an HMAC over the board id
 * with the token signing key, so nothing secret is stored. Returned once, when
 * the board is created, and kept in the creator's browser.
 */
export function boardDeleteKey(app: FastifyInstance, boardId: string): string {
  return app.workshops.tokens.linkKey('board-delete', boardId);
}

export function isBoardDeleteKey(app: FastifyInstance, boardId: string, candidate: string): boolean {
  const expected = Buffer.from(boardDeleteKey(app, boardId));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Deletes a plain board for good: its sockets close with 4410 (board deleted),
 * its row goes and takes its snapshot and update log along (foreign keys
 * cascade), and `secure_delete` with a WAL checkpoint leaves nothing of it
 * readable in the database file. Workshop boards go only with their workshop.
 */
export async function deletePlainBoard(app: FastifyInstance, boardId: string): Promise<boolean> {
  const access = await app.boards.access(boardId);
  if (!access || access.workshopId !== null) return false;
  for (const board of [...app.boardHost.loaded()]) {
    if (board.id !== boardId) continue;
    for (const peer of [...board.peers]) {
      // Off the board at once, so nothing it still sends is applied before the close completes.
      board.leave(peer);
      if (peer instanceof SyncConnection) peer.close(WS_CLOSE.boardDeleted.code, WS_CLOSE.boardDeleted.reason);
    }
  }
  // Unloading now flushes its log while its row still exists, even with a connection still opening it.
  await app.boardHost.retire(boardId);
  const { db, t } = app.database;
  await db.delete(t.boards).where(eq(t.boards.id, boardId));
  app.results.forgetBoards([boardId]);
  await app.database.checkpoint();
  return true;
}
