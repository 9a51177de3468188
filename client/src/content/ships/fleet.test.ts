import { describe, expect, it } from 'vitest';
import type { Ship } from '@mutopia/shared/board/ships';
import type { Station } from '@mutopia/shared/workshop/definition';
import { ALL_SHIPS, filterFleet, fleetFilter, NO_QUESTION, questionChoices, questionKey, stepProgress } from './fleet';

function ship(id: string, questionId = '', questionText = '', done: boolean[] = []): Ship {
  return {
    id,
    title: id,
    approach: '',
    questionId,
    questionText,
    perspectiveId: '',
    budgetTierId: '',
    originStationId: '',
    carriedFrom: '',
    createdAt: 0,
    steps: done.map((d, i) => ({ id: `s${i}`, text: '', owner: '', due: '', done: d })),
    crew: [],
  };
}

function mutopia(id: string, questionId: string | undefined, prompt: string): Station {
  return { id, kind: 'mutopia', name: id, prompt, ...(questionId ? { questionId } : {}) };
}

describe('harbour fleet', () => {
  it('offers the promoted questions first, then those only stations know, each once', () => {
    const stations = [
      mutopia('m1a', 'q2', 'Frage zwei'),
      mutopia('m1b', 'q2', 'Frage zwei'),
      mutopia('m2', 'q9', 'Frage neun'),
      mutopia('placeholder', undefined, 'Entwickelt mutige Ansätze'),
      { id: 'room', kind: 'solutionRoom', name: 'Raum', prompt: 'kein Fragetext' } satisfies Station,
    ];
    const promoted = [
      { id: 'q1', text: 'Frage eins' },
      { id: 'q2', text: 'Frage zwei (bearbeitet)' },
    ];
    expect(questionChoices(stations, promoted)).toEqual([
      { id: 'q1', text: 'Frage eins' },
      { id: 'q2', text: 'Frage zwei (bearbeitet)' },
      { id: 'q9', text: 'Frage neun' },
    ]);
    expect(questionChoices(stations)).toEqual([
      { id: 'q2', text: 'Frage zwei' },
      { id: 'q9', text: 'Frage neun' },
    ]);
  });

  it('counts ships per question, including questions without ships and ships without questions', () => {
    const ships = [
      ship('a', 'q1', 'Frage eins'),
      ship('b', 'q1', 'Frage eins'),
      ship('c'),
      ship('d', '', 'Eine Frage aus der letzten Sitzung'),
      ship('e', 'gone', 'Gestrichene Frage'),
    ];
    const filter = fleetFilter(ships, [
      { id: 'q1', text: 'Frage eins' },
      { id: 'q2', text: 'Frage zwei' },
    ]);
    expect(filter.total).toBe(5);
    expect(filter.withoutQuestion).toBe(1);
    expect(filter.options).toEqual([
      { key: 'q1', label: 'Frage eins', count: 2 },
      { key: 'q2', label: 'Frage zwei', count: 0 },
      { key: 'text:Eine Frage aus der letzten Sitzung', label: 'Eine Frage aus der letzten Sitzung', count: 1 },
      { key: 'gone', label: 'Gestrichene Frage', count: 1 },
    ]);
  });

  it('filters the fleet by the chosen question', () => {
    const ships = [ship('a', 'q1'), ship('b', 'q2'), ship('c'), ship('d', '', ' Alte Frage ')];
    expect(filterFleet(ships, ALL_SHIPS).map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(filterFleet(ships, 'q2').map((s) => s.id)).toEqual(['b']);
    expect(filterFleet(ships, NO_QUESTION).map((s) => s.id)).toEqual(['c']);
    expect(filterFleet(ships, questionKey(ships[3]!)).map((s) => s.id)).toEqual(['d']);
    expect(filterFleet(ships, 'q3')).toEqual([]);
  });

  it('counts the first steps done', () => {
    expect(stepProgress(ship('a', '', '', [true, false, true]))).toEqual({ done: 2, total: 3 });
    expect(stepProgress(ship('b'))).toEqual({ done: 0, total: 0 });
  });
});
