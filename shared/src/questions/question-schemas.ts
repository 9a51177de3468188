/**
 * The question wall (server-authoritative, over socket.io): one "Wie können
 * wir …?" question per team, editable until the facilitator closes submissions,
 * and the facilitator's promotion order, which the [M]Utopie stations are made from.
 */
import { z } from 'zod';
import { multiLine, singleLine } from '../plain-text.js';

export const QUESTION_TEXT_MAX = 300;
/** More promoted questions than this would make more stations than anyone can staff. */
export const PROMOTE_MAX = 20;
export const PROMOTE_DEFAULT = 6;

export const questionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const questionTextSchema = multiLine(z.string().trim().min(1).max(QUESTION_TEXT_MAX));
/** A theme is a solution room's (or themed room's) station id. */
const themeIdSchema = singleLine(z.string().min(1).max(64)).nullable();

export const questionSchema = z.object({
  id: questionIdSchema,
  teamId: z.string().min(1).max(64),
  text: questionTextSchema,
  themeId: themeIdSchema,
  /** 1 … n in the facilitator's order; null when not promoted. */
  promotedRank: z.number().int().min(1).max(PROMOTE_MAX).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Question = z.infer<typeof questionSchema>;

export const questionsStateSchema = z.object({
  workshopId: z.string(),
  /** Teams may submit or change their question. */
  open: z.boolean(),
  /** In the order of the teams in the definition. */
  questions: z.array(questionSchema),
});
export type QuestionsState = z.infer<typeof questionsStateSchema>;

// ---- client → server ----------------------------------------------------------------------

/**
 * A team's question: the team comes from a participant's token. Facilitators
 * name the team (to type in a question handed in on paper) and may do so after closing.
 */
export const questionSubmitSchema = z
  .object({
    text: questionTextSchema,
    themeId: themeIdSchema,
    teamId: singleLine(z.string().min(1).max(64)).optional(),
  })
  .strict();
export type QuestionSubmit = z.infer<typeof questionSubmitSchema>;

export const questionOpenSchema = z.object({ open: z.boolean() }).strict();

/** The promoted questions in rank order; every other question loses its rank. */
export const questionPromoteSchema = z
  .object({
    ids: z
      .array(questionIdSchema)
      .max(PROMOTE_MAX)
      .refine((ids) => new Set(ids).size === ids.length, 'duplicate ids'),
  })
  .strict();

export const questionEditSchema = z
  .object({ id: questionIdSchema, text: questionTextSchema, themeId: themeIdSchema })
  .strict();
export type QuestionEdit = z.infer<typeof questionEditSchema>;

export const questionRemoveSchema = z.object({ id: questionIdSchema }).strict();
export const questionGenerateStationsSchema = z.object({}).strict();
/** Asks for `questions:state` on this socket (a view that mounted after the socket connected). */
export const questionSyncSchema = z.object({}).strict();

/** The `error` of a refused question event; the client translates each one. */
export type QuestionError =
  | 'forbidden'
  | 'no_team'
  | 'questions_closed'
  | 'not_found'
  | 'unknown_theme'
  | 'nothing_promoted'
  | 'too_many_stations';
