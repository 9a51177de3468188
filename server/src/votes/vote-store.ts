import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { customAlphabet } from 'nanoid';
import {
  castRefusal,
  exportedVoteSessionsSchema,
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
import type { Db } from '../db/database.js';
import { voteSessions, votes } from '../db/schema.js';

export const newVoteSessionId = customAlphabet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16);

/** Who "voted" for the dots of an imported archive: the archive never says who did. */
const ARCHIVE_VOTER = '~archive';

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
 * Vote sessions and their dots in SQLite. A dot is checked against the budget
 * and the cap in the same transaction that inserts it, so however many people
 * click at once nobody overspends. Nothing here returns who voted for what.
 */
export class VoteStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  create(
    workshopId: string,
    init: {
      stationId: string | null;
      title: string;
      items: VoteItem[];
      budget: number;
      capPerItem: number | null;
      phaseIndex: number | null;
    },
  ): VoteSessionRecord | VoteError {
    return this.db.transaction((tx) => {
      const existing = tx
        .select({ stationId: voteSessions.stationId, status: voteSessions.status })
        .from(voteSessions)
        .where(eq(voteSessions.workshopId, workshopId))
        .all();
      if (existing.length >= VOTE_LIMITS.sessionsPerWorkshop) return 'too_many_sessions';
      // One open vote per board (and one workshop-wide): the panel shows "the" vote.
      if (existing.some((s) => s.stationId === init.stationId && s.status === 'open')) return 'vote_in_progress';
      const id = newVoteSessionId();
      tx.insert(voteSessions)
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
          createdAt: new Date(this.now()),
        })
        .run();
      return fromRow(tx.select().from(voteSessions).where(eq(voteSessions.id, id)).get()!);
    });
  }

  get(workshopId: string, sessionId: string): VoteSessionRecord | undefined {
    const row = this.db
      .select()
      .from(voteSessions)
      .where(and(eq(voteSessions.id, sessionId), eq(voteSessions.workshopId, workshopId)))
      .get();
    return row && fromRow(row);
  }

  /** Oldest first. */
  list(workshopId: string): VoteSessionRecord[] {
    return this.db
      .select()
      .from(voteSessions)
      .where(eq(voteSessions.workshopId, workshopId))
      .orderBy(asc(voteSessions.createdAt), asc(sql`rowid`))
      .all()
      .map(fromRow);
  }

  /** One more dot from this participant on this item, if the rules allow it. */
  cast(workshopId: string, sessionId: string, participantId: string, itemId: string): DotOutcome {
    return this.db.transaction((tx): DotOutcome => {
      const session = this.get(workshopId, sessionId);
      if (!session) return { ok: false, error: 'unknown_session' };
      const mine = this.mine(sessionId, participantId, tx);
      const refusal = castRefusal(rules(session), mine, itemId);
      if (refusal) return { ok: false, error: refusal };
      tx.insert(votes)
        .values({ sessionId, participantId, itemId, createdAt: new Date(this.now()) })
        .run();
      return { ok: true, dots: { ...mine, [itemId]: (mine[itemId] ?? 0) + 1 } };
    });
  }

  /** Takes back this participant's latest dot on the item. */
  retract(workshopId: string, sessionId: string, participantId: string, itemId: string): DotOutcome {
    return this.db.transaction((tx): DotOutcome => {
      const session = this.get(workshopId, sessionId);
      if (!session) return { ok: false, error: 'unknown_session' };
      const mine = this.mine(sessionId, participantId, tx);
      const refusal = retractRefusal(rules(session), mine, itemId);
      if (refusal) return { ok: false, error: refusal };
      const latest = tx
        .select({ id: votes.id })
        .from(votes)
        .where(and(eq(votes.sessionId, sessionId), eq(votes.participantId, participantId), eq(votes.itemId, itemId)))
        .orderBy(desc(votes.id))
        .limit(1)
        .get()!;
      tx.delete(votes).where(eq(votes.id, latest.id)).run();
      const dots = { ...mine, [itemId]: mine[itemId]! - 1 };
      if (dots[itemId] === 0) delete dots[itemId];
      return { ok: true, dots };
    });
  }

  close(workshopId: string, sessionId: string): VoteSessionRecord | VoteError {
    const session = this.get(workshopId, sessionId);
    if (!session) return 'unknown_session';
    if (session.status !== 'open') return 'vote_closed';
    this.db
      .update(voteSessions)
      .set({ status: 'closed', closedAt: new Date(this.now()) })
      .where(eq(voteSessions.id, sessionId))
      .run();
    return this.get(workshopId, sessionId)!;
  }

  /**
   * Closes an open vote in the same statement, so no dot lands after the tallies are out.
   * A result revealed in a later phase belongs to that phase: phones show it there.
   */
  reveal(workshopId: string, sessionId: string, phaseIndex: number | null): VoteSessionRecord | VoteError {
    const session = this.get(workshopId, sessionId);
    if (!session) return 'unknown_session';
    if (session.status === 'revealed') return session;
    const at = new Date(this.now());
    this.db
      .update(voteSessions)
      .set({
        status: 'revealed',
        revealedAt: at,
        closedAt: session.closedAt === null ? at : new Date(session.closedAt),
        phaseIndex: phaseIndex ?? session.phaseIndex,
      })
      .where(eq(voteSessions.id, sessionId))
      .run();
    return this.get(workshopId, sessionId)!;
  }

  setPromoted(sessionId: string, promoted: readonly string[]): void {
    this.db
      .update(voteSessions)
      .set({ promoted: JSON.stringify(promoted) })
      .where(eq(voteSessions.id, sessionId))
      .run();
  }

  delete(workshopId: string, sessionId: string): boolean {
    const result = this.db
      .delete(voteSessions)
      .where(and(eq(voteSessions.id, sessionId), eq(voteSessions.workshopId, workshopId)))
      .run();
    return result.changes > 0;
  }

  /** Dots per item. The server decides who may see them (see vote-rules). */
  tallies(sessionId: string): VoteDots {
    const rows = this.db
      .select({ itemId: votes.itemId, count: sql<number>`count(*)` })
      .from(votes)
      .where(eq(votes.sessionId, sessionId))
      .groupBy(votes.itemId)
      .all();
    return Object.fromEntries(rows.map((r) => [r.itemId, r.count]));
  }

  mine(sessionId: string, participantId: string, db: Pick<Db, 'select'> = this.db): VoteDots {
    const rows = db
      .select({ itemId: votes.itemId, count: sql<number>`count(*)` })
      .from(votes)
      .where(and(eq(votes.sessionId, sessionId), eq(votes.participantId, participantId)))
      .groupBy(votes.itemId)
      .all();
    return Object.fromEntries(rows.map((r) => [r.itemId, r.count]));
  }

  /** A participant's dots in each of the given sessions. */
  mineIn(sessionIds: readonly string[], participantId: string): Record<string, VoteDots> {
    const out: Record<string, VoteDots> = Object.fromEntries(sessionIds.map((id) => [id, {}]));
    if (sessionIds.length === 0) return out;
    const rows = this.db
      .select({ sessionId: votes.sessionId, itemId: votes.itemId, count: sql<number>`count(*)` })
      .from(votes)
      .where(and(inArray(votes.sessionId, [...sessionIds]), eq(votes.participantId, participantId)))
      .groupBy(votes.sessionId, votes.itemId)
      .all();
    for (const row of rows) out[row.sessionId]![row.itemId] = row.count;
    return out;
  }

  progress(sessionId: string): VoteProgress {
    const row = this.db
      .select({ dotsCast: sql<number>`count(*)`, voters: sql<number>`count(distinct ${votes.participantId})` })
      .from(votes)
      .where(eq(votes.sessionId, sessionId))
      .get();
    return { dotsCast: row?.dotsCast ?? 0, voters: row?.voters ?? 0 };
  }

  /** Revealed votes with their tallies, oldest first (for the results page). */
  revealed(workshopId: string): RevealedVote[] {
    return this.list(workshopId)
      .filter((s) => s.status === 'revealed')
      .map((s) => {
        const tallies = this.tallies(s.id);
        return {
          id: s.id,
          title: s.title,
          stationId: s.stationId,
          budget: s.budget,
          items: s.items.map((item) => ({ ...item, count: tallies[item.id] ?? 0 })),
          promoted: s.promoted,
          revealedAt: s.revealedAt ?? s.createdAt,
        };
      });
  }

  /** For the workshop archive: tallies of revealed votes only, since the others are still secret. */
  exportSessions(workshopId: string): ExportedVoteSession[] {
    return this.list(workshopId).map((s) => ({
      id: s.id,
      stationId: s.stationId,
      title: s.title,
      items: s.items,
      budget: s.budget,
      capPerItem: s.capPerItem,
      status: s.status,
      tallies: s.status === 'revealed' ? this.itemTallies(s) : null,
      promoted: s.promoted,
      createdAt: s.createdAt,
      closedAt: s.closedAt,
      revealedAt: s.revealedAt,
    }));
  }

  /** Tallies keyed in item order, items without dots included, so an export reads the same every time. */
  private itemTallies(session: VoteSessionRecord): VoteDots {
    const tallies = this.tallies(session.id);
    return Object.fromEntries(session.items.map((item) => [item.id, tallies[item.id] ?? 0]));
  }

  /**
   * Recreates exported sessions in a workshop (an imported archive). Ids are kept
   * unless another workshop already uses them; returns exported id → new id.
   * Tallies come back as anonymous dots.
   */
  importSessions(workshopId: string, exported: unknown): Map<string, string> {
    const sessions = exportedVoteSessionsSchema.parse(exported);
    const ids = new Map<string, string>();
    this.db.transaction((tx) => {
      const count = tx
        .select({ n: sql<number>`count(*)` })
        .from(voteSessions)
        .where(eq(voteSessions.workshopId, workshopId))
        .get()!.n;
      if (count + sessions.length > VOTE_LIMITS.sessionsPerWorkshop) throw new Error('too_many_sessions');
      for (const s of sessions) {
        const taken = tx.select({ id: voteSessions.id }).from(voteSessions).where(eq(voteSessions.id, s.id)).get();
        const id = taken || ids.has(s.id) ? newVoteSessionId() : s.id;
        ids.set(s.id, id);
        const itemIds = new Set(s.items.map((i) => i.id));
        tx.insert(voteSessions)
          .values({
            id,
            workshopId,
            stationId: s.stationId,
            title: s.title,
            items: JSON.stringify(s.items),
            budget: s.budget,
            capPerItem: s.capPerItem,
            status: s.status,
            promoted: JSON.stringify(s.promoted.filter((p) => itemIds.has(p))),
            createdAt: new Date(s.createdAt),
            closedAt: s.closedAt === null ? null : new Date(s.closedAt),
            revealedAt: s.revealedAt === null ? null : new Date(s.revealedAt),
          })
          .run();
        const at = new Date(s.revealedAt ?? s.createdAt);
        for (const [itemId, n] of Object.entries(s.tallies ?? {})) {
          if (!itemIds.has(itemId) || n === 0) continue;
          const dots = Array.from({ length: n }, () => ({
            sessionId: id,
            participantId: ARCHIVE_VOTER,
            itemId,
            createdAt: at,
          }));
          // SQLite limits bound parameters per statement; 200 rows × 4 stays well under it.
          for (let i = 0; i < dots.length; i += 200)
            tx.insert(votes)
              .values(dots.slice(i, i + 200))
              .run();
        }
      }
    });
    return ids;
  }
}
