import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { customAlphabet } from 'nanoid';
import type { Question } from '@mutopia/shared';
import type { Db } from '../db/database.js';
import { questions, workshops } from '../db/schema.js';

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

/** The question wall in SQLite: one question per team (unique index), and whether teams may still submit. */
export class QuestionStore {
  constructor(
    private readonly db: Db,
    /** The workshop's team ids in definition order, which is the wall's order. */
    private readonly teamOrder: (workshopId: string) => string[],
    private readonly now: () => number = Date.now,
  ) {}

  /** Every question of the workshop, in the order of its teams (questions of removed teams last). */
  list(workshopId: string): Question[] {
    const rows = this.db
      .select()
      .from(questions)
      .where(eq(questions.workshopId, workshopId))
      .orderBy(asc(questions.createdAt))
      .all();
    const order = new Map(this.teamOrder(workshopId).map((id, i) => [id, i]));
    const position = (teamId: string) => order.get(teamId) ?? Number.MAX_SAFE_INTEGER;
    return rows.map(fromRow).sort((a, b) => position(a.teamId) - position(b.teamId));
  }

  /** The promoted questions by rank. */
  promoted(workshopId: string): Question[] {
    return this.db
      .select()
      .from(questions)
      .where(and(eq(questions.workshopId, workshopId), isNotNull(questions.promotedRank)))
      .orderBy(asc(questions.promotedRank))
      .all()
      .map(fromRow);
  }

  get(workshopId: string, id: string): Question | undefined {
    const row = this.db
      .select()
      .from(questions)
      .where(and(eq(questions.workshopId, workshopId), eq(questions.id, id)))
      .get();
    return row && fromRow(row);
  }

  isOpen(workshopId: string): boolean {
    const row = this.db
      .select({ open: workshops.questionsOpen })
      .from(workshops)
      .where(eq(workshops.id, workshopId))
      .get();
    return row?.open ?? false;
  }

  setOpen(workshopId: string, open: boolean): void {
    this.db.update(workshops).set({ questionsOpen: open }).where(eq(workshops.id, workshopId)).run();
  }

  /** The team's question, created or replaced; a promoted question keeps its rank. */
  submit(workshopId: string, teamId: string, text: string, themeId: string | null): Question {
    const at = new Date(this.now());
    const row = this.db
      .insert(questions)
      .values({ id: newQuestionId(), workshopId, teamId, text, themeId, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({
        target: [questions.workshopId, questions.teamId],
        set: { text, themeId, updatedAt: at },
      })
      .returning()
      .get();
    return fromRow(row);
  }

  /** False when the workshop has no such question. */
  edit(workshopId: string, id: string, text: string, themeId: string | null): boolean {
    const result = this.db
      .update(questions)
      .set({ text, themeId, updatedAt: new Date(this.now()) })
      .where(and(eq(questions.workshopId, workshopId), eq(questions.id, id)))
      .run();
    return result.changes > 0;
  }

  /** Removes the question; the promoted ones after it move up, so ranks stay 1…n. */
  remove(workshopId: string, id: string): boolean {
    return this.db.transaction((tx) => {
      const result = tx
        .delete(questions)
        .where(and(eq(questions.workshopId, workshopId), eq(questions.id, id)))
        .run();
      if (result.changes === 0) return false;
      const ranked = tx
        .select({ id: questions.id })
        .from(questions)
        .where(and(eq(questions.workshopId, workshopId), isNotNull(questions.promotedRank)))
        .orderBy(asc(questions.promotedRank))
        .all();
      ranked.forEach((q, i) => {
        tx.update(questions)
          .set({ promotedRank: i + 1 })
          .where(eq(questions.id, q.id))
          .run();
      });
      return true;
    });
  }

  /** Ranks 1…n in the given order, every other question unranked; 'not_found' (and no change) for a foreign id. */
  promote(workshopId: string, orderedIds: readonly string[]): 'ok' | 'not_found' {
    return this.db.transaction((tx) => {
      const known = new Set(
        tx
          .select({ id: questions.id })
          .from(questions)
          .where(eq(questions.workshopId, workshopId))
          .all()
          .map((q) => q.id),
      );
      if (orderedIds.some((id) => !known.has(id))) return 'not_found';
      tx.update(questions).set({ promotedRank: null }).where(eq(questions.workshopId, workshopId)).run();
      orderedIds.forEach((id, i) => {
        tx.update(questions)
          .set({ promotedRank: i + 1 })
          .where(and(eq(questions.workshopId, workshopId), eq(questions.id, id)))
          .run();
      });
      return 'ok';
    });
  }

  /**
   * The whole wall at once (archive import): the stored questions and the open
   * flag are replaced. Ids are global keys, so an id that another workshop on
   * this server already uses (the archive was exported here) gets a new one;
   * returns old id → stored id for whoever must rewrite references (stations' questionId).
   */
  replaceAll(workshopId: string, replacement: readonly Question[], open: boolean): Map<string, string> {
    return this.db.transaction((tx) => {
      tx.delete(questions).where(eq(questions.workshopId, workshopId)).run();
      const ids = new Map<string, string>();
      for (const q of replacement) {
        const taken = tx.select({ id: questions.id }).from(questions).where(eq(questions.id, q.id)).get();
        const id = taken ? newQuestionId() : q.id;
        ids.set(q.id, id);
        tx.insert(questions)
          .values({
            id,
            workshopId,
            teamId: q.teamId,
            text: q.text,
            themeId: q.themeId,
            promotedRank: q.promotedRank,
            createdAt: new Date(q.createdAt),
            updatedAt: new Date(q.updatedAt),
          })
          .run();
      }
      tx.update(workshops).set({ questionsOpen: open }).where(eq(workshops.id, workshopId)).run();
      return ids;
    });
  }
}
