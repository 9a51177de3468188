import { describe, expect, it } from 'vitest';
import { workshopDefinitionSchema, type WorkshopDefinition } from './definition.js';
import { findTemplate } from './templates/index.js';

const conference = (locale: 'de' | 'en' = 'de') =>
  findTemplate('weiterbildungskonferenz')!.build({ teamCount: 3 }, locale);

const renamed = (definition: WorkshopDefinition, teamId: string, name: string) =>
  workshopDefinitionSchema.parse({
    ...definition,
    teams: definition.teams.map((team) => (team.id === teamId ? { ...team, name } : team)),
  });

const nameOf = (definition: WorkshopDefinition, stationId: string) =>
  definition.stations.find((s) => s.id === stationId)?.name;

describe('a team’s space', () => {
  it('is named after its team, in the workshop’s language', () => {
    expect(nameOf(conference('de'), 'space-team-2')).toBe('Teamraum Team 2');
    expect(nameOf(conference('en'), 'space-team-2')).toBe('Team space Team 2');
  });

  it('follows when the team is renamed, and no other station changes', () => {
    const before = conference();
    const after = renamed(before, 'team-2', 'Nordlicht');
    expect(nameOf(after, 'space-team-2')).toBe('Teamraum Nordlicht');
    const others = (d: WorkshopDefinition) => d.stations.filter((s) => s.id !== 'space-team-2').map((s) => s.name);
    expect(others(after)).toEqual(others(before));
  });

  it('ignores the name a definition from before stored with it, so old exports still import', () => {
    const old = {
      ...conference(),
      teams: conference().teams.map((t) => (t.id === 'team-1' ? { ...t, name: 'Süd' } : t)),
      // Exported before names were derived: the copy of the old team name.
      stations: conference().stations.map((s) => (s.id === 'space-team-1' ? { ...s, name: 'Teamraum Team 1' } : s)),
    };
    const parsed = workshopDefinitionSchema.parse(JSON.parse(JSON.stringify(old)));
    expect(nameOf(parsed, 'space-team-1')).toBe('Teamraum Süd');
  });

  it('stays within the name limit for a long team name', () => {
    expect(nameOf(renamed(conference(), 'team-1', 'x'.repeat(120)), 'space-team-1')).toHaveLength(120);
  });

  it('is the only station that may leave its name out', () => {
    const unnamed = { ...conference(), stations: [...conference().stations, { id: 'extra', kind: 'stand' }] };
    const result = workshopDefinitionSchema.safeParse(unnamed);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['stations', conference().stations.length, 'name']);
  });
});
