import { eq } from 'drizzle-orm';
import { workshopResultsSchema, type WorkshopResults } from '@mutopia/shared';
import { first, type Db, type StoreDb } from '../db/store-db.js';
import type { PublishKeys } from '../results/publish-key.js';

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
  private readonly db: Db;
  private readonly t: StoreDb['t'];

  constructor(store: StoreDb) {
    this.db = store.db;
    this.t = store.t;
  }

  async keepResults(workshopId: string): Promise<boolean> {
    const { workshops } = this.t;
    const row = await first(
      this.db.select({ keep: workshops.keepResults }).from(workshops).where(eq(workshops.id, workshopId)),
    );
    return row?.keep ?? false;
  }

  async setKeepResults(workshopId: string, keep: boolean): Promise<void> {
    const { workshops } = this.t;
    await this.db.update(workshops).set({ keepResults: keep }).where(eq(workshops.id, workshopId));
  }

  async save(kept: KeptResults): Promise<void> {
    const { keptResults } = this.t;
    const row = {
      workshopId: kept.workshopId,
      seriesId: kept.seriesId,
      results: JSON.stringify(kept.results),
      publishVersion: kept.publishVersion,
      keptAt: new Date(),
    };
    await this.db.insert(keptResults).values(row).onConflictDoUpdate({ target: keptResults.workshopId, set: row });
  }

  /** Kept results that were public when their workshop was deleted, under the same link; else undefined. */
  async publicResults(workshopId: string, key: string, keys: PublishKeys): Promise<WorkshopResults | undefined> {
    const kept = await this.get(workshopId);
    if (!kept || kept.publishVersion === null || !keys.matches(workshopId, kept.publishVersion, key)) return undefined;
    return kept.results;
  }

  /** The public link of kept results that were published (`/r/<workshopId>/<key>`), for the series archive; else null. */
  async publicPath(workshopId: string | undefined, keys: PublishKeys): Promise<string | null> {
    if (!workshopId) return null;
    const { keptResults } = this.t;
    const row = await first(
      this.db
        .select({ version: keptResults.publishVersion })
        .from(keptResults)
        .where(eq(keptResults.workshopId, workshopId)),
    );
    return row && row.version !== null ? `/r/${workshopId}/${keys.keyFor(workshopId, row.version)}` : null;
  }

  async get(workshopId: string): Promise<KeptResults | undefined> {
    const { keptResults } = this.t;
    const row = await first(this.db.select().from(keptResults).where(eq(keptResults.workshopId, workshopId)));
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
