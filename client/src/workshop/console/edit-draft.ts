import { stationName, type Station, type WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { teamColor } from '@mutopia/shared/workshop/team-colors';
import { projectorIdFrom } from '../links';

/** Applies one change to the programme being edited (not saved until the facilitator saves). */
export type EditDraft = (change: (definition: WorkshopDefinition) => WorkshopDefinition) => void;

/** A fresh id from a name that no other item uses yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const stem = (projectorIdFrom(base) || 'item').slice(0, 40);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export const isTeamRoom = (station: Station) => station.kind === 'teamSpace' && station.teamId !== undefined;

/**
 * Adds "Team n" with its own space when the workshop has team spaces.
 * `archived` are station ids that still have a board (a removed team's
 * space): a new team must never get one of them, or it would open the removed
 * team's board, so its id and its space's id avoid them.
 */
export function withNewTeam(d: WorkshopDefinition, archived: ReadonlySet<string>): WorkshopDefinition {
  const teamIds = new Set(d.teams.map((team) => team.id));
  const stationIds = new Set([...d.stations.map((s) => s.id), ...archived]);
  let n = d.teams.length + 1;
  while (teamIds.has(`team-${n}`) || stationIds.has(`space-team-${n}`)) n++;
  const team = { id: `team-${n}`, name: `Team ${n}`, color: teamColor(n - 1) };
  if (!d.stations.some((s) => s.kind === 'teamSpace')) return { ...d, teams: [...d.teams, team] };
  const space = {
    id: uniqueId(`space-${team.id}`, stationIds),
    kind: 'teamSpace' as const,
    name: stationName({ ...d, teams: [team] }, { kind: 'teamSpace', teamId: team.id }),
    prompt: d.stations.find((s) => s.kind === 'teamSpace')?.prompt ?? '',
    teamId: team.id,
  };
  return { ...d, teams: [...d.teams, team], stations: [...d.stations, space] };
}
