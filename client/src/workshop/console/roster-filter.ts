import type { RosterEntry } from '@mutopia/shared/workshop-api';

/** Team ids are never empty, so '' can stand for "no team" in a team picker. */
export const NO_TEAM = '';

export type StatusFilter = 'all' | 'online' | 'offline';

/** Which team to list: everyone, people without a team, or one team (by id). */
export type TeamFilter = { kind: 'all' } | { kind: 'none' } | { kind: 'team'; teamId: string };

export interface RosterFilter {
  query: string;
  team: TeamFilter;
  status: StatusFilter;
}

/** Lower case without accents, so "jose" finds "José". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de');
}

function inTeam(person: RosterEntry, team: TeamFilter): boolean {
  if (team.kind === 'all') return true;
  if (team.kind === 'none') return person.teamId === null;
  return person.teamId === team.teamId;
}

/** People matching a name search, a team and an online status, sorted by name. */
export function filterRoster(people: readonly RosterEntry[], filter: RosterFilter): RosterEntry[] {
  const query = fold(filter.query.trim());
  return people
    .filter((p) => (!query || fold(p.displayName).includes(query)) && inTeam(p, filter.team))
    .filter((p) => filter.status === 'all' || p.online === (filter.status === 'online'))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'de', { sensitivity: 'base' }));
}

/** The team filter as a <select> value and back; prefixed, so no team id can clash with "all" or "none". */
export function teamFilterValue(team: TeamFilter): string {
  return team.kind === 'team' ? `team:${team.teamId}` : team.kind;
}

export function parseTeamFilter(value: string): TeamFilter {
  if (value.startsWith('team:')) return { kind: 'team', teamId: value.slice(5) };
  return value === 'none' ? { kind: 'none' } : { kind: 'all' };
}
