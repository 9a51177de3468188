import { describe, expect, it } from 'vitest';
import type { Question } from '@mutopia/shared/questions/question-schemas';
import { findTemplate } from '@mutopia/shared/workshop/templates/index';
import { generationPreview, groupByTheme, moveRank, promotedIds } from './wall-model';

const definition = findTemplate('weiterbildungskonferenz')!.build({ teamCount: 8 }, 'de');
const at = '2026-09-23T10:00:00.000Z';
function question(n: number, themeId: string | null, promotedRank: number | null = null): Question {
  return { id: `q${n}`, teamId: `team-${n}`, text: `Frage ${n}?`, themeId, promotedRank, createdAt: at, updatedAt: at };
}

describe('question wall model', () => {
  it('groups by theme in station order, empty themes left out, unknown themes with the unthemed', () => {
    const columns = groupByTheme(definition, [
      question(1, 'solution-room-bindung'),
      question(2, null),
      question(3, 'solution-room-sprache'),
      question(4, 'solution-room-deleted'),
      question(5, 'solution-room-bindung'),
    ]);
    expect(columns.map((c) => [c.themeId, c.questions.map((q) => q.id)])).toEqual([
      ['solution-room-sprache', ['q3']],
      ['solution-room-bindung', ['q1', 'q5']],
      [null, ['q2', 'q4']],
    ]);
    expect(columns[0]!.name).toBe('Lösungsraum 1: Sprach- und Alltagskompetenzvermittlung');
  });

  it('reads and reorders the ranking', () => {
    const ids = promotedIds([question(1, null, 2), question(2, null), question(3, null, 1)]);
    expect(ids).toEqual(['q3', 'q1']);
    expect(moveRank(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRank(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('tells what creating stations will do to the six placeholders per perspective', () => {
    const eight = Array.from({ length: 8 }, (_, i) => question(i + 1, null, i + 1));
    expect(generationPreview(definition, eight)).toEqual({ stations: 24, kept: 18, added: 6, removed: 0 });
    expect(generationPreview(definition, eight.slice(0, 4))).toEqual({ stations: 12, kept: 12, added: 0, removed: 6 });
  });
});
