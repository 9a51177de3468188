import { asc, desc, eq, sql } from 'drizzle-orm';
import {
  initialSessionState,
  sessionStateSchema,
  workshopDefinitionSchema,
  type SessionState,
  type WorkshopDefinition,
} from '@mutopia/shared';
import type { workshops } from '../db/schema.js';
import { first, type Db, type StoreDb } from '../db/store-db.js';
import { initialBoardState, newBoardId, type BoardStore } from '../persistence/board-store.js';
import { hashSecret, newJoinCode, newParticipantId, newSecret, newWorkshopId } from './secrets.js';

export interface StoredWorkshop {
  id: string;
  joinCode: string;
  definition: WorkshopDefinition;
  state: SessionState;
  facilitatorSecretHash: string;
  cofacilitatorSecretHash: string;
  facilitatorTokenVersion: number;
  createdAt: Date;
}

export interface StoredParticipant {
  id: string;
  workshopId: string;
  displayName: string;
  teamId: string | null;
}

type WorkshopRow = typeof workshops.$inferSelect;

function fromRow(row: WorkshopRow): StoredWorkshop {
  return {
    id: row.id,
    joinCode: row.joinCode,
    definition: workshopDefinitionSchema.parse(JSON.parse(row.definition)),
    state: sessionStateSchema.parse(JSON.parse(row.state)),
    facilitatorSecretHash: row.facilitatorSecretHash,
    cofacilitatorSecretHash: row.cofacilitatorSecretHash,
    facilitatorTokenVersion: row.facilitatorTokenVersion,
    createdAt: row.createdAt,
  };
}

/** Workshops, their participants and their stations' boards. */
export class WorkshopStore {
  private readonly db: Db;
  private readonly t: StoreDb['t'];

  constructor(
    private readonly store: StoreDb,
    private readonly boards: BoardStore,
  ) {
    this.db = store.db;
    this.t = store.t;
  }

  /** Creates the workshop with one board per station; returns the link secrets, which are not stored. */
  async create(definition: WorkshopDefinition): Promise<{
    workshop: StoredWorkshop;
    facilitatorSecret: string;
    cofacilitatorSecret: string;
  }> {
    const { workshops } = this.t;
    const facilitatorSecret = newSecret();
    const cofacilitatorSecret = newSecret();
    const id = newWorkshopId();
    await this.store.transaction(async (tx) => {
      await tx.insert(workshops).values({
        id,
        joinCode: await this.unusedJoinCode(tx),
        definition: JSON.stringify(definition),
        state: JSON.stringify(initialSessionState()),
        facilitatorSecretHash: hashSecret(facilitatorSecret),
        cofacilitatorSecretHash: hashSecret(cofacilitatorSecret),
        createdAt: new Date(),
      });
      await this.insertMissingBoards(tx, id, definition, {});
    });
    return { workshop: (await this.get(id))!, facilitatorSecret, cofacilitatorSecret };
  }

  private async unusedJoinCode(tx: Db): Promise<string> {
    const { workshops } = this.t;
    // 31^6 ≈ 887 million codes; a clash is rare, but possible.
    for (;;) {
      const code = newJoinCode();
      if (!(await first(tx.select({ id: workshops.id }).from(workshops).where(eq(workshops.joinCode, code)))))
        return code;
    }
  }

  private async insertMissingBoards(
    tx: Db,
    workshopId: string,
    definition: WorkshopDefinition,
    existing: Record<string, string>,
  ): Promise<void> {
    for (const station of definition.stations) {
      if (existing[station.id]) continue;
      await this.boards.insert(tx, newBoardId(), station.name, initialBoardState(station.name), {
        workshopId,
        stationId: station.id,
      });
    }
  }

  get dialect(): StoreDb['dialect'] {
    return this.store.dialect;
  }

  /** Runs `fn` in one transaction; the store's calls inside it join it (see StoreDb). */
  inTransaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.store.transaction(() => fn());
  }

  /**
   * PostgreSQL only, inside a transaction: locks the workshop's row until the
   * transaction ends (another node's change of it waits); false if it is gone.
   */
  async lockForUpdate(id: string): Promise<boolean> {
    const { workshops } = this.t;
    const query = this.db.select({ id: workshops.id }).from(workshops).where(eq(workshops.id, id));
    // The builder is typed as SQLite's (StoreDb.db), which has no FOR UPDATE; on PostgreSQL it is there.
    const locking = query as unknown as { for(strength: 'update'): PromiseLike<Array<{ id: string }>> };
    return (await first(locking.for('update'))) !== undefined;
  }

  async get(id: string): Promise<StoredWorkshop | undefined> {
    const { workshops } = this.t;
    const row = await first(this.db.select().from(workshops).where(eq(workshops.id, id)));
    return row && fromRow(row);
  }

  async byJoinCode(joinCode: string): Promise<StoredWorkshop | undefined> {
    const { workshops } = this.t;
    const row = await first(this.db.select().from(workshops).where(eq(workshops.joinCode, joinCode)));
    return row && fromRow(row);
  }

  async saveState(id: string, state: SessionState): Promise<void> {
    const { workshops } = this.t;
    await this.db
      .update(workshops)
      .set({ state: JSON.stringify(state) })
      .where(eq(workshops.id, id));
  }

  /** Stores an edited definition (and the members it moved); stations that are new get a board. */
  async saveDefinition(
    id: string,
    definition: WorkshopDefinition,
    moves: ReadonlyArray<{ participantId: string; teamId: string | null }> = [],
  ): Promise<void> {
    const { workshops, participants } = this.t;
    await this.store.transaction(async (tx) => {
      await tx
        .update(workshops)
        .set({ definition: JSON.stringify(definition) })
        .where(eq(workshops.id, id));
      await this.insertMissingBoards(tx, id, definition, await this.boards.stationBoards(id));
      for (const { participantId, teamId } of moves)
        await tx.update(participants).set({ teamId }).where(eq(participants.id, participantId));
    });
  }

  /** A new facilitator secret; the old one and every facilitator token issued with it stop working. */
  async rotateFacilitatorSecret(id: string): Promise<{ secret: string; version: number }> {
    const { workshops } = this.t;
    const secret = newSecret();
    const row = await first(
      this.db
        .update(workshops)
        .set({
          facilitatorSecretHash: hashSecret(secret),
          facilitatorTokenVersion: sql`${workshops.facilitatorTokenVersion} + 1`,
        })
        .where(eq(workshops.id, id))
        .returning({ version: workshops.facilitatorTokenVersion }),
    );
    return { secret, version: row?.version ?? 0 };
  }

  /** A new co-facilitator secret; every co-facilitator token issued before stops working. */
  async rotateCofacilitatorSecret(id: string): Promise<{ secret: string; version: number }> {
    const { workshops } = this.t;
    const secret = newSecret();
    const version = await this.store.transaction(async (tx) => {
      await tx
        .update(workshops)
        .set({ cofacilitatorSecretHash: hashSecret(secret) })
        .where(eq(workshops.id, id));
      return this.bump(tx, id, 'cofacilitator');
    });
    return { secret, version };
  }

  /** Makes every token of this holder (see token-versions.ts) stop working; returns the new version. */
  bumpTokenVersion(workshopId: string, subject: string): Promise<number> {
    return this.bump(this.db, workshopId, subject);
  }

  private async bump(tx: Db, workshopId: string, subject: string): Promise<number> {
    const { tokenVersions } = this.t;
    const row = await first(
      tx
        .insert(tokenVersions)
        .values({ workshopId, subject, version: 1 })
        .onConflictDoUpdate({
          target: [tokenVersions.workshopId, tokenVersions.subject],
          set: { version: sql`${tokenVersions.version} + 1` },
        })
        .returning({ version: tokenVersions.version }),
    );
    return row!.version;
  }

  /** Subject → version of every holder of this workshop that was ever revoked. */
  async tokenVersions(workshopId: string): Promise<Map<string, number>> {
    const { tokenVersions } = this.t;
    const rows = await this.db
      .select({ subject: tokenVersions.subject, version: tokenVersions.version })
      .from(tokenVersions)
      .where(eq(tokenVersions.workshopId, workshopId));
    return new Map(rows.map((r) => [r.subject, r.version]));
  }

  /**
   * Join order is createdAt, so a person who joins in the same millisecond as
   * the one before is stored a millisecond later: the order survives a restart
   * on any engine (no rowid to break ties).
   */
  async addParticipant(workshopId: string, displayName: string, teamId: string | null): Promise<StoredParticipant> {
    const { participants } = this.t;
    const participant = { id: newParticipantId(), workshopId, displayName, teamId };
    await this.store.transaction(async (tx) => {
      const last = await first(
        tx
          .select({ at: participants.createdAt })
          .from(participants)
          .where(eq(participants.workshopId, workshopId))
          .orderBy(desc(participants.createdAt))
          .limit(1),
      );
      const createdAt = new Date(Math.max(Date.now(), (last?.at.getTime() ?? 0) + 1));
      await tx.insert(participants).values({ ...participant, createdAt });
    });
    return participant;
  }

  /** A person's new name or team, from the roster. */
  async updateParticipant(id: string, change: { displayName?: string; teamId?: string | null }): Promise<void> {
    const { participants } = this.t;
    await this.db.update(participants).set(change).where(eq(participants.id, id));
  }

  /**
   * Forgets a person: their row and with it their name (GDPR). What they wrote
   * on boards stays, as it carries no name; their votes stay counted.
   */
  async removeParticipant(id: string): Promise<void> {
    const { participants } = this.t;
    await this.db.delete(participants).where(eq(participants.id, id));
  }

  async participant(id: string): Promise<StoredParticipant | undefined> {
    const { participants } = this.t;
    return first(
      this.db
        .select({
          id: participants.id,
          workshopId: participants.workshopId,
          displayName: participants.displayName,
          teamId: participants.teamId,
        })
        .from(participants)
        .where(eq(participants.id, id)),
    );
  }

  /** Everybody who joined, in join order (see addParticipant). */
  async participants(workshopId: string): Promise<StoredParticipant[]> {
    const { participants } = this.t;
    return this.db
      .select({
        id: participants.id,
        workshopId: participants.workshopId,
        displayName: participants.displayName,
        teamId: participants.teamId,
      })
      .from(participants)
      .where(eq(participants.workshopId, workshopId))
      .orderBy(asc(participants.createdAt), asc(participants.id));
  }
}
