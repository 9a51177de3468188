/**
 * The results of one workshop as the results page, the Markdown and CSV
 * exports and the public link show them: read from the board documents and the
 * server's questions and votes, with every reference (team, station,
 * perspective, budget tier) resolved to its name so an export reads on its own.
 */
import { z } from 'zod';
import { personaSchema } from '../board/persona.js';
import { shipSchema } from '../board/ships.js';
import { insightSchema } from '../board/insights.js';
import { voteItemKindSchema } from '../votes/vote-schemas.js';
import { localeSchema, stationKindSchema } from '../workshop/definition.js';
import { resultBoardSchema } from './board-notes.js';

const name = z.string().max(200);

export const resultsWorkshopSchema = z.object({
  title: name,
  /** ISO date or '' when the workshop has none. */
  date: z.string().max(10),
  venue: z.string().max(200),
  guidingQuestion: z.string().max(2000),
  locale: localeSchema,
});

export const resultQuestionSchema = z.object({
  id: z.string().max(64),
  text: z.string().max(4000),
  teamId: z.string().max(64),
  teamName: name,
  teamColor: z.string().max(7),
  /** The solution room it belongs to ('' when none). */
  themeId: z.string().max(64),
  themeName: name,
  /** 1 for the first promoted question; null when not promoted. */
  promotedRank: z.number().int().positive().nullable(),
});
export type ResultQuestion = z.infer<typeof resultQuestionSchema>;

export const resultShipSchema = shipSchema.extend({
  perspective: name,
  budget: name,
  originStation: name,
  /** Still under way: a first step is not done yet (or it has none). */
  open: z.boolean(),
});
export type ResultShip = z.infer<typeof resultShipSchema>;

export const resultRoomInsightsSchema = z.object({
  stationId: z.string().max(64),
  stationName: name,
  kind: stationKindSchema,
  insights: z.array(insightSchema),
});
export type ResultRoomInsights = z.infer<typeof resultRoomInsightsSchema>;

export const resultVoteItemSchema = z.object({
  id: z.string().max(64),
  kind: voteItemKindSchema,
  label: z.string().max(4000),
  count: z.number().int().nonnegative(),
});

export const resultVoteSchema = z.object({
  id: z.string().max(64),
  title: name,
  /** '' for a workshop-wide vote. */
  stationId: z.string().max(64),
  stationName: name,
  budget: z.number().int().nonnegative(),
  /** Highest count first. */
  items: z.array(resultVoteItemSchema),
  /** Item ids the facilitator promoted after the reveal. */
  promoted: z.array(z.string().max(64)),
});
export type ResultVote = z.infer<typeof resultVoteSchema>;

export const resultPersonaSchema = z.object({
  teamId: z.string().max(64),
  teamName: name,
  teamColor: z.string().max(7),
  stationId: z.string().max(64),
  persona: personaSchema,
});
export type ResultPersona = z.infer<typeof resultPersonaSchema>;

/** Stations with their board, for the facilitator's links to each board (and its PNG export). */
export const resultStationSchema = z.object({
  id: z.string().max(64),
  name,
  kind: stationKindSchema,
});

export const workshopResultsSchema = z.object({
  workshop: resultsWorkshopSchema,
  /** Promoted questions in rank order. */
  promotedQuestions: z.array(resultQuestionSchema),
  /** Every team's question, in team order. */
  questions: z.array(resultQuestionSchema),
  ships: z.array(resultShipSchema),
  /** Rooms with at least one key insight, in station order. */
  insights: z.array(resultRoomInsightsSchema),
  /** Revealed votes only, in reveal order. */
  votes: z.array(resultVoteSchema),
  /** Team spaces whose persona card is not empty, in team order. */
  personas: z.array(resultPersonaSchema),
  stations: z.array(resultStationSchema),
  /** Every station's notes by group, in station order (stations without notes left out). Kept results from before issue 11 have none. */
  boards: z.array(resultBoardSchema).default([]),
});
export type WorkshopResults = z.infer<typeof workshopResultsSchema>;

/** Whether there is anything to show at all (a fresh workshop has not). */
export function hasResults(results: WorkshopResults): boolean {
  return (
    results.questions.length > 0 ||
    results.ships.length > 0 ||
    results.insights.length > 0 ||
    results.votes.length > 0 ||
    results.personas.length > 0 ||
    results.boards.length > 0
  );
}

/** Answer of GET/PUT/DELETE …/publication. `path` is the public page's path, null while unpublished. */
export const publicationSchema = z.object({
  published: z.boolean(),
  path: z.string().nullable(),
});
export type Publication = z.infer<typeof publicationSchema>;

/** The CSV exports: `?table=` of …/results.csv. */
export const RESULTS_CSV_TABLES = ['ships', 'questions', 'votes', 'insights', 'notes'] as const;
export const resultsCsvTableSchema = z.enum(RESULTS_CSV_TABLES);
export type ResultsCsvTable = z.infer<typeof resultsCsvTableSchema>;
