import { describe, expect, it } from 'vitest';
import { presentationStations } from './insight-kinds';

const stations = [
  { id: 'team-a', kind: 'teamSpace' as const },
  { id: 'room-1', kind: 'solutionRoom' as const },
  { id: 'room-2', kind: 'solutionRoom' as const },
  { id: 'table', kind: 'expertTable' as const },
  { id: 'harbour', kind: 'harbour' as const },
];

describe('stations of a key-insights presentation', () => {
  it('walks the rooms of a chosen room kind', () => {
    expect(presentationStations(stations, 'solutionRoom', [])).toEqual(['room-1', 'room-2']);
  });

  it('walks the rooms of the current phase when no room kind is chosen', () => {
    expect(presentationStations(stations, null, ['team-a', 'table'])).toEqual(['table']);
    expect(presentationStations(stations, 'teamSpace', ['room-2'])).toEqual(['room-2']);
  });

  it('falls back to the rooms of the most typical kind when the phase has none', () => {
    expect(presentationStations(stations, null, ['team-a', 'harbour'])).toEqual(['room-1', 'room-2']);
    expect(presentationStations(stations.slice(3), null, [])).toEqual(['table']);
    expect(presentationStations([{ id: 'h', kind: 'harbour' }], null, [])).toEqual([]);
  });
});
