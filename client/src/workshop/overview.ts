/**
 * Who is where, derived the same way every participant's screen derives it
 * (with `locate()`), for the facilitator's "all stations at a glance".
 */
import type { BudgetTier, Perspective, Station, WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { locate } from '@mutopia/shared/workshop/location';
import { currentPhase, effectivePhase } from '@mutopia/shared/workshop/phases';
import { rotationRound } from '@mutopia/shared/workshop/schedules/rotation';
import type { SessionState } from '@mutopia/shared/workshop/session-state';

export interface Person {
  id: string;
  displayName: string;
  teamId: string | null;
  online: boolean;
}

export interface Whereabouts {
  /** Station id → the people who should be there now. */
  byStation: Map<string, Person[]>;
  /** In the plenary view (no station). */
  plenary: Person[];
  /** Self-selection: still choosing a room. */
  choosing: Person[];
}

export function whereEveryoneIs(
  definition: WorkshopDefinition,
  state: SessionState,
  people: readonly Person[],
): Whereabouts {
  const byStation = new Map<string, Person[]>();
  const plenary: Person[] = [];
  const choosing: Person[] = [];
  for (const person of people) {
    const where = locate(definition, state, person);
    if (where.kind === 'station') {
      const list = byStation.get(where.stationId);
      if (list) list.push(person);
      else byStation.set(where.stationId, [person]);
    } else if (where.kind === 'choose') choosing.push(person);
    else if (where.kind === 'plenary') plenary.push(person);
  }
  return { byStation, plenary, choosing };
}

/** The stations the current phase works in (team spaces for a team-space phase), plus a summon's destination. */
export function phaseStationIds(definition: WorkshopDefinition, state: SessionState): string[] {
  const phase = effectivePhase(definition, state.phaseIndex);
  const ids: string[] = [];
  if (phase) {
    if (phase.mode === 'teamSpace') {
      ids.push(...definition.stations.filter((s) => s.kind === 'teamSpace').map((s) => s.id));
    } else {
      ids.push(...phase.stationIds);
    }
  }
  const to = state.summon?.toStationId;
  if (to && !ids.includes(to)) ids.push(to);
  return ids;
}

/**
 * Teams working at each station now: the rotation puts whole teams there,
 * team spaces belong to one team, and otherwise the teams of the people there.
 */
export function teamsByStation(
  definition: WorkshopDefinition,
  state: SessionState,
  whereabouts: Whereabouts,
): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (stationId: string, teamId: string) => {
    const set = out.get(stationId);
    if (set) set.add(teamId);
    else out.set(stationId, new Set([teamId]));
  };
  const phase = effectivePhase(definition, state.phaseIndex);
  if (phase?.mode === 'rotation') {
    const summonedAway = state.summon?.target.kind === 'all';
    if (!summonedAway) {
      for (const [teamId, stationId] of rotationRound(
        definition.teams.map((t) => t.id),
        phase.stationIds,
        state.round,
      )) {
        if (!(state.summon?.target.kind === 'team' && state.summon.target.teamId === teamId)) add(stationId, teamId);
      }
    }
  } else if (phase?.mode === 'teamSpace' && state.summon?.target.kind !== 'all') {
    for (const station of definition.stations)
      if (station.kind === 'teamSpace' && station.teamId) add(station.id, station.teamId);
  }
  for (const [stationId, people] of whereabouts.byStation) {
    for (const person of people) if (person.teamId) add(stationId, person.teamId);
  }
  return new Map([...out].map(([stationId, teams]) => [stationId, [...teams]]));
}

/** Self-selection: people per station in the current round. */
export function occupancy(state: SessionState): Map<string, number> {
  const out = new Map<string, number>();
  for (const stationId of Object.values(state.choices)) out.set(stationId, (out.get(stationId) ?? 0) + 1);
  return out;
}

/** Why a participant may not pick a station right now, if they may not. */
export function choiceRefusal(
  station: Station,
  state: SessionState,
  participantId: string,
  taken: ReadonlyMap<string, number>,
): 'full' | 'already_visited' | null {
  if (state.choices[participantId] === station.id) return null;
  if ((state.visited[participantId] ?? []).includes(station.id)) return 'already_visited';
  if (station.capacity !== undefined && (taken.get(station.id) ?? 0) >= station.capacity) return 'full';
  return null;
}

/** "Round 2 of 5" applies to phases that run in more than one round. */
export function roundInfo(
  definition: WorkshopDefinition,
  state: SessionState,
): { round: number; rounds: number } | null {
  const phase = effectivePhase(definition, state.phaseIndex);
  if (!phase || !(phase.mode === 'rotation' || phase.mode === 'selfSelect') || phase.rounds < 2) return null;
  return { round: state.round, rounds: phase.rounds };
}

/** An [M]Utopie station's perspective and budget tier, when it has them. */
export function stationFacts(
  definition: WorkshopDefinition,
  station: Station,
): { perspective: Perspective | undefined; budget: BudgetTier | undefined } {
  return {
    perspective: station.perspectiveId
      ? definition.perspectives.find((p) => p.id === station.perspectiveId)
      : undefined,
    budget: station.budgetTierId ? definition.budgetTiers.find((b) => b.id === station.budgetTierId) : undefined,
  };
}

export { currentPhase, effectivePhase };
