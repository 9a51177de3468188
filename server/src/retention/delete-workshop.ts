import { eq } from 'drizzle-orm';
import { topicPlanSchema, WS_CLOSE } from '@mutopia/shared';
import type { FastifyInstance } from 'fastify';
import { first, type Db, type Tables } from '../db/store-db.js';
import { workshopRoom } from '../realtime/session-channel.js';
import { SyncConnection } from '../yjs/sync-connection.js';

/**
 * Deletes a workshop for good: its rows (boards, snapshots, update log,
 * participants, questions, votes, publication; the foreign keys cascade from
 * `workshops`), its place in a series' plan, and what is open of it (board
 * sockets close with 4410, session sockets are dropped, tickets voided).
 * Afterwards nothing of it is readable in the database file
 * (`secure_delete` plus a WAL checkpoint). Returns false if it did not exist.
 * Session sockets hear of it only after the rows are gone and the workshop is
 * out of memory: one that reconnects meanwhile is refused as deleted.
 */
export async function deleteWorkshop(
  app: FastifyInstance,
  workshopId: string,
  { keepSeriesLink = false }: { keepSeriesLink?: boolean } = {},
): Promise<boolean> {
  const boardIds = new Set(Object.values(await app.boards.stationBoards(workshopId)));
  if (!(await app.workshops.store.get(workshopId))) return false;

  await closeWorkshopHere(app, workshopId, boardIds);

  const { t } = app.database;
  await app.database.transaction(async (tx) => {
    const owner = await first(
      tx.select({ seriesId: t.workshops.seriesId }).from(t.workshops).where(eq(t.workshops.id, workshopId)),
    );
    // Kept results stay in the series' archive through the plan's link to the (deleted) workshop id.
    if (owner?.seriesId && !keepSeriesLink) await forgetSeriesSession(tx, t, owner.seriesId, workshopId);
    // boards.workshop_id was added without ON DELETE CASCADE (migration 0001): boards go first,
    // taking their snapshots and update log with them; the other tables cascade from workshops.
    await tx.delete(t.boards).where(eq(t.boards.workshopId, workshopId));
    await tx.delete(t.workshops).where(eq(t.workshops.id, workshopId));
  });
  app.workshops.sessions.forget(workshopId);
  // Other nodes forget it too and close its boards' connections they hold (cluster/workshop-bus.ts).
  await app.workshops.sessions.announceDeleted(workshopId, [...boardIds]);
  app.io.to(workshopRoom(workshopId)).emit('session:ended', { workshopId, reason: 'deleted' });
  // Not closing the transport: a closed one can drop the 'session:ended' still in its write buffer.
  app.io.in(workshopRoom(workshopId)).disconnectSockets(false);
  // Deleted for good means out of memory too, not only off the disk.
  app.results.forgetBoards([...boardIds]);
  await app.database.checkpoint();
  return true;
}

/**
 * Closes what this node holds of a workshop being deleted: board tickets, board
 * connections (4410) and the boards themselves. Also run by the other nodes when
 * one of them deleted it.
 */
export async function closeWorkshopHere(
  app: FastifyInstance,
  workshopId: string,
  boardIds: ReadonlySet<string>,
): Promise<void> {
  app.boardTickets.revoke((holder) => holder.actor.workshopId === workshopId);
  for (const board of [...app.boardHost.loaded()]) {
    if (!boardIds.has(board.id)) continue;
    for (const peer of [...board.peers]) {
      // Off the board at once, so nothing it still sends is applied before the close completes.
      board.leave(peer);
      if (peer instanceof SyncConnection) peer.close(WS_CLOSE.workshopDeleted.code, WS_CLOSE.workshopDeleted.reason);
    }
  }
  // Unloading now (not when the close completes) flushes its log while its rows still exist,
  // also of a board a connection is still opening (BoardHost.retire).
  for (const boardId of boardIds) await app.boardHost.retire(boardId);
}

/** The series' topic keeps its entry (topic and date) but no longer points at the deleted workshop. */
async function forgetSeriesSession(tx: Db, t: Tables, seriesId: string, workshopId: string): Promise<void> {
  const row = await first(tx.select({ plan: t.series.topicPlan }).from(t.series).where(eq(t.series.id, seriesId)));
  if (!row) return;
  const plan = topicPlanSchema.parse(JSON.parse(row.plan));
  const next = plan.map((entry) => {
    if (entry.workshopId !== workshopId) return entry;
    const { workshopId: _deleted, ...kept } = entry;
    return kept;
  });
  await tx
    .update(t.series)
    .set({ topicPlan: JSON.stringify(next) })
    .where(eq(t.series.id, seriesId));
}
