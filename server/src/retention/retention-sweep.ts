import { setImmediate } from 'node:timers/promises';
import { deletionDate, isDueForDeletion } from '@mutopia/shared';
import type { FastifyInstance } from 'fastify';
import { deleteWorkshop } from './delete-workshop.js';
import type { KeptResultsStore } from './kept-results.js';

/** The day a stored workshop will be deleted, from its definition's date (or creation) and RETENTION_DAYS. */
export async function deletionDateOf(
  app: FastifyInstance,
  workshopId: string,
  retentionDays: number,
): Promise<string | null> {
  const workshop = await app.workshops.store.get(workshopId);
  return workshop ? deletionDate(workshop.definition.date, workshop.createdAt, retentionDays) : null;
}

/**
 * Deletes every workshop whose retention period has passed. Where the
 * organiser chose to keep the results, the results (which hold no names) are
 * stored first, public under the same link if they were published.
 */
export async function sweepExpired(
  app: FastifyInstance,
  kept: KeptResultsStore,
  retentionDays: number,
  now: Date,
  stopped: () => boolean = () => false,
): Promise<string[]> {
  if (retentionDays <= 0) return [];
  const { db, t } = app.database;
  const ids = await db.select({ id: t.workshops.id }).from(t.workshops);
  const deleted: string[] = [];
  for (const { id } of ids) {
    if (!isDueForDeletion(await deletionDateOf(app, id, retentionDays), now)) continue;
    // One workshop per turn of the event loop (each takes some 20-80 ms), so a daily sweep does not stall the event.
    if (deleted.length > 0) await setImmediate();
    if (stopped()) break;
    const results = (await kept.keepResults(id)) ? await app.results.build(id) : undefined;
    if (results) {
      const publication = await app.results.publication.get(id);
      await kept.save({
        workshopId: id,
        seriesId: await app.series.store.seriesOf(id),
        results,
        publishVersion: publication?.published ? publication.version : null,
      });
    }
    if (await deleteWorkshop(app, id, { keepSeriesLink: results !== undefined })) deleted.push(id);
  }
  return deleted;
}
