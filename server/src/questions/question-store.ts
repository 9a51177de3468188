import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { customAlphabet } from 'nanoid';
import type { Question } from '@mutopia/shared';
import type { questions } from '../db/schema.js';
import { affectedRows, first, type Db, type StoreDb } from '../db/store-db.js';

const newQuestionId = customAlphabet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 12);

type Row = typeof questions.$inferSelect;

function fromRow(row: Row): Question {
  return {
    id: row.id,
    teamId: row.teamId,
    text: row.text,
    themeId: row.themeId,
    promotedRank: row.promotedRank,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The question wall: one question per team (unique index), and whether teams may still submit. */
export class QuestionStore {
  private readonly db: Db;
  private readonly t: StoreDb['t'];

  constructor(
    private readonly store: StoreDb,
    /** The workshop's team ids in definition order, which is the wall's order. */
    private readonly teamOrder: (workshopId: string) => Promise<string[]>,
    private readonly now: () => number = Date.now,
  ) {
    this.db = store.db;
    this.t = store.t;
  }

  /** Every question of the workshop, in the order of its teams (questions of removed teams last). */
  async list(workshopId: string): Promise<Question[]> {
    const { questions } = this.t;
    const rows = await this.db
      .select()
      .from(questions)
      .where(eq(questions.workshopId, workshopId))
      .orderBy(asc(questions.createdAt), asc(questions.id));
    const order = new Map((await this.teamOrder(workshopId)).map((id, i) => [id, i]));
    const position = (teamId: string) => order.get(teamId) ?? Number.MAX_SAFE_INTEGER;
    return rows.map(fromRow).sort((a, b) => position(a.teamId) - position(b.teamId));
  }

  /** The promoted questions by rank. */
  async promoted(workshopId: string): Promise<Question[]> {
    const { questions } = this.t;
    const rows = await this.db
      .select()
      .from(questions)
      .where(and(eq(questions.workshopId, workshopId), isNotNull(questions.promotedRank)))
      .orderBy(asc(questions.promotedRank));
    return rows.map(fromRow);
  }

  async get(workshopId: string, id: string): Promise<Question | undefined> {
    const { questions } = this.t;
    const row = await first(
      this.db
        .select()
        .from(questions)
        .where(and(eq(questions.workshopId, workshopId), eq(questions.id, id))),
    );
    return row && fromRow(row);
  }

  async isOpen(workshopId: string): Promise<boolean> {
    const { workshops } = this.t;
    const row = await first(
      this.db.select({ open: workshops.questionsOpen }).from(workshops).where(eq(workshops.id, workshopId)),
    );
    return row?.open ?? false;
  }

  async setOpen(workshopId: string, open: boolean): Promise<void> {
    const { workshops } = this.t;
    await this.db.update(workshops).set({ questionsOpen: open }).where(eq(workshops.id, workshopId));
  }

  /** The team's question, created or replaced; a promoted question keeps its rank. */
  async submit(workshopId: string, teamId: string, text: string, themeId: string | null): Promise<Question> {
    const { questions } = this.t;
    const at = new Date(this.now());
    const row = await first(
      this.db
        .insert(questions)
        .values({ id: newQuestionId(), workshopId, teamId, text, themeId, createdAt: at, updatedAt: at })
        .onConflictDoUpdate({
          target: [questions.workshopId, questions.teamId],
          set: { text, themeId, updatedAt: at },
        })
        .returning(),
    );
    return fromRow(row!);
  }

  /** False when the workshop has no such question. */
  async edit(workshopId: string, id: string, text: string, themeId: string | null): Promise<boolean> {
    const { questions } = this.t;
    const result = await this.db
      .update(questions)
      .set({ text, themeId, updatedAt: new Date(this.now()) })
      .where(and(eq(questions.workshopId, workshopId), eq(questions.id, id)));
    return affectedRows(result) > 0;
  }

  /** Removes the question; the promoted ones after it move up, so ranks stay 1…n. */
  remove(workshopId: string, id: string): Promise<boolean> {
    const { questions } = this.t;
    return this.store.transaction(async (tx) => {
      const result = await tx.delete(questions).where(and(eq(questions.workshopId, workshopId), eq(questions.id, id)));
      if (affectedRows(result) === 0) return false;
      const ranked = await tx
        .select({ id: questions.id })
        .from(questions)
        .where(and(eq(questions.workshopId, workshopId), isNotNull(questions.promotedRank)))
        .orderBy(asc(questions.promotedRank));
      for (const [i, q] of ranked.entries())
        await tx
          .update(questions)
          .set({ promotedRank: i + 1 })
          .where(eq(questions.id, q.id));
      return true;
    });
  }

  /** Ranks 1…n in the given order, every other question unranked; 'not_found' (and no change) for a foreign id. */
  promote(workshopId: string, orderedIds: readonly string[]): Promise<'ok' | 'not_found'> {
    const { questions } = this.t;
    return this.store.transaction(async (tx) => {
      const rows = await tx.select({ id: questions.id }).from(questions).where(eq(questions.workshopId, workshopId));
      const known = new Set(rows.map((q) => q.id));
      if (orderedIds.some((id) => !known.has(id))) return 'not_found';
      await tx.update(questions).set({ promotedRank: null }).where(eq(questions.workshopId, workshopId));
      for (const [i, id] of orderedIds.entries())
        await tx
          .update(questions)
          .set({ promotedRank: i + 1 })
          .where(and(eq(questions.workshopId, workshopId), eq(questions.id, id)));
      return 'ok';
    });
  }

  /**
   * The whole wall at once (archive import): the stored questions and the open
   * flag are replaced. Ids are global keys, so an id that another workshop on
   * this server already uses (the archive was exported here) gets a new one;
   * returns old id → stored id for whoever must rewrite references (stations' questionId).
   */
  replaceAll(workshopId: string, replacement: readonly Question[], open: boolean): Promise<Map<string, string>> {
    const { questions, workshops } = this.t;
    return this.store.transaction(async (tx) => {
      await tx.delete(questions).where(eq(questions.workshopId, workshopId));
      const ids = new Map<string, string>();
      for (const q of replacement) {
        const taken = await first(tx.select({ id: questions.id }).from(questions).where(eq(questions.id, q.id)));
        const id = taken ? newQuestionId() : q.id;
        ids.set(q.id, id);
        await tx.insert(questions).values({
          id,
          workshopId,
          teamId: q.teamId,
          text: q.text,
          themeId: q.themeId,
          promotedRank: q.promotedRank,
          createdAt: new Date(q.createdAt),
          updatedAt: new Date(q.updatedAt),
        });
      }
      await tx.update(workshops).set({ questionsOpen: open }).where(eq(workshops.id, workshopId));
      return ids;
    });
  }
}
