import { describe, expect, it } from 'vitest';
import { removeTeam } from '@mutopia/shared/workshop/edit-definition';
import { findTemplate } from '@mutopia/shared/workshop/templates/index';
import { withNewTeam } from './edit-draft';

describe('adding a team after one was removed', () => {
  const conference = findTemplate('weiterbildungskonferenz')!.build({ teamCount: 6 }, 'de');
  const boards = new Set(conference.stations.map((s) => s.id));

  it('never gives the new team the removed team’s archived space (and board)', () => {
    const fewer = removeTeam(conference, 'team-6');
    const added = withNewTeam(fewer, boards);
    const team = added.teams.at(-1)!;
    const space = added.stations.find((s) => s.kind === 'teamSpace' && s.teamId === team.id)!;
    expect(team.id).not.toBe('team-6');
    expect(boards.has(space.id)).toBe(false);
  });

  it('numbers on as before when nothing was removed', () => {
    const added = withNewTeam(conference, boards);
    expect(added.teams.at(-1)).toMatchObject({ id: 'team-7', name: 'Team 7' });
    expect(added.stations.at(-1)).toMatchObject({ id: 'space-team-7', teamId: 'team-7' });
  });
});
