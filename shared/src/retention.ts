/**
 * Data lifecycle (issue 12 §5): when a workshop is deleted by the retention
 * sweep, what the console shows about it, and the secret an operator may
 * require for creating workshops.
 */
import { z } from 'zod';

/** What the console shows: the day the workshop will be deleted (null: kept until deleted by hand). */
export const retentionInfoSchema = z.object({
  retentionDays: z.number().int().min(0),
  deleteOn: z.iso.date().nullable(),
  /** Keep the results without names (public page, series archive) when the workshop is deleted. */
  keepResults: z.boolean(),
});
export type RetentionInfo = z.infer<typeof retentionInfoSchema>;

export const retentionUpdateBodySchema = z.object({ keepResults: z.boolean() }).strict();
export type RetentionUpdateBody = z.infer<typeof retentionUpdateBodySchema>;

/** Header that carries CREATE_SECRET when the operator has set one. */
export const CREATE_SECRET_HEADER = 'x-create-secret';
/** Error code of a create or import refused for a missing or wrong CREATE_SECRET (HTTP 401). */
export const CREATE_SECRET_REQUIRED = 'create_secret_required' as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The day (UTC, YYYY-MM-DD) a workshop is deleted: `retentionDays` after its
 * date, or after the day it was created when it has no date; null when
 * `retentionDays` is 0 (kept until someone deletes it).
 */
export function deletionDate(workshopDate: string | undefined, createdAt: Date, retentionDays: number): string | null {
  if (retentionDays <= 0) return null;
  const start = workshopDate
    ? Date.parse(`${workshopDate}T00:00:00Z`)
    : Date.parse(createdAt.toISOString().slice(0, 10) + 'T00:00:00Z');
  return new Date(start + retentionDays * DAY_MS).toISOString().slice(0, 10);
}

/** Whether the workshop is due for deletion at `now`: from the first moment of its deletion day (UTC). */
export function isDueForDeletion(deleteOn: string | null, now: Date): boolean {
  return deleteOn !== null && now.getTime() >= Date.parse(`${deleteOn}T00:00:00Z`);
}
