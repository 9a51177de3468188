import { describe, expect, it } from 'vitest';
import type { WorkshopDefinition } from '../workshop/definition.js';
import { looksLikeArchive, remapQuestionIds } from './archive-schema.js';

const definition: WorkshopDefinition = {
  format: 'mutopia.workshop',
  version: 1,
  title: 'T',
  venue: '',
  guidingQuestion: '',
  locale: 'de',
  teams: [{ id: 'a', name: 'A', color: '#112233' }],
  stations: [
    { id: 'm1', kind: 'mutopia', name: 'M1', prompt: '', questionId: 'old-q' },
    { id: 'h', kind: 'harbour', name: 'Hafen', prompt: '' },
  ],
  phases: [{ id: 'p', title: 'P', instruction: '', durationMinutes: 5, mode: 'plenary', stationIds: [], rounds: 1 }],
  perspectives: [],
  budgetTiers: [],
};

describe('remapQuestionIds', () => {
  it('gives questions new ids and moves stations, vote items, tallies and promotions along', () => {
    const at = '2025-01-01T00:00:00.000Z';
    const remapped = remapQuestionIds(
      {
        definition,
        questions: {
          open: false,
          items: [
            { id: 'old-q', teamId: 'a', text: 'Wie?', themeId: null, promotedRank: 1, createdAt: at, updatedAt: at },
          ],
        },
        votes: [
          {
            id: 'vote-0001',
            stationId: null,
            title: 'Fragen',
            items: [
              { kind: 'question', id: 'old-q', label: 'Wie?' },
              { kind: 'note', id: 'old-q-note', label: 'x' },
            ],
            budget: 3,
            capPerItem: null,
            status: 'revealed',
            tallies: { 'old-q': 4, 'old-q-note': 1 },
            promoted: ['old-q'],
            createdAt: 1,
            closedAt: 2,
            revealedAt: 3,
          },
        ],
      },
      () => 'new-q',
    );
    expect(remapped.ids.get('old-q')).toBe('new-q');
    expect(remapped.questions[0]!.id).toBe('new-q');
    expect(remapped.definition.stations[0]!.questionId).toBe('new-q');
    expect(remapped.definition.stations[1]).toEqual(definition.stations[1]);
    const vote = remapped.votes[0]!;
    expect(vote.items.map((i) => i.id)).toEqual(['new-q', 'old-q-note']);
    expect(vote.tallies).toEqual({ 'new-q': 4, 'old-q-note': 1 });
    expect(vote.promoted).toEqual(['new-q']);
  });
});

describe('looksLikeArchive', () => {
  it('tells an archive from a bare definition', () => {
    expect(looksLikeArchive({ format: 'mutopia.workshop-archive' })).toBe(true);
    expect(looksLikeArchive(definition)).toBe(false);
    expect(looksLikeArchive(null)).toBe(false);
  });
});
