import { generateMutopiaStations } from '@mutopia/shared/questions/mutopia-stations';
import type { Question } from '@mutopia/shared/questions/question-schemas';
import type { Station, WorkshopDefinition } from '@mutopia/shared/workshop/definition';

/** The stations a question can be filed under: the solution rooms (and themed rooms). */
export function questionThemes(definition: WorkshopDefinition): Station[] {
  return definition.stations.filter((s) => s.kind === 'solutionRoom' || s.kind === 'themedRoom');
}

export interface ThemeColumn {
  /** The theme's station id; null for "no theme". */
  themeId: string | null;
  name: string | null;
  questions: Question[];
}

/**
 * The wall's columns: one per theme that has questions, in the order of the
 * stations, then the questions without a theme (or whose theme was deleted).
 */
export function groupByTheme(definition: WorkshopDefinition, questions: readonly Question[]): ThemeColumn[] {
  const themes = questionThemes(definition);
  const known = new Set(themes.map((s) => s.id));
  const columns: ThemeColumn[] = themes.map((s) => ({
    themeId: s.id,
    name: s.name,
    questions: questions.filter((q) => q.themeId === s.id),
  }));
  columns.push({
    themeId: null,
    name: null,
    questions: questions.filter((q) => q.themeId === null || !known.has(q.themeId)),
  });
  return columns.filter((c) => c.questions.length > 0);
}

/** The promoted question ids in rank order. */
export function promotedIds(questions: readonly Question[]): string[] {
  return questions
    .filter((q) => q.promotedRank !== null)
    .sort((a, b) => a.promotedRank! - b.promotedRank!)
    .map((q) => q.id);
}

/** The ranked list after moving the question at `index` by `step` (−1 up, +1 down). */
export function moveRank(ids: readonly string[], index: number, step: -1 | 1): string[] {
  const to = index + step;
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** What "create stations" will do, for the confirmation: counts of stations kept, added and dropped. */
export function generationPreview(
  definition: WorkshopDefinition,
  questions: readonly Question[],
): { stations: number; kept: number; added: number; removed: number } {
  const after = generateMutopiaStations(definition, questions);
  const beforeIds = new Set(definition.stations.filter((s) => s.kind === 'mutopia').map((s) => s.id));
  const afterIds = new Set(after.stations.filter((s) => s.kind === 'mutopia').map((s) => s.id));
  const generated = after.stations.filter((s) => s.kind === 'mutopia' && s.questionId !== undefined);
  return {
    stations: generated.length,
    kept: generated.filter((s) => beforeIds.has(s.id)).length,
    added: generated.filter((s) => !beforeIds.has(s.id)).length,
    removed: [...beforeIds].filter((id) => !afterIds.has(id)).length,
  };
}
