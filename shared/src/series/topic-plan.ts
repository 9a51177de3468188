/**
 * Rules of a series' topic plan: dates for a year of sessions, date order, the
 * next topic, and moving topics between dates. Dates are ISO calendar dates
 * (YYYY-MM-DD) computed in UTC, so no time zone can shift a session by a day.
 */
import { SERIES_LIMITS, type TopicEntry } from './series-schemas.js';

/**
 * How sessions follow each other:
 * - `monthlyWeekday`: the same weekday of the same week of each month as the first
 *   date (“every 2nd Tuesday”); a first date in the fifth week means the last one.
 * - `monthlyDate`: the same day of each month (the 31st becomes the month's last day).
 * - `weekly`, `biweekly`: every 7 or 14 days.
 */
export const RHYTHMS = ['monthlyWeekday', 'monthlyDate', 'weekly', 'biweekly'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

const DAY_MS = 86_400_000;

function parse(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not an ISO date: ${date}`);
  const parsed = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw new RangeError(`not a calendar date: ${date}`);
  return parsed;
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** The `week`-th (1–4) or last (5) `weekday` of a month. */
function nthWeekday(year: number, month: number, weekday: number, week: number): Date {
  if (week >= 5) {
    const last = new Date(Date.UTC(year, month, daysInMonth(year, month)));
    return new Date(last.getTime() - ((last.getUTCDay() - weekday + 7) % 7) * DAY_MS);
  }
  const first = new Date(Date.UTC(year, month, 1));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month, 1 + offset + (week - 1) * 7));
}

/** `count` session dates starting with `first` (which is always the first of them). */
export function planDates(first: string, rhythm: Rhythm, count: number): string[] {
  const start = parse(first);
  const n = Math.max(0, Math.min(Math.floor(count), SERIES_LIMITS.topics));
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  const day = start.getUTCDate();
  const week = Math.ceil(day / 7);
  const dates: string[] = [];
  for (let i = 0; i < n; i++) {
    switch (rhythm) {
      case 'weekly':
      case 'biweekly':
        dates.push(format(new Date(start.getTime() + i * (rhythm === 'weekly' ? 7 : 14) * DAY_MS)));
        break;
      case 'monthlyDate': {
        const y = year + Math.floor((month + i) / 12);
        const m = (month + i) % 12;
        dates.push(format(new Date(Date.UTC(y, m, Math.min(day, daysInMonth(y, m))))));
        break;
      }
      case 'monthlyWeekday': {
        const y = year + Math.floor((month + i) / 12);
        const m = (month + i) % 12;
        dates.push(i === 0 ? first : format(nthWeekday(y, m, start.getUTCDay(), week)));
        break;
      }
    }
  }
  return dates;
}

/** The plan in date order; entries on the same day keep their order. */
export function sortPlan<T extends Pick<TopicEntry, 'date'>>(plan: readonly T[]): T[] {
  return plan
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.index - b.index))
    .map(({ entry }) => entry);
}

/** The first topic on or after `today` (YYYY-MM-DD), or null when the plan is over. */
export function nextTopic<T extends Pick<TopicEntry, 'date'>>(plan: readonly T[], today: string): T | null {
  return sortPlan(plan).find((entry) => entry.date >= today) ?? null;
}

/** A topic id not used in `plan`. */
export function newTopicId(plan: ReadonlyArray<Pick<TopicEntry, 'id'>>): string {
  const used = new Set(plan.map((entry) => entry.id));
  for (;;) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(4));
    const id = `t-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    if (!used.has(id)) return id;
  }
}

/**
 * Moves the topic (and its note) at `from` to the date slot at `to`; the topics
 * in between shift by one slot and every date stays where it was, so a yearly
 * rhythm survives reordering. Entries that already have a session keep their
 * topic and are skipped over; null when `from` or `to` has a session.
 */
export function moveTopic<T extends TopicEntry>(plan: readonly T[], from: number, to: number): T[] | null {
  const sorted = sortPlan(plan);
  if (from === to) return sorted;
  if (!sorted[from] || !sorted[to] || sorted[from].workshopId || sorted[to].workshopId) return null;
  const free = sorted.flatMap((entry, index) => (entry.workshopId ? [] : [index]));
  const contents = free.map((index) => ({ topic: sorted[index]!.topic, note: sorted[index]!.note }));
  const [moved] = contents.splice(free.indexOf(from), 1);
  contents.splice(free.indexOf(to), 0, moved!);
  const result = [...sorted];
  free.forEach((index, k) => {
    const { topic, note } = contents[k]!;
    const { note: _old, ...rest } = sorted[index]!;
    result[index] = { ...rest, topic, ...(note !== undefined ? { note } : {}) } as T;
  });
  return result;
}
