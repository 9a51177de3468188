import { describe, expect, it } from 'vitest';
import { workshopDefinitionSchema } from './definition.js';
import { addStation } from './edit-definition.js';
import { findTemplate } from './templates/index.js';

describe('adding a station during the event', () => {
  const conference = findTemplate('weiterbildungskonferenz')!.build({}, 'de');

  it('puts a sixth solution room into the rotation and adds the round it needs', () => {
    const next = addStation(conference, {
      id: 'solution-room-extra',
      kind: 'solutionRoom',
      name: 'Lösungsraum 6',
      prompt: '',
    });
    const rotation = next.phases.find((p) => p.id === 'solution-rooms')!;
    expect(rotation.stationIds).toHaveLength(6);
    expect(rotation.stationIds.at(-1)).toBe('solution-room-extra');
    expect(rotation.rounds).toBe(6);
    expect(workshopDefinitionSchema.safeParse(next).success).toBe(true);
  });

  it('adds an expert table to the member split and leaves other phases alone', () => {
    const next = addStation(conference, { id: 'expert-table-5', kind: 'expertTable', name: 'Tisch 5', prompt: '' });
    expect(next.phases.find((p) => p.id === 'expert-tables')!.stationIds).toHaveLength(5);
    expect(next.phases.find((p) => p.id === 'solution-rooms')).toEqual(
      conference.phases.find((p) => p.id === 'solution-rooms'),
    );
    expect(next.phases.find((p) => p.id === 'welcome')).toEqual(conference.phases.find((p) => p.id === 'welcome'));
  });

  it('adds a station of a kind no phase uses to the board list only', () => {
    const next = addStation(conference, { id: 'parking', kind: 'stand', name: 'Parkplatz', prompt: '' });
    expect(next.stations.at(-1)!.id).toBe('parking');
    expect(next.phases).toEqual(conference.phases);
  });
});
