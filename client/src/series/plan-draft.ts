/** The topic plan while it is edited: plain strings, turned into the shared schema's shape on saving. */
import {
  SERIES_LIMITS,
  topicPlanInputSchema,
  type TopicPlan,
  type TopicPlanInput,
} from '@mutopia/shared/series/series-schemas';
import { moveTopic, newTopicId, planDates, sortPlan } from '@mutopia/shared/series/topic-plan';

export interface DraftEntry {
  id: string;
  date: string;
  topic: string;
  note: string;
  /** Set when a session exists for the entry (read-only here). */
  workshopId?: string | undefined;
}

export function draftOf(plan: TopicPlan): DraftEntry[] {
  return plan.map((e) => ({ id: e.id, date: e.date, topic: e.topic, note: e.note ?? '', workshopId: e.workshopId }));
}

export type DraftProblem = 'topic' | 'date';

/** What is wrong with each entry, by id; empty when the draft can be saved. */
export function draftProblems(draft: readonly DraftEntry[]): Map<string, DraftProblem> {
  const problems = new Map<string, DraftProblem>();
  for (const entry of draft) {
    if (!entry.topic.trim()) problems.set(entry.id, 'topic');
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date) || Number.isNaN(Date.parse(entry.date)))
      problems.set(entry.id, 'date');
  }
  return problems;
}

/** The plan to send, or null when an entry is incomplete. */
export function planInput(draft: readonly DraftEntry[]): TopicPlanInput | null {
  const parsed = topicPlanInputSchema.safeParse(
    sortPlan(draft).map(({ id, date, topic, note }) => ({
      id,
      date,
      topic: topic.trim(),
      ...(note.trim() ? { note: note.trim() } : {}),
    })),
  );
  return parsed.success ? parsed.data : null;
}

/** A new entry a month after the last one (or today), for the editor's "add" button. */
export function addEntry(draft: readonly DraftEntry[], today: string): DraftEntry[] {
  if (draft.length >= SERIES_LIMITS.topics) return [...draft];
  const last = sortPlan(draft.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date))).at(-1);
  let date = today;
  try {
    if (last) date = planDates(last.date, 'monthlyWeekday', 2)[1] ?? today;
  } catch {
    // An impossible date in the draft: start from today instead.
  }
  return [...draft, { id: newTopicId(draft), date, topic: '', note: '' }];
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
