/**
 * A workshop series (seed 004: a monthly two-hour exchange whose topics are set
 * at the start of the year): REST bodies and answers. Paths are in
 * docs/protocol.md; the series console sends `Authorization: Bearer <series token>`.
 */
import { z } from 'zod';
import { singleLine } from '../plain-text.js';
import { localeSchema } from '../workshop/definition.js';
import { createdWorkshopSchema, secretSchema, workshopIdSchema } from '../workshop-api.js';

export const SERIES_LIMITS = {
  topics: 24,
  titleMaxLength: 120,
  topicMaxLength: 120,
  noteMaxLength: 1000,
  placeMaxLength: 200,
  onlineUrlMaxLength: 500,
} as const;

export const DEFAULT_SERIES_TEMPLATE = 'praxisaustausch';

export const seriesIdSchema = z.string().regex(/^[A-Za-z0-9]{12}$/, 'series ids are 12 letters and digits');
export const topicIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'topic ids are lower-case letters, digits and dashes');

/** An optional text field: blank means "not set", so there is one way to say it. */
function optionalText(max: number) {
  return singleLine(z.string().trim().max(max))
    .transform((value) => value || undefined)
    .optional();
}

/** A local wall-clock time, HH:MM (24 h); the series' place sets the time zone, as on a printed programme. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'times are HH:MM');

/**
 * The online link of a session. Only http(s): the archive is public and renders
 * it as a link, so `javascript:` and friends must never get through.
 */
export const onlineUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'the online link must be an http(s) address' })
  .max(SERIES_LIMITS.onlineUrlMaxLength);

/**
 * One session of the plan; `workshopId` is set by the server once the session
 * exists. The topic may be left open ("Thema folgt") until it is decided; time,
 * place and online link belong to the date and stay with it when topics move.
 */
const topicEntryShape = z.object({
  id: topicIdSchema,
  date: z.iso.date(),
  topic: optionalText(SERIES_LIMITS.topicMaxLength),
  startTime: clockTimeSchema.optional(),
  endTime: clockTimeSchema.optional(),
  place: optionalText(SERIES_LIMITS.placeMaxLength),
  onlineUrl: z
    .union([z.literal(''), onlineUrlSchema])
    .transform((value) => value || undefined)
    .optional(),
  /** For the organisers (speaker, room); never shown in the public archive. */
  note: optionalText(SERIES_LIMITS.noteMaxLength),
  workshopId: workshopIdSchema.optional(),
});

function endsAfterStart(entry: { startTime?: string | undefined; endTime?: string | undefined }, ctx: z.RefinementCtx) {
  if (entry.startTime && entry.endTime && entry.endTime <= entry.startTime)
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'a session ends after it starts' });
}

export const topicEntrySchema = topicEntryShape.superRefine(endsAfterStart);
export type TopicEntry = z.output<typeof topicEntrySchema>;

function uniqueIds(entries: Array<{ id: string }>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id ${entry.id}` });
    seen.add(entry.id);
  });
}

export const topicPlanSchema = z.array(topicEntrySchema).max(SERIES_LIMITS.topics).superRefine(uniqueIds);
export type TopicPlan = z.infer<typeof topicPlanSchema>;

/**
 * The plan as a client sends it: without `workshopId`, which only the server
 * sets (a client could otherwise claim somebody else's workshop for its series).
 */
export const topicPlanInputSchema = z
  .array(topicEntryShape.omit({ workshopId: true }).strict().superRefine(endsAfterStart))
  .max(SERIES_LIMITS.topics)
  .superRefine(uniqueIds);
export type TopicPlanInput = z.infer<typeof topicPlanInputSchema>;

export const seriesTitleSchema = singleLine(z.string().trim().min(1).max(SERIES_LIMITS.titleMaxLength));

export const createSeriesBodySchema = z
  .object({
    title: seriesTitleSchema,
    locale: localeSchema,
    templateId: singleLine(z.string().min(1).max(64)).default(DEFAULT_SERIES_TEMPLATE),
    topicPlan: topicPlanInputSchema,
  })
  .strict();
export type CreateSeriesBody = z.input<typeof createSeriesBodySchema>;

/** Returned once: the secret of the series link is stored only as a hash. */
export const createdSeriesSchema = z.object({ seriesId: seriesIdSchema, facilitatorSecret: secretSchema });
export type CreatedSeries = z.infer<typeof createdSeriesSchema>;

export const seriesLoginBodySchema = z.object({ secret: secretSchema }).strict();
export const seriesTokenSchema = z.object({ token: z.string() });
export type SeriesToken = z.infer<typeof seriesTokenSchema>;

export const updatePlanBodySchema = z.object({ topicPlan: topicPlanInputSchema }).strict();

export const createSessionBodySchema = z
  .object({
    topicId: topicIdSchema,
    /** An earlier session of this series whose open solution ships sail on into the new one. */
    carryShipsFrom: workshopIdSchema.optional(),
  })
  .strict();
export type CreateSessionBody = z.infer<typeof createSessionBodySchema>;

/** Like a created workshop (its link secrets, shown once), plus how many ships came along. */
export const createdSessionSchema = createdWorkshopSchema.extend({
  carriedShips: z.number().int().nonnegative(),
});
export type CreatedSession = z.infer<typeof createdSessionSchema>;

export const seriesSessionSchema = z.object({
  workshopId: workshopIdSchema,
  /** The plan entry it was created for; null when that entry was removed from the plan since. */
  topicId: topicIdSchema.nullable(),
  title: z.string(),
  date: z.iso.date().nullable(),
  published: z.boolean(),
  /** The public results page (`/r/<workshopId>/<key>`) while published. */
  publicPath: z.string().nullable(),
  openShips: z.number().int().nonnegative(),
});
export type SeriesSession = z.infer<typeof seriesSessionSchema>;

export const seriesViewSchema = z.object({
  id: seriesIdSchema,
  title: z.string(),
  locale: localeSchema,
  templateId: z.string(),
  topicPlan: topicPlanSchema,
  /** In date order. */
  sessions: z.array(seriesSessionSchema),
  /** The public archive page (`/a/<seriesId>/<key>`). */
  archivePath: z.string(),
});
export type SeriesView = z.infer<typeof seriesViewSchema>;

export const seriesArchiveLinkSchema = z.object({ archivePath: z.string() });

/**
 * One line of the public archive. Every topic of the plan is listed with its
 * date, time, place and online link (the plan is public on purpose: people
 * plan their attendance by it);
 * only published sessions carry a link to their results. Notes are never shown.
 */
export const seriesArchiveEntrySchema = z.object({
  /** Null while the topic is still open ("Thema folgt"). */
  topic: z.string().nullable(),
  date: z.iso.date().nullable(),
  startTime: clockTimeSchema.nullable(),
  endTime: clockTimeSchema.nullable(),
  place: z.string().nullable(),
  onlineUrl: onlineUrlSchema.nullable(),
  resultsPath: z.string().nullable(),
});
export type SeriesArchiveEntry = z.infer<typeof seriesArchiveEntrySchema>;

export const seriesArchiveSchema = z.object({
  title: z.string(),
  locale: localeSchema,
  /** In date order. */
  entries: z.array(seriesArchiveEntrySchema),
});
export type SeriesArchive = z.infer<typeof seriesArchiveSchema>;
