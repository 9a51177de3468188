/** The topic plan while it is edited: plain strings, turned into the shared schema's shape on saving. */
import {
  clockTimeSchema,
  onlineUrlSchema,
  SERIES_LIMITS,
  topicPlanInputSchema,
  type TopicPlan,
  type TopicPlanInput,
} from '@mutopia/shared/series/series-schemas';
import { moveTopic, newTopicId, planDates, sortPlan } from '@mutopia/shared/series/topic-plan';

export interface DraftEntry {
  id: string;
  date: string;
  /** Blank while the topic is open ("Thema folgt"). */
  topic: string;
  /** HH:MM or blank, as an `<input type="time">` gives it. */
  startTime: string;
  endTime: string;
  place: string;
  onlineUrl: string;
  note: string;
  /** Set when a session exists for the entry (read-only here). */
  workshopId?: string | undefined;
}

/** What a date of the plan says besides its topic: copied onto new dates, since a series mostly meets alike. */
export type Logistics = Pick<DraftEntry, 'startTime' | 'endTime' | 'place' | 'onlineUrl'>;
export const NO_LOGISTICS: Logistics = { startTime: '', endTime: '', place: '', onlineUrl: '' };

export function draftOf(plan: TopicPlan): DraftEntry[] {
  return plan.map((e) => ({
    id: e.id,
    date: e.date,
    topic: e.topic ?? '',
    startTime: e.startTime ?? '',
    endTime: e.endTime ?? '',
    place: e.place ?? '',
    onlineUrl: e.onlineUrl ?? '',
    note: e.note ?? '',
    workshopId: e.workshopId,
  }));
}

export type DraftProblem = 'date' | 'time' | 'onlineUrl';

/** What is wrong with each entry, by id; empty when the draft can be saved. An open topic is fine. */
export function draftProblems(draft: readonly DraftEntry[]): Map<string, DraftProblem> {
  const problems = new Map<string, DraftProblem>();
  for (const entry of draft) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date) || Number.isNaN(Date.parse(entry.date))) problems.set(entry.id, 'date');
    else if (
      (entry.startTime && !clockTimeSchema.safeParse(entry.startTime).success) ||
      (entry.endTime && !clockTimeSchema.safeParse(entry.endTime).success) ||
      (entry.startTime && entry.endTime && entry.endTime <= entry.startTime)
    )
      problems.set(entry.id, 'time');
    else if (entry.onlineUrl.trim() && !onlineUrlSchema.safeParse(entry.onlineUrl.trim()).success)
      problems.set(entry.id, 'onlineUrl');
  }
  return problems;
}

/** The plan to send (blank fields left out), or null when an entry is incomplete. */
export function planInput(draft: readonly DraftEntry[]): TopicPlanInput | null {
  const parsed = topicPlanInputSchema.safeParse(
    sortPlan(draft).map(({ id, date, ...fields }) => {
      const entry: Record<string, string> = { id, date };
      for (const key of ['topic', 'startTime', 'endTime', 'place', 'onlineUrl', 'note'] as const) {
        const value = fields[key].trim();
        if (value) entry[key] = value;
      }
      return entry;
    }),
  );
  return parsed.success ? parsed.data : null;
}

/** A new entry a month after the last one (or today) at its time and place, for the editor's "add" button. */
export function addEntry(draft: readonly DraftEntry[], today: string): DraftEntry[] {
  if (draft.length >= SERIES_LIMITS.topics) return [...draft];
  const last = sortPlan(draft.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date))).at(-1);
  let date = today;
  try {
    if (last) date = planDates(last.date, 'monthlyWeekday', 2)[1] ?? today;
  } catch {
    // An impossible date in the draft: start from today instead.
  }
  const { startTime, endTime, place, onlineUrl } = last ?? NO_LOGISTICS;
  return [...draft, { id: newTopicId(draft), date, topic: '', startTime, endTime, place, onlineUrl, note: '' }];
}

/**
 * Moves an entry's topic one free date slot earlier or later (dates stay,
 * entries with a session are skipped over); null when there is no such slot.
 */
export function shiftTopic(draft: readonly DraftEntry[], id: string, step: -1 | 1): DraftEntry[] | null {
  const sorted = sortPlan(draft);
  const from = sorted.findIndex((e) => e.id === id);
  if (from < 0 || sorted[from]!.workshopId) return null;
  let to = from + step;
  while (sorted[to]?.workshopId) to += step;
  if (!sorted[to]) return null;
  return moveTopic(sorted, from, to);
}
