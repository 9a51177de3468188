import { describe, expect, it } from 'vitest';
import { findTemplate } from '../workshop/templates/index.js';
import { sessionDefinition, sessionTitle } from './session-definition.js';

const praxis = findTemplate('praxisaustausch')!;
const conference = findTemplate('weiterbildungskonferenz')!;

describe('the workshop of a series session', () => {
  it('is the template with the topic, the planned date and a harbour for solution ships', () => {
    const { definition, harbourStationId } = sessionDefinition(praxis.build({}, 'de'), {
      topic: 'Anerkennung ausländischer Abschlüsse',
      seriesTitle: 'ThAFF Praxisaustausch 2025',
      date: '2025-03-11',
      locale: 'de',
      withCarriedShips: false,
    });
    expect(definition.title).toBe('Anerkennung ausländischer Abschlüsse – ThAFF Praxisaustausch 2025');
    expect(definition.date).toBe('2025-03-11');
    const harbour = definition.stations.find((s) => s.id === harbourStationId);
    expect(harbour?.kind).toBe('harbour');
    expect(harbour?.name).toBe('Hafen der Lösungsschiffe');
    expect(definition.phases.map((p) => p.id)).toEqual(praxis.build({}, 'de').phases.map((p) => p.id));
  });

  it('shows carried ships in a short phase at the harbour after the welcome', () => {
    const { definition, harbourStationId } = sessionDefinition(praxis.build({}, 'en'), {
      topic: 'Housing',
      seriesTitle: 'Exchange',
      date: '2025-04-08',
      locale: 'en',
      withCarriedShips: true,
    });
    expect(definition.phases[1]).toMatchObject({
      title: 'Solution ships from last time',
      mode: 'plenary',
      stationIds: [harbourStationId],
    });
  });

  it('uses the harbour a template already has', () => {
    const base = conference.build({ teamCount: 4 }, 'de');
    const { definition, harbourStationId } = sessionDefinition(base, {
      topic: 'x',
      seriesTitle: 'y',
      date: '2025-01-01',
      locale: 'de',
      withCarriedShips: true,
    });
    expect(harbourStationId).toBe('harbour');
    expect(definition.stations).toHaveLength(base.stations.length);
    expect(definition.phases).toHaveLength(base.phases.length);
  });

  it('drops the series title when both do not fit into a workshop title', () => {
    expect(sessionTitle('T'.repeat(100), 'S'.repeat(30))).toBe('T'.repeat(100));
  });
});
