import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { workshops } from '../db/schema.js';

export interface PublicationState {
  published: boolean;
  version: number;
}

/** Whether a workshop's results are public, and under which version of the link. */
export class PublicationStore {
  constructor(private readonly db: Db) {}

  get(workshopId: string): PublicationState | undefined {
    return this.db
      .select({ published: workshops.published, version: workshops.publishVersion })
      .from(workshops)
      .where(eq(workshops.id, workshopId))
      .get();
  }

  /** Publishing an unpublished workshop starts a new link version; publishing twice keeps the link. */
  publish(workshopId: string): PublicationState | undefined {
    const current = this.get(workshopId);
    if (!current || current.published) return current;
    return this.db
      .update(workshops)
      .set({ published: true, publishVersion: sql`${workshops.publishVersion} + 1` })
      .where(eq(workshops.id, workshopId))
      .returning({ published: workshops.published, version: workshops.publishVersion })
      .get();
  }

  withdraw(workshopId: string): PublicationState | undefined {
    return this.db
      .update(workshops)
      .set({ published: false })
      .where(eq(workshops.id, workshopId))
      .returning({ published: workshops.published, version: workshops.publishVersion })
      .get();
  }
}
