import { asc, eq, sql } from 'drizzle-orm';
import { customAlphabet } from 'nanoid';
import { topicPlanSchema, type Locale, type TopicPlan } from '@mutopia/shared';
import type { series } from '../db/schema.js';
import { first, type Db, type StoreDb } from '../db/store-db.js';
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

/** Series and which workshops are their sessions. */
export class SeriesStore {
  private readonly db: Db;
  private readonly t: StoreDb['t'];

  constructor(private readonly store: StoreDb) {
    this.db = store.db;
    this.t = store.t;
  }

  /** Returns the secret of the series link, which is stored only as a hash. */
  async create(init: { title: string; locale: Locale; templateId: string; topicPlan: TopicPlan }): Promise<{
    series: StoredSeries;
    facilitatorSecret: string;
  }> {
    const { series } = this.t;
    const facilitatorSecret = newSecret();
    const id = newSeriesId();
    const row = await first(
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
        .returning(),
    );
    return { series: fromRow(row!), facilitatorSecret };
  }

  async get(id: string): Promise<StoredSeries | undefined> {
    const { series } = this.t;
    const row = await first(this.db.select().from(series).where(eq(series.id, id)));
    return row && fromRow(row);
  }

  async savePlan(id: string, plan: TopicPlan): Promise<void> {
    const { series } = this.t;
    await this.db
      .update(series)
      .set({ topicPlan: JSON.stringify(plan) })
      .where(eq(series.id, id));
  }

  /** A new archive link: the old one stops working. */
  async bumpArchiveVersion(id: string): Promise<number> {
    const { series } = this.t;
    const row = await first(
      this.db
        .update(series)
        .set({ archiveVersion: sql`${series.archiveVersion} + 1` })
        .where(eq(series.id, id))
        .returning({ version: series.archiveVersion }),
    );
    return row?.version ?? 0;
  }

  /** Makes the workshop a session of the series and stores the plan that links to it, at once. */
  async attachSession(seriesId: string, workshopId: string, plan: TopicPlan): Promise<void> {
    const { series, workshops } = this.t;
    await this.store.transaction(async (tx) => {
      await tx.update(workshops).set({ seriesId }).where(eq(workshops.id, workshopId));
      await tx
        .update(series)
        .set({ topicPlan: JSON.stringify(plan) })
        .where(eq(series.id, seriesId));
    });
  }

  /** The series' workshops in creation order, with the `published` flag the results part keeps. */
  async sessions(seriesId: string): Promise<Array<{ workshopId: string; published: boolean }>> {
    const { workshops } = this.t;
    return this.db
      .select({ workshopId: workshops.id, published: workshops.published })
      .from(workshops)
      .where(eq(workshops.seriesId, seriesId))
      .orderBy(asc(workshops.createdAt), asc(workshops.id));
  }

  async seriesOf(workshopId: string): Promise<string | null> {
    const { workshops } = this.t;
    const row = await first(
      this.db.select({ seriesId: workshops.seriesId }).from(workshops).where(eq(workshops.id, workshopId)),
    );
    return row?.seriesId ?? null;
  }
}
