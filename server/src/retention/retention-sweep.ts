import { setImmediate } from 'node:timers/promises';
import { deletionDate, isDueForDeletion } from '@mutopia/shared';
import type { FastifyInstance } from 'fastify';
import { workshops } from '../db/schema.js';
import { deleteWorkshop } from './delete-workshop.js';
import type { KeptResultsStore } from './kept-results.js';

/** The day a stored workshop will be deleted, from its definition's date (or creation) and RETENTION_DAYS. */
export function deletionDateOf(app: FastifyInstance, workshopId: string, retentionDays: number): string | null {
  const workshop = app.workshops.store.get(workshopId);
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
  const ids = app.database.db.select({ id: workshops.id }).from(workshops).all();
  const deleted: string[] = [];
  for (const { id } of ids) {
    if (!isDueForDeletion(deletionDateOf(app, id, retentionDays), now)) continue;
    // One workshop per turn of the event loop (each takes some 20-80 ms), so a daily sweep does not stall the event.
    if (deleted.length > 0) await setImmediate();
    if (stopped()) break;
    const results = kept.keepResults(id) ? app.results.build(id) : undefined;
    if (results) {
      const publication = app.results.publication.get(id);
      kept.save({
        workshopId: id,
        seriesId: app.series.store.seriesOf(id),
        results,
        publishVersion: publication?.published ? publication.version : null,
      });
    }
    if (deleteWorkshop(app, id, { keepSeriesLink: results !== undefined })) deleted.push(id);
  }
  return deleted;
}
