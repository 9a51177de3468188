import { describe, expect, it } from 'vitest';
import { filterRoster, parseTeamFilter, teamFilterValue, type RosterFilter } from './roster-filter';

const people = [
  { id: 'a', displayName: 'Zoë Brandt', teamId: 'team-1', online: true },
  { id: 'b', displayName: 'José Meier', teamId: 'team-2', online: false },
  { id: 'c', displayName: 'anna Kurz', teamId: null, online: true },
  { id: 'd', displayName: 'Jonas Alt', teamId: 'team-1', online: false },
];
const all: RosterFilter = { query: '', team: { kind: 'all' }, status: 'all' };
const names = (filter: Partial<RosterFilter>) => filterRoster(people, { ...all, ...filter }).map((p) => p.id);

describe('filterRoster', () => {
  it('lists everyone sorted by name, ignoring case', () => {
    expect(names({})).toEqual(['c', 'd', 'b', 'a']);
  });

  it('finds people by part of their name, without caring for case or accents', () => {
    expect(names({ query: 'jo' })).toEqual(['d', 'b']);
    expect(names({ query: 'JOSE' })).toEqual(['b']);
    expect(names({ query: ' zoe ' })).toEqual(['a']);
    expect(names({ query: 'xyz' })).toEqual([]);
  });

  it('filters by team, by no team and by online status', () => {
    expect(names({ team: { kind: 'team', teamId: 'team-1' } })).toEqual(['d', 'a']);
    expect(names({ team: { kind: 'none' } })).toEqual(['c']);
    expect(names({ status: 'online' })).toEqual(['c', 'a']);
    expect(names({ status: 'offline', team: { kind: 'team', teamId: 'team-1' } })).toEqual(['d']);
  });

  it('keeps a team called "none" apart from people without a team in the picker value', () => {
    expect(parseTeamFilter(teamFilterValue({ kind: 'team', teamId: 'none' }))).toEqual({
      kind: 'team',
      teamId: 'none',
    });
    expect(parseTeamFilter(teamFilterValue({ kind: 'none' }))).toEqual({ kind: 'none' });
    expect(parseTeamFilter(teamFilterValue({ kind: 'all' }))).toEqual({ kind: 'all' });
  });
});
