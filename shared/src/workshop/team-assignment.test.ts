import { describe, expect, it } from 'vitest';
import { assignTeam, DEFAULT_TEAM_SIZE, teamSizes } from './team-assignment.js';

const teams = (count: number) => Array.from({ length: count }, (_, i) => `team-${i + 1}`);

/** Lets `arrivals` people arrive one by one, each assigned by the rule. */
function arrive(teamIds: string[], arrivals: number, start: Array<{ teamId: string | null }> = []) {
  const members = [...start];
  for (let i = 0; i < arrivals; i++) members.push({ teamId: assignTeam(teamIds, members) });
  return { members, sizes: [...teamSizes(teamIds, members).values()] };
}

describe('assignTeam', () => {
  it('puts the second arrival with the first instead of alone into an empty team', () => {
    const ids = teams(30);
    const first = assignTeam(ids, []);
    expect(first).toBe('team-1');
    expect(assignTeam(ids, [{ teamId: first }])).toBe(first);
  });

  it('fills a team up to the target size before opening the next one', () => {
    const { sizes } = arrive(teams(30), DEFAULT_TEAM_SIZE + 1);
    expect(sizes.slice(0, 3)).toEqual([DEFAULT_TEAM_SIZE, 1, 0]);
  });

  it('fills 30 teams evenly with 120 arrivals: four each', () => {
    const { sizes } = arrive(teams(30), 120);
    expect(sizes).toEqual(Array.from({ length: 30 }, () => 4));
  });

  it('leaves nobody alone while a team with members has space, at every step of 120 arrivals', () => {
    const ids = teams(30);
    const members: Array<{ teamId: string | null }> = [];
    for (let i = 0; i < 120; i++) {
      members.push({ teamId: assignTeam(ids, members) });
      const sizes = [...teamSizes(ids, members).values()];
      const alone = sizes.filter((size) => size === 1).length;
      // At most the one team that was just opened has a single member.
      expect(alone).toBeLessThanOrEqual(1);
      if (alone === 1) expect(sizes.filter((s) => s > 1 && s < DEFAULT_TEAM_SIZE)).toHaveLength(0);
    }
  });

  it('joins someone who chose a team alone before opening another team', () => {
    const ids = teams(5);
    const start = [...Array.from({ length: 4 }, () => ({ teamId: 'team-1' })), { teamId: 'team-4' }];
    expect(assignTeam(ids, start)).toBe('team-4');
  });

  it('prefers the emptiest of the teams with space', () => {
    const ids = teams(3);
    const start = [{ teamId: 'team-1' }, { teamId: 'team-1' }, { teamId: 'team-1' }, { teamId: 'team-2' }];
    expect(assignTeam(ids, start)).toBe('team-2');
  });

  it('grows teams past the target evenly once all are full', () => {
    const { sizes } = arrive(teams(3), 14);
    expect(sizes).toEqual([5, 5, 4]);
  });

  it('honours another target size', () => {
    const ids = teams(4);
    const members: Array<{ teamId: string | null }> = [];
    for (let i = 0; i < 7; i++) members.push({ teamId: assignTeam(ids, members, 6) });
    expect([...teamSizes(ids, members).values()]).toEqual([6, 1, 0, 0]);
  });

  it('ignores members without a team or of removed teams, and has no answer without teams', () => {
    expect(assignTeam(teams(2), [{ teamId: null }, { teamId: 'gone' }])).toBe('team-1');
    expect(assignTeam([], [])).toBeNull();
  });
});
