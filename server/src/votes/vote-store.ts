import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  castRefusal,
  retractRefusal,
  voteItemSchema,
  VOTE_LIMITS,
  voteStatusSchema,
  type ExportedVoteSession,
  type VoteDots,
  type VoteError,
  type VoteItem,
  type VoteProgress,
  type VoteStatus,
} from '@mutopia/shared';
import { z } from 'zod';
import type { voteSessions } from '../db/schema.js';
import { affectedRows, first, type Db, type StoreDb } from '../db/store-db.js';
import { exportVoteSessions, importVoteSessions, newVoteSessionId } from './vote-archive.js';

export interface VoteSessionRecord {
  id: string;
  workshopId: string;
  stationId: string | null;
  title: string;
  items: VoteItem[];
  budget: number;
  capPerItem: number | null;
  status: VoteStatus;
  promoted: string[];
  /** The phase it belongs to: the one it was opened in, from its reveal on the one it was revealed in (null: before the start, or imported). */
  phaseIndex: number | null;
  createdAt: number;
  closedAt: number | null;
  revealedAt: number | null;
}

/** The contract the results page builds on: revealed votes with their tallies, never who voted. */
export interface RevealedVote {
  id: string;
  title: string;
  stationId: string | null;
  budget: number;
  items: Array<VoteItem & { count: number }>;
  promoted: string[];
  revealedAt: number;
}

export type DotOutcome = { ok: true; dots: VoteDots } | { ok: false; error: VoteError };

type Row = typeof voteSessions.$inferSelect;

const itemsSchema = z.array(voteItemSchema);
const promotedSchema = z.array(z.string());

function fromRow(row: Row): VoteSessionRecord {
  return {
    id: row.id,
    workshopId: row.workshopId,
    stationId: row.stationId,
    title: row.title,
    items: itemsSchema.parse(JSON.parse(row.items)),
    budget: row.budget,
    capPerItem: row.capPerItem,
    status: voteStatusSchema.parse(row.status),
    promoted: row.promoted ? promotedSchema.parse(JSON.parse(row.promoted)) : [],
    phaseIndex: row.phaseIndex,
    createdAt: row.createdAt.getTime(),
    closedAt: row.closedAt?.getTime() ?? null,
    revealedAt: row.revealedAt?.getTime() ?? null,
  };
}

function rules(session: VoteSessionRecord) {
  return {
    status: session.status,
    budget: session.budget,
    capPerItem: session.capPerItem,
    itemIds: session.items.map((i) => i.id),
  };
}

/**
 * Vote sessions and their dots. A dot is checked against the budget and the
 * cap in the same transaction that inserts it, which first locks the vote's
 * row, so however many people click at once (on however many nodes) nobody
 * overspends and no dot lands after the reveal. Nothing here returns who voted
 * for what.
 */
export class VoteStore {
  private readonly db: Db;
  private readonly t: StoreDb['t'];

  constructor(
    private readonly store: StoreDb,
    private readonly now: () => number = Date.now,
  ) {
    this.db = store.db;
    this.t = store.t;
  }

  async create(
    workshopId: string,
    init: {
      stationId: string | null;
      title: string;
      items: VoteItem[];
      budget: number;
      capPerItem: number | null;
      phaseIndex: number | null;
    },
  ): Promise<VoteSessionRecord | VoteError> {
    const { voteSessions } = this.t;
    return this.store.transaction(async (tx) => {
      const existing = await tx
        .select({ stationId: voteSessions.stationId, status: voteSessions.status, createdAt: voteSessions.createdAt })
        .from(voteSessions)
        .where(eq(voteSessions.workshopId, workshopId));
      if (existing.length >= VOTE_LIMITS.sessionsPerWorkshop) return 'too_many_sessions';
      // One open vote per board (and one workshop-wide): the panel shows "the" vote.
      if (existing.some((s) => s.stationId === init.stationId && s.status === 'open')) return 'vote_in_progress';
      // Listed by createdAt: a vote opened in the same millisecond as another is stored one later, so the order holds.
      const latest = Math.max(0, ...existing.map((s) => s.createdAt.getTime()));
      const id = newVoteSessionId();
      const row = await first(
        tx
          .insert(voteSessions)
          .values({
            id,
            workshopId,
            stationId: init.stationId,
            title: init.title,
            items: JSON.stringify(init.items),
            budget: init.budget,
            capPerItem: init.capPerItem,
            status: 'open',
            promoted: JSON.stringify([]),
            phaseIndex: init.phaseIndex,
            createdAt: new Date(Math.max(this.now(), latest + 1)),
          })
          .returning(),
      );
      return fromRow(row!);
    });
  }

  async get(workshopId: string, sessionId: string, db: Db = this.db): Promise<VoteSessionRecord | undefined> {
    const { voteSessions } = this.t;
    const row = await first(
      db
        .select()
        .from(voteSessions)
        .where(and(eq(voteSessions.id, sessionId), eq(voteSessions.workshopId, workshopId))),
    );
    return row && fromRow(row);
  }

  /** Oldest first. */
  async list(workshopId: string): Promise<VoteSessionRecord[]> {
    const { voteSessions } = this.t;
    const rows = await this.db
      .select()
      .from(voteSessions)
      .where(eq(voteSessions.workshopId, workshopId))
      .orderBy(asc(voteSessions.createdAt), asc(voteSessions.id));
    return rows.map(fromRow);
  }

  /**
   * Reads the vote and locks its row until the transaction ends (a write that
   * changes nothing: portable, where SELECT … FOR UPDATE is PostgreSQL's alone).
   * SQLite runs one writer at a time anyway.
   */
  private async locked(tx: Db, workshopId: string, sessionId: string): Promise<VoteSessionRecord | undefined> {
    const { voteSessions } = this.t;
    const row = await first(
      tx
        .update(voteSessions)
        .set({ status: sql`${voteSessions.status}` })
        .where(and(eq(voteSessions.id, sessionId), eq(voteSessions.workshopId, workshopId)))
        .returning(),
    );
    return row && fromRow(row);
  }

  /** One more dot from this participant on this item, if the rules allow it. */
  cast(workshopId: string, sessionId: string, participantId: string, itemId: string): Promise<DotOutcome> {
    const { votes } = this.t;
    return this.store.transaction(async (tx): Promise<DotOutcome> => {
      const session = await this.locked(tx, workshopId, sessionId);
      if (!session) return { ok: false, error: 'unknown_session' };
      const mine = await this.mine(sessionId, participantId, tx);
      const refusal = castRefusal(rules(session), mine, itemId);
      if (refusal) return { ok: false, error: refusal };
      await tx.insert(votes).values({ sessionId, participantId, itemId, createdAt: new Date(this.now()) });
      return { ok: true, dots: { ...mine, [itemId]: (mine[itemId] ?? 0) + 1 } };
    });
  }

  /** Takes back this participant's latest dot on the item. */
  retract(workshopId: string, sessionId: string, participantId: string, itemId: string): Promise<DotOutcome> {
    const { votes } = this.t;
    return this.store.transaction(async (tx): Promise<DotOutcome> => {
      const session = await this.locked(tx, workshopId, sessionId);
      if (!session) return { ok: false, error: 'unknown_session' };
      const mine = await this.mine(sessionId, participantId, tx);
      const refusal = retractRefusal(rules(session), mine, itemId);
      if (refusal) return { ok: false, error: refusal };
      const latest = await first(
        tx
          .select({ id: votes.id })
          .from(votes)
          .where(and(eq(votes.sessionId, sessionId), eq(votes.participantId, participantId), eq(votes.itemId, itemId)))
          .orderBy(desc(votes.id))
          .limit(1),
      );
      await tx.delete(votes).where(eq(votes.id, latest!.id));
      const dots = { ...mine, [itemId]: mine[itemId]! - 1 };
      if (dots[itemId] === 0) delete dots[itemId];
      return { ok: true, dots };
    });
  }

  close(workshopId: string, sessionId: string): Promise<VoteSessionRecord | VoteError> {
    const { voteSessions } = this.t;
    return this.store.transaction(async (tx) => {
      const session = await this.locked(tx, workshopId, sessionId);
      if (!session) return 'unknown_session';
      if (session.status !== 'open') return 'vote_closed';
      const row = await first(
        tx
          .update(voteSessions)
          .set({ status: 'closed', closedAt: new Date(this.now()) })
          .where(eq(voteSessions.id, sessionId))
          .returning(),
      );
      return fromRow(row!);
    });
  }

  /**
   * Closes an open vote in the same transaction, so no dot lands after the tallies are out.
   * A result revealed in a later phase belongs to that phase: phones show it there.
   */
  reveal(workshopId: string, sessionId: string, phaseIndex: number | null): Promise<VoteSessionRecord | VoteError> {
    const { voteSessions } = this.t;
    return this.store.transaction(async (tx) => {
      const session = await this.locked(tx, workshopId, sessionId);
      if (!session) return 'unknown_session';
      if (session.status === 'revealed') return session;
      const at = new Date(this.now());
      const row = await first(
        tx
          .update(voteSessions)
          .set({
            status: 'revealed',
            revealedAt: at,
            closedAt: session.closedAt === null ? at : new Date(session.closedAt),
            phaseIndex: phaseIndex ?? session.phaseIndex,
          })
          .where(eq(voteSessions.id, sessionId))
          .returning(),
      );
      return fromRow(row!);
    });
  }

  async setPromoted(sessionId: string, promoted: readonly string[]): Promise<void> {
    const { voteSessions } = this.t;
    await this.db
      .update(voteSessions)
      .set({ promoted: JSON.stringify(promoted) })
      .where(eq(voteSessions.id, sessionId));
  }

  async delete(workshopId: string, sessionId: string): Promise<boolean> {
    const { voteSessions } = this.t;
    const result = await this.db
      .delete(voteSessions)
      .where(and(eq(voteSessions.id, sessionId), eq(voteSessions.workshopId, workshopId)));
    return affectedRows(result) > 0;
  }

  /** Dots per item. The server decides who may see them (see vote-rules). */
  async tallies(sessionId: string): Promise<VoteDots> {
    const { votes } = this.t;
    const rows = await this.db
      .select({ itemId: votes.itemId, count: sql<number>`count(*)` })
      .from(votes)
      .where(eq(votes.sessionId, sessionId))
      .groupBy(votes.itemId);
    return Object.fromEntries(rows.map((r) => [r.itemId, Number(r.count)]));
  }

  async mine(sessionId: string, participantId: string, db: Db = this.db): Promise<VoteDots> {
    const { votes } = this.t;
    const rows = await db
      .select({ itemId: votes.itemId, count: sql<number>`count(*)` })
      .from(votes)
      .where(and(eq(votes.sessionId, sessionId), eq(votes.participantId, participantId)))
      .groupBy(votes.itemId);
    // Number(): PostgreSQL's count is a bigint, which node-postgres hands over as a string.
    return Object.fromEntries(rows.map((r) => [r.itemId, Number(r.count)]));
  }

  /** A participant's dots in each of the given sessions. */
  async mineIn(sessionIds: readonly string[], participantId: string): Promise<Record<string, VoteDots>> {
    const { votes } = this.t;
    const out: Record<string, VoteDots> = Object.fromEntries(sessionIds.map((id) => [id, {}]));
    if (sessionIds.length === 0) return out;
    const rows = await this.db
      .select({ sessionId: votes.sessionId, itemId: votes.itemId, count: sql<number>`count(*)` })
      .from(votes)
      .where(and(inArray(votes.sessionId, [...sessionIds]), eq(votes.participantId, participantId)))
      .groupBy(votes.sessionId, votes.itemId);
    for (const row of rows) out[row.sessionId]![row.itemId] = Number(row.count);
    return out;
  }

  async progress(sessionId: string): Promise<VoteProgress> {
    const { votes } = this.t;
    const row = await first(
      this.db
        .select({ dotsCast: sql<number>`count(*)`, voters: sql<number>`count(distinct ${votes.participantId})` })
        .from(votes)
        .where(eq(votes.sessionId, sessionId)),
    );
    return { dotsCast: Number(row?.dotsCast ?? 0), voters: Number(row?.voters ?? 0) };
  }

  /** Revealed votes with their tallies, oldest first (for the results page). */
  async revealed(workshopId: string): Promise<RevealedVote[]> {
    const out: RevealedVote[] = [];
    for (const s of await this.list(workshopId)) {
      if (s.status !== 'revealed') continue;
      const tallies = await this.tallies(s.id);
      out.push({
        id: s.id,
        title: s.title,
        stationId: s.stationId,
        budget: s.budget,
        items: s.items.map((item) => ({ ...item, count: tallies[item.id] ?? 0 })),
        promoted: s.promoted,
        revealedAt: s.revealedAt ?? s.createdAt,
      });
    }
    return out;
  }

  /** For the workshop archive: tallies of revealed votes only, since the others are still secret. */
  exportSessions(workshopId: string): Promise<ExportedVoteSession[]> {
    return exportVoteSessions(this, workshopId);
  }

  /** Recreates exported sessions in a workshop (an imported archive); returns exported id → new id. */
  importSessions(workshopId: string, exported: unknown): Promise<Map<string, string>> {
    return importVoteSessions(this.store, workshopId, exported);
  }
}
