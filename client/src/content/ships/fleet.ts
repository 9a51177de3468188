/**
 * Pure rules of the harbour: which questions a ship can answer, how the fleet
 * is filtered and counted by question, and what a ship built from a note starts with.
 */
import type { Ship } from '@mutopia/shared/board/ships';
import type { Station } from '@mutopia/shared/workshop/definition';

export interface QuestionChoice {
  id: string;
  text: string;
}

/**
 * The questions a ship may answer: the promoted ones in rank order, then any
 * other question an [M]Utopie station works on (its prompt is the question text).
 */
export function questionChoices(
  stations: readonly Station[],
  promoted: readonly QuestionChoice[] = [],
): QuestionChoice[] {
  const choices = new Map<string, QuestionChoice>();
  for (const q of promoted) if (q.id && !choices.has(q.id)) choices.set(q.id, q);
  for (const s of stations) {
    if (s.kind === 'mutopia' && s.questionId && !choices.has(s.questionId) && s.prompt.trim())
      choices.set(s.questionId, { id: s.questionId, text: s.prompt });
  }
  return [...choices.values()];
}

/** The filter value for "every ship". */
export const ALL_SHIPS = '*';
/** The filter value for ships that answer no question. */
export const NO_QUESTION = '';

/** Which question a ship belongs to: its id, or its text when it came without one (an import, a series). */
export function questionKey(ship: Pick<Ship, 'questionId' | 'questionText'>): string {
  if (ship.questionId) return ship.questionId;
  const text = ship.questionText.trim();
  return text ? `text:${text}` : NO_QUESTION;
}

export interface FilterOption {
  key: string;
  label: string;
  count: number;
}

/**
 * The harbour's filter: every known question with its number of ships (none
 * too, so the room sees which question still lacks a ship), then questions only
 * ships know, and how many ships answer none.
 */
export function fleetFilter(
  ships: readonly Ship[],
  choices: readonly QuestionChoice[],
): { total: number; options: FilterOption[]; withoutQuestion: number } {
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const ship of ships) {
    const key = questionKey(ship);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (key !== NO_QUESTION && !labels.has(key)) labels.set(key, ship.questionText.trim() || ship.questionId);
  }
  const options: FilterOption[] = choices.map((c) => ({ key: c.id, label: c.text, count: counts.get(c.id) ?? 0 }));
  const known = new Set(options.map((o) => o.key));
  for (const [key, label] of labels) {
    if (!known.has(key)) options.push({ key, label, count: counts.get(key) ?? 0 });
  }
  return { total: ships.length, options, withoutQuestion: counts.get(NO_QUESTION) ?? 0 };
}

export function filterFleet(ships: readonly Ship[], key: string): Ship[] {
  return key === ALL_SHIPS ? [...ships] : ships.filter((s) => questionKey(s) === key);
}

export function stepProgress(ship: Pick<Ship, 'steps'>): { done: number; total: number } {
  return { done: ship.steps.filter((s) => s.done).length, total: ship.steps.length };
}
