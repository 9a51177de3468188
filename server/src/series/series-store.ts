import { asc, eq, sql } from 'drizzle-orm';
import { customAlphabet } from 'nanoid';
import { topicPlanSchema, type Locale, type TopicPlan } from '@mutopia/shared';
import type { Db } from '../db/database.js';
import { series, workshops } from '../db/schema.js';
import { hashSecret, newSecret } from '../workshops/secrets.js';

export interface StoredSeries {
  id: string;
  title: string;
  locale: Locale;
  templateId: string;
  topicPlan: TopicPlan;
  facilitatorSecretHash: string;
  archiveVersion: number;
  createdAt: Date;
}

const newSeriesId = customAlphabet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 12);

type SeriesRow = typeof series.$inferSelect;

function fromRow(row: SeriesRow): StoredSeries {
  return {
    id: row.id,
    title: row.title,
    locale: row.locale === 'en' ? 'en' : 'de',
    templateId: row.templateId,
    topicPlan: topicPlanSchema.parse(JSON.parse(row.topicPlan)),
    facilitatorSecretHash: row.facilitatorSecretHash,
    archiveVersion: row.archiveVersion,
    createdAt: row.createdAt,
  };
}

/** Series and which workshops are their sessions, in SQLite. */
export class SeriesStore {
  constructor(private readonly db: Db) {}

  /** Returns the secret of the series link, which is stored only as a hash. */
  create(init: { title: string; locale: Locale; templateId: string; topicPlan: TopicPlan }): {
    series: StoredSeries;
    facilitatorSecret: string;
  } {
    const facilitatorSecret = newSecret();
    const id = newSeriesId();
    this.db
      .insert(series)
      .values({
        id,
        title: init.title,
        locale: init.locale,
        templateId: init.templateId,
        topicPlan: JSON.stringify(init.topicPlan),
        facilitatorSecretHash: hashSecret(facilitatorSecret),
        createdAt: new Date(),
      })
      .run();
    return { series: this.get(id)!, facilitatorSecret };
  }

  get(id: string): StoredSeries | undefined {
    const row = this.db.select().from(series).where(eq(series.id, id)).get();
    return row && fromRow(row);
  }

  savePlan(id: string, plan: TopicPlan): void {
    this.db
      .update(series)
      .set({ topicPlan: JSON.stringify(plan) })
      .where(eq(series.id, id))
      .run();
  }

  /** A new archive link: the old one stops working. */
  bumpArchiveVersion(id: string): number {
    const row = this.db
      .update(series)
      .set({ archiveVersion: sql`${series.archiveVersion} + 1` })
      .where(eq(series.id, id))
      .returning({ version: series.archiveVersion })
      .get();
    return row?.version ?? 0;
  }

  /** Makes the workshop a session of the series and stores the plan that links to it, at once. */
  attachSession(seriesId: string, workshopId: string, plan: TopicPlan): void {
    this.db.transaction((tx) => {
      tx.update(workshops).set({ seriesId }).where(eq(workshops.id, workshopId)).run();
      tx.update(series)
        .set({ topicPlan: JSON.stringify(plan) })
        .where(eq(series.id, seriesId))
        .run();
    });
  }

  /** The series' workshops in creation order, with the `published` flag the results part keeps. */
  sessions(seriesId: string): Array<{ workshopId: string; published: boolean }> {
    return this.db
      .select({ workshopId: workshops.id, published: workshops.published })
      .from(workshops)
      .where(eq(workshops.seriesId, seriesId))
      .orderBy(asc(workshops.createdAt), asc(sql`rowid`))
      .all();
  }

  seriesOf(workshopId: string): string | null {
    return (
      this.db.select({ seriesId: workshops.seriesId }).from(workshops).where(eq(workshops.id, workshopId)).get()
        ?.seriesId ?? null
    );
  }
}
