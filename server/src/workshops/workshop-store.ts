import { asc, eq, sql } from 'drizzle-orm';
import {
  initialSessionState,
  sessionStateSchema,
  workshopDefinitionSchema,
  type SessionState,
  type WorkshopDefinition,
} from '@mutopia/shared';
import type { Db } from '../db/database.js';
import { participants, tokenVersions, workshops } from '../db/schema.js';
import { initialBoardState, insertBoard, newBoardId, type BoardStore } from '../persistence/board-store.js';
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

/** Workshops, their participants and their stations' boards in SQLite. */
export class WorkshopStore {
  constructor(
    private readonly db: Db,
    private readonly boards: BoardStore,
  ) {}

  /** Creates the workshop with one board per station; returns the link secrets, which are not stored. */
  create(definition: WorkshopDefinition): {
    workshop: StoredWorkshop;
    facilitatorSecret: string;
    cofacilitatorSecret: string;
  } {
    const facilitatorSecret = newSecret();
    const cofacilitatorSecret = newSecret();
    const id = newWorkshopId();
    this.db.transaction((tx) => {
      tx.insert(workshops)
        .values({
          id,
          joinCode: this.unusedJoinCode(),
          definition: JSON.stringify(definition),
          state: JSON.stringify(initialSessionState()),
          facilitatorSecretHash: hashSecret(facilitatorSecret),
          cofacilitatorSecretHash: hashSecret(cofacilitatorSecret),
          createdAt: new Date(),
        })
        .run();
      this.insertMissingBoards(tx, id, definition, {});
    });
    return { workshop: this.get(id)!, facilitatorSecret, cofacilitatorSecret };
  }

  private unusedJoinCode(): string {
    // 31^6 ≈ 887 million codes; a clash is rare, but possible.
    for (;;) {
      const code = newJoinCode();
      if (!this.db.select({ id: workshops.id }).from(workshops).where(eq(workshops.joinCode, code)).get()) return code;
    }
  }

  private insertMissingBoards(
    tx: Pick<Db, 'insert'>,
    workshopId: string,
    definition: WorkshopDefinition,
    existing: Record<string, string>,
  ): void {
    for (const station of definition.stations) {
      if (existing[station.id]) continue;
      insertBoard(tx, newBoardId(), station.name, initialBoardState(station.name), {
        workshopId,
        stationId: station.id,
      });
    }
  }

  get(id: string): StoredWorkshop | undefined {
    const row = this.db.select().from(workshops).where(eq(workshops.id, id)).get();
    return row && fromRow(row);
  }

  byJoinCode(joinCode: string): StoredWorkshop | undefined {
    const row = this.db.select().from(workshops).where(eq(workshops.joinCode, joinCode)).get();
    return row && fromRow(row);
  }

  saveState(id: string, state: SessionState): void {
    this.db
      .update(workshops)
      .set({ state: JSON.stringify(state) })
      .where(eq(workshops.id, id))
      .run();
  }

  /** Stores an edited definition; stations that are new get a board. */
  saveDefinition(id: string, definition: WorkshopDefinition): void {
    this.db.transaction((tx) => {
      tx.update(workshops)
        .set({ definition: JSON.stringify(definition) })
        .where(eq(workshops.id, id))
        .run();
      this.insertMissingBoards(tx, id, definition, this.boards.stationBoards(id));
    });
  }

  /** A new facilitator secret; the old one and every facilitator token issued with it stop working. */
  rotateFacilitatorSecret(id: string): { secret: string; version: number } {
    const secret = newSecret();
    const row = this.db
      .update(workshops)
      .set({
        facilitatorSecretHash: hashSecret(secret),
        facilitatorTokenVersion: sql`${workshops.facilitatorTokenVersion} + 1`,
      })
      .where(eq(workshops.id, id))
      .returning({ version: workshops.facilitatorTokenVersion })
      .get();
    return { secret, version: row?.version ?? 0 };
  }

  /** A new co-facilitator secret; every co-facilitator token issued before stops working. */
  rotateCofacilitatorSecret(id: string): { secret: string; version: number } {
    const secret = newSecret();
    const version = this.db.transaction((tx) => {
      tx.update(workshops)
        .set({ cofacilitatorSecretHash: hashSecret(secret) })
        .where(eq(workshops.id, id))
        .run();
      return this.bump(tx, id, 'cofacilitator');
    });
    return { secret, version };
  }

  /** Makes every token of this holder (see token-versions.ts) stop working; returns the new version. */
  bumpTokenVersion(workshopId: string, subject: string): number {
    return this.bump(this.db, workshopId, subject);
  }

  private bump(tx: Pick<Db, 'insert'>, workshopId: string, subject: string): number {
    const row = tx
      .insert(tokenVersions)
      .values({ workshopId, subject, version: 1 })
      .onConflictDoUpdate({
        target: [tokenVersions.workshopId, tokenVersions.subject],
        set: { version: sql`${tokenVersions.version} + 1` },
      })
      .returning({ version: tokenVersions.version })
      .get();
    return row.version;
  }

  /** Subject → version of every holder of this workshop that was ever revoked. */
  tokenVersions(workshopId: string): Map<string, number> {
    const rows = this.db
      .select({ subject: tokenVersions.subject, version: tokenVersions.version })
      .from(tokenVersions)
      .where(eq(tokenVersions.workshopId, workshopId))
      .all();
    return new Map(rows.map((r) => [r.subject, r.version]));
  }

  addParticipant(workshopId: string, displayName: string, teamId: string | null): StoredParticipant {
    const participant = { id: newParticipantId(), workshopId, displayName, teamId };
    this.db
      .insert(participants)
      .values({ ...participant, createdAt: new Date() })
      .run();
    return participant;
  }

  /** Moves participants to other teams (or none) in one transaction. */
  setTeams(changes: ReadonlyArray<{ participantId: string; teamId: string | null }>): void {
    if (changes.length === 0) return;
    this.db.transaction((tx) => {
      for (const { participantId, teamId } of changes)
        tx.update(participants).set({ teamId }).where(eq(participants.id, participantId)).run();
    });
  }

  /** A person's new name or team, from the roster. */
  updateParticipant(id: string, change: { displayName?: string; teamId?: string | null }): void {
    this.db.update(participants).set(change).where(eq(participants.id, id)).run();
  }

  /**
   * Forgets a person: their row and with it their name (GDPR). What they wrote
   * on boards stays, as it carries no name; their votes stay counted.
   */
  removeParticipant(id: string): void {
    this.db.delete(participants).where(eq(participants.id, id)).run();
  }

  participant(id: string): StoredParticipant | undefined {
    return this.db
      .select({
        id: participants.id,
        workshopId: participants.workshopId,
        displayName: participants.displayName,
        teamId: participants.teamId,
      })
      .from(participants)
      .where(eq(participants.id, id))
      .get();
  }

  /** Everybody who joined, in join order. */
  participants(workshopId: string): StoredParticipant[] {
    return this.db
      .select({
        id: participants.id,
        workshopId: participants.workshopId,
        displayName: participants.displayName,
        teamId: participants.teamId,
      })
      .from(participants)
      .where(eq(participants.workshopId, workshopId))
      .orderBy(asc(participants.createdAt), asc(sql`rowid`))
      .all();
  }
}
