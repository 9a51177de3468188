import { eq, sql } from 'drizzle-orm';
import { customAlphabet } from 'nanoid';
import { exportedVoteSessionsSchema, VOTE_LIMITS, type ExportedVoteSession, type VoteDots } from '@mutopia/shared';
import { first, type StoreDb } from '../db/store-db.js';
import type { VoteSessionRecord } from './vote-store.js';

export const newVoteSessionId = customAlphabet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16);

/** Who "voted" for the dots of an imported archive: the archive never says who did. */
const ARCHIVE_VOTER = '~archive';

interface VoteReads {
  list(workshopId: string): Promise<VoteSessionRecord[]>;
  tallies(sessionId: string): Promise<VoteDots>;
}

/** For the workshop archive: tallies of revealed votes only, since the others are still secret. */
export async function exportVoteSessions(votes: VoteReads, workshopId: string): Promise<ExportedVoteSession[]> {
  const out: ExportedVoteSession[] = [];
  for (const s of await votes.list(workshopId)) {
    out.push({
      id: s.id,
      stationId: s.stationId,
      title: s.title,
      items: s.items,
      budget: s.budget,
      capPerItem: s.capPerItem,
      status: s.status,
      tallies: s.status === 'revealed' ? await itemTallies(votes, s) : null,
      promoted: s.promoted,
      createdAt: s.createdAt,
      closedAt: s.closedAt,
      revealedAt: s.revealedAt,
    });
  }
  return out;
}

/** Tallies keyed in item order, items without dots included, so an export reads the same every time. */
async function itemTallies(votes: VoteReads, session: VoteSessionRecord): Promise<VoteDots> {
  const tallies = await votes.tallies(session.id);
  return Object.fromEntries(session.items.map((item) => [item.id, tallies[item.id] ?? 0]));
}

/**
 * Recreates exported sessions in a workshop (an imported archive). Ids are kept
 * unless another workshop already uses them; returns exported id → new id.
 * Tallies come back as anonymous dots.
 */
export async function importVoteSessions(
  store: StoreDb,
  workshopId: string,
  exported: unknown,
): Promise<Map<string, string>> {
  const { voteSessions, votes } = store.t;
  const sessions = exportedVoteSessionsSchema.parse(exported);
  // The map is made inside: PostgreSQL may run the transaction again, which must start afresh.
  return store.transaction(async (tx) => {
    const ids = new Map<string, string>();
    const counted = await first(
      tx
        .select({ n: sql<number>`count(*)` })
        .from(voteSessions)
        .where(eq(voteSessions.workshopId, workshopId)),
    );
    if (Number(counted!.n) + sessions.length > VOTE_LIMITS.sessionsPerWorkshop) throw new Error('too_many_sessions');
    for (const s of sessions) {
      const taken = await first(tx.select({ id: voteSessions.id }).from(voteSessions).where(eq(voteSessions.id, s.id)));
      const id = taken || ids.has(s.id) ? newVoteSessionId() : s.id;
      ids.set(s.id, id);
      const itemIds = new Set(s.items.map((i) => i.id));
      await tx.insert(voteSessions).values({
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
      });
      const at = new Date(s.revealedAt ?? s.createdAt);
      for (const [itemId, n] of Object.entries(s.tallies ?? {})) {
        if (!itemIds.has(itemId) || n === 0) continue;
        const dots = Array.from({ length: n }, () => ({
          sessionId: id,
          participantId: ARCHIVE_VOTER,
          itemId,
          createdAt: at,
        }));
        // Engines limit bound parameters per statement; 200 rows × 4 stays well under it.
        for (let i = 0; i < dots.length; i += 200) await tx.insert(votes).values(dots.slice(i, i + 200));
      }
    }
    return ids;
  });
}
