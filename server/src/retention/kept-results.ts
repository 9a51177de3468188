import { eq } from 'drizzle-orm';
import { workshopResultsSchema, type WorkshopResults } from '@mutopia/shared';
import type { Db } from '../db/database.js';
import type { PublishKeys } from '../results/publish-key.js';
import { keptResults, workshops } from '../db/schema.js';

export interface KeptResults {
  workshopId: string;
  seriesId: string | null;
  results: WorkshopResults;
  /** The publication's link version while public; null: not public. */
  publishVersion: number | null;
}

/**
 * The results of deleted workshops whose organiser chose to keep them. Results
 * carry no names of people (teams, rooms, notes and tallies only), so they are
 * what is left once everything personal is gone.
 */
export class KeptResultsStore {
  constructor(private readonly db: Db) {}

  keepResults(workshopId: string): boolean {
    return (
      this.db.select({ keep: workshops.keepResults }).from(workshops).where(eq(workshops.id, workshopId)).get()?.keep ??
      false
    );
  }

  setKeepResults(workshopId: string, keep: boolean): void {
    this.db.update(workshops).set({ keepResults: keep }).where(eq(workshops.id, workshopId)).run();
  }

  save(kept: KeptResults): void {
    const row = {
      workshopId: kept.workshopId,
      seriesId: kept.seriesId,
      results: JSON.stringify(kept.results),
      publishVersion: kept.publishVersion,
      keptAt: new Date(),
    };
    this.db.insert(keptResults).values(row).onConflictDoUpdate({ target: keptResults.workshopId, set: row }).run();
  }

  /** Kept results that were public when their workshop was deleted, under the same link; else undefined. */
  publicResults(workshopId: string, key: string, keys: PublishKeys): WorkshopResults | undefined {
    const kept = this.get(workshopId);
    if (!kept || kept.publishVersion === null || !keys.matches(workshopId, kept.publishVersion, key)) return undefined;
    return kept.results;
  }

  /** The public link of kept results that were published (`/r/<workshopId>/<key>`), for the series archive; else null. */
  publicPath(workshopId: string | undefined, keys: PublishKeys): string | null {
    const row =
      workshopId &&
      this.db
        .select({ version: keptResults.publishVersion })
        .from(keptResults)
        .where(eq(keptResults.workshopId, workshopId))
        .get();
    return row && row.version !== null ? `/r/${workshopId}/${keys.keyFor(workshopId, row.version)}` : null;
  }

  get(workshopId: string): KeptResults | undefined {
    const row = this.db.select().from(keptResults).where(eq(keptResults.workshopId, workshopId)).get();
    return (
      row && {
        workshopId: row.workshopId,
        seriesId: row.seriesId,
        results: workshopResultsSchema.parse(JSON.parse(row.results)),
        publishVersion: row.publishVersion,
      }
    );
  }
}
