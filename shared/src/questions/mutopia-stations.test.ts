import { describe, expect, it } from 'vitest';
import { workshopDefinitionSchema, type WorkshopDefinition } from '../workshop/definition.js';
import { findTemplate } from '../workshop/templates/index.js';
import { generateMutopiaStations, type PromotedQuestion } from './mutopia-stations.js';

function conference(locale: 'de' | 'en' = 'de'): WorkshopDefinition {
  return findTemplate('weiterbildungskonferenz')!.build({}, locale);
}

function promoted(n: number, offset = 0): PromotedQuestion[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `q${i + 1 + offset}`,
    text: `Wie können wir Frage ${i + 1 + offset} lösen?`,
    promotedRank: i + 1,
  }));
}

const mutopia = (def: WorkshopDefinition) => def.stations.filter((s) => s.kind === 'mutopia');
const phase = (def: WorkshopDefinition, id: string) => def.phases.find((p) => p.id === id)!;

describe('generateMutopiaStations', () => {
  it('turns six promoted questions into the 18 template stations: question × perspective, tiers rotating', () => {
    const before = conference();
    const after = generateMutopiaStations(before, promoted(6));
    expect(workshopDefinitionSchema.parse(after)).toEqual(after);
    const stations = mutopia(after);
    // Same ids as the placeholders, so every station keeps its board.
    expect(stations.map((s) => s.id)).toEqual(mutopia(before).map((s) => s.id));
    expect(stations[0]).toEqual({
      id: 'mutopia-1-pippi',
      kind: 'mutopia',
      name: 'Frage 1 · Pippi Langstrumpf',
      prompt: 'Wie können wir Frage 1 lösen?',
      capacity: 8,
      questionId: 'q1',
      perspectiveId: 'pippi',
      budgetTierId: 'one-euro',
    });
    expect(stations.find((s) => s.id === 'mutopia-6-einstein')).toMatchObject({
      name: 'Frage 6 · Albert Einstein',
      prompt: 'Wie können wir Frage 6 lösen?',
      questionId: 'q6',
      // (q + p) % 4 with q = 5, p = 2
      budgetTierId: after.budgetTiers[3]!.id,
    });
    // The tiers match the template's placeholders.
    expect(stations.map((s) => s.budgetTierId)).toEqual(mutopia(before).map((s) => s.budgetTierId));
    expect(phase(after, 'mutopia').stationIds).toEqual(stations.map((s) => s.id));
    expect(phase(after, 'solution-ships').stationIds).toEqual(stations.map((s) => s.id));
    // Nothing else moved.
    expect(after.stations.map((s) => s.id)).toEqual(before.stations.map((s) => s.id));
    expect(phase(after, 'solution-rooms')).toEqual(phase(before, 'solution-rooms'));
  });

  it('orders stations by rank, not by the order questions are given in, and names them in English', () => {
    const questions: PromotedQuestion[] = [
      { id: 'b', text: 'How might we B?', promotedRank: 2 },
      { id: 'x', text: 'not promoted', promotedRank: null },
      { id: 'a', text: 'How might we A?', promotedRank: 1 },
    ];
    const after = generateMutopiaStations(conference('en'), questions);
    const stations = mutopia(after);
    expect(stations.map((s) => [s.id, s.questionId])).toEqual([
      ['mutopia-1-pippi', 'a'],
      ['mutopia-1-agassi-graf', 'a'],
      ['mutopia-1-einstein', 'a'],
      ['mutopia-2-pippi', 'b'],
      ['mutopia-2-agassi-graf', 'b'],
      ['mutopia-2-einstein', 'b'],
    ]);
    expect(stations[3]!.name).toBe('Question 2 · Pippi Langstrumpf');
    expect(stations.some((s) => s.prompt === 'not promoted')).toBe(false);
  });

  it('removes placeholders beyond the promoted count from stations and phases, and adds stations past six', () => {
    const two = generateMutopiaStations(conference(), promoted(2));
    expect(mutopia(two)).toHaveLength(6);
    expect(two.stations.some((s) => s.id === 'mutopia-3-pippi')).toBe(false);
    expect(phase(two, 'mutopia').stationIds).toHaveLength(6);
    expect(workshopDefinitionSchema.safeParse(two).success).toBe(true);

    const eight = generateMutopiaStations(two, promoted(8));
    expect(mutopia(eight)).toHaveLength(24);
    expect(eight.stations.find((s) => s.id === 'mutopia-8-agassi-graf')?.questionId).toBe('q8');
    // Still in one block before the harbour.
    const ids = eight.stations.map((s) => s.id);
    expect(ids.indexOf('mutopia-8-einstein') + 1).toBe(ids.indexOf('harbour'));
    expect(phase(eight, 'solution-ships').stationIds).toHaveLength(24);
    expect(workshopDefinitionSchema.safeParse(eight).success).toBe(true);
  });

  it('keeps a capacity the facilitator changed and the [M]Utopie stations they added by hand', () => {
    const before = conference();
    before.stations = before.stations.map((s) => (s.id === 'mutopia-2-pippi' ? { ...s, capacity: 12 } : s));
    const own = { id: 'zukunftswerkstatt', kind: 'mutopia' as const, name: 'Zukunftswerkstatt', prompt: 'Frei' };
    before.stations.push(own);
    before.phases = before.phases.map((p) =>
      p.id === 'mutopia' ? { ...p, stationIds: [...p.stationIds, own.id] } : p,
    );

    const after = generateMutopiaStations(before, promoted(3));
    expect(after.stations.find((s) => s.id === 'mutopia-2-pippi')?.capacity).toBe(12);
    expect(after.stations).toContainEqual(own);
    expect(phase(after, 'mutopia').stationIds.at(-1)).toBe('zukunftswerkstatt');
    expect(phase(after, 'mutopia').stationIds).toHaveLength(10);
    // The ships phase never had it and does not get it.
    expect(phase(after, 'solution-ships').stationIds).not.toContain('zukunftswerkstatt');
  });

  it('numbers stations 1…n when ranks have gaps, and makes one station per question without perspectives', () => {
    const def = { ...conference(), perspectives: [], budgetTiers: [] };
    def.stations = def.stations.map(({ perspectiveId: _p, budgetTierId: _b, ...s }) => s);
    const after = generateMutopiaStations(def, [
      { id: 'a', text: 'A?', promotedRank: 2 },
      { id: 'b', text: 'B?', promotedRank: 5 },
    ]);
    expect(mutopia(after).map((s) => [s.id, s.name, s.questionId, s.budgetTierId])).toEqual([
      ['mutopia-1', 'Frage 1', 'a', undefined],
      ['mutopia-2', 'Frage 2', 'b', undefined],
    ]);
    expect(phase(after, 'mutopia').stationIds).toEqual(['mutopia-1', 'mutopia-2']);
    expect(workshopDefinitionSchema.safeParse(after).success).toBe(true);
  });

  it('appends before the harbour in a workshop that had no [M]Utopie stations, leaving phases alone', () => {
    const before = conference();
    const noMutopia: WorkshopDefinition = {
      ...before,
      stations: before.stations.filter((s) => s.kind !== 'mutopia'),
      phases: before.phases.filter((p) => p.id !== 'mutopia' && p.id !== 'solution-ships'),
    };
    const after = generateMutopiaStations(noMutopia, promoted(1));
    const ids = after.stations.map((s) => s.id);
    expect(ids.slice(ids.indexOf('harbour') - 3)).toEqual([
      'mutopia-1-pippi',
      'mutopia-1-agassi-graf',
      'mutopia-1-einstein',
      'harbour',
    ]);
    expect(after.phases).toEqual(noMutopia.phases);
  });
});
