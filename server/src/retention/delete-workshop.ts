import { eq } from 'drizzle-orm';
import { topicPlanSchema, WS_CLOSE } from '@mutopia/shared';
import type { FastifyInstance } from 'fastify';
import { checkpoint } from '../db/database.js';
import { boards, series, workshops } from '../db/schema.js';
import { workshopRoom } from '../realtime/session-channel.js';
import { SyncConnection } from '../yjs/sync-connection.js';

/**
 * Deletes a workshop for good: its rows (boards, snapshots, update log,
 * participants, questions, votes, publication; the foreign keys cascade from
 * `workshops`), its place in a series' plan, and what is open of it (board
 * sockets close with 4410, session sockets are dropped, tickets voided).
 * Afterwards nothing of it is readable in the database file
 * (`secure_delete` plus a WAL checkpoint). Returns false if it did not exist.
 */
export function deleteWorkshop(
  app: FastifyInstance,
  workshopId: string,
  { keepSeriesLink = false }: { keepSeriesLink?: boolean } = {},
): boolean {
  const boardIds = new Set(Object.values(app.boards.stationBoards(workshopId)));
  if (!app.workshops.store.get(workshopId)) return false;

  app.boardTickets.revoke((holder) => holder.actor.workshopId === workshopId);
  for (const board of [...app.boardHost.loaded()]) {
    if (!boardIds.has(board.id)) continue;
    for (const peer of [...board.peers]) {
      // Off the board at once, so nothing it still sends is applied before the close completes.
      board.leave(peer);
      if (peer instanceof SyncConnection) peer.close(WS_CLOSE.workshopDeleted.code, WS_CLOSE.workshopDeleted.reason);
    }
    // Unloading now (not when the close completes) flushes its log while its rows still exist.
    app.boardHost.releaseIfIdle(board);
  }
  app.io.to(workshopRoom(workshopId)).emit('session:ended', { workshopId, reason: 'deleted' });
  // Not closing the transport: a closed one can drop the 'session:ended' still in its write buffer.
  app.io.in(workshopRoom(workshopId)).disconnectSockets(false);

  const { db, sqlite } = app.database;
  db.transaction((tx) => {
    const owner = tx.select({ seriesId: workshops.seriesId }).from(workshops).where(eq(workshops.id, workshopId)).get();
    // Kept results stay in the series' archive through the plan's link to the (deleted) workshop id.
    if (owner?.seriesId && !keepSeriesLink) forgetSeriesSession(tx, owner.seriesId, workshopId);
    // boards.workshop_id was added without ON DELETE CASCADE (migration 0001): boards go first,
    // taking their snapshots and update log with them; the other tables cascade from workshops.
    tx.delete(boards).where(eq(boards.workshopId, workshopId)).run();
    tx.delete(workshops).where(eq(workshops.id, workshopId)).run();
  });
  app.workshops.sessions.forget(workshopId);
  // Deleted for good means out of memory too, not only off the disk.
  app.results.forgetBoards([...boardIds]);
  checkpoint(sqlite!);
  return true;
}

type Tx = Parameters<Parameters<FastifyInstance['database']['db']['transaction']>[0]>[0];

/** The series' topic keeps its entry (topic and date) but no longer points at the deleted workshop. */
function forgetSeriesSession(tx: Tx, seriesId: string, workshopId: string): void {
  const row = tx.select({ plan: series.topicPlan }).from(series).where(eq(series.id, seriesId)).get();
  if (!row) return;
  const plan = topicPlanSchema.parse(JSON.parse(row.plan));
  const next = plan.map((entry) => {
    if (entry.workshopId !== workshopId) return entry;
    const { workshopId: _deleted, ...kept } = entry;
    return kept;
  });
  tx.update(series)
    .set({ topicPlan: JSON.stringify(next) })
    .where(eq(series.id, seriesId))
    .run();
}
