import { and, eq, sql } from 'drizzle-orm';
import { first, type Db, type StoreDb } from '../db/store-db.js';

export interface PublicationState {
  published: boolean;
  version: number;
}

/** Whether a workshop's results are public, and under which version of the link. */
export class PublicationStore {
  private readonly db: Db;
  private readonly t: StoreDb['t'];

  constructor(store: StoreDb) {
    this.db = store.db;
    this.t = store.t;
  }

  async get(workshopId: string): Promise<PublicationState | undefined> {
    const { workshops } = this.t;
    return first(
      this.db
        .select({ published: workshops.published, version: workshops.publishVersion })
        .from(workshops)
        .where(eq(workshops.id, workshopId)),
    );
  }

  /**
   * Publishing an unpublished workshop starts a new link version; publishing twice keeps the link.
   * One conditional update, so two publishes at once cannot both count up.
   */
  async publish(workshopId: string): Promise<PublicationState | undefined> {
    const { workshops } = this.t;
    const row = await first(
      this.db
        .update(workshops)
        .set({ published: true, publishVersion: sql`${workshops.publishVersion} + 1` })
        .where(and(eq(workshops.id, workshopId), eq(workshops.published, false)))
        .returning({ published: workshops.published, version: workshops.publishVersion }),
    );
    return row ?? this.get(workshopId);
  }

  async withdraw(workshopId: string): Promise<PublicationState | undefined> {
    const { workshops } = this.t;
    return first(
      this.db
        .update(workshops)
        .set({ published: false })
        .where(eq(workshops.id, workshopId))
        .returning({ published: workshops.published, version: workshops.publishVersion }),
    );
  }
}
