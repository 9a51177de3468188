import { z } from 'zod';
import { singleLine } from '../plain-text.js';
import type { WorkshopDefinition } from './definition.js';
import { effectivePhase } from './phases.js';
import type { ProjectorView, SessionState } from './session-state.js';

const id = singleLine(z.string().min(1).max(64));

/**
 * For each team removed by an edit: the team its members join, or null for
 * "without a team" (they then follow plenaries and their split or choices, and
 * the facilitator can place them later). A removed team left out means null.
 */
export const memberMovesSchema = z.record(id, id.nullable());
export type MemberMoves = z.infer<typeof memberMovesSchema>;

export type DefinitionEditError =
  /** The edit drops the phase the session is in: move on (or back) first. */
  | 'current_phase_removed'
  /** A rotation places teams by their position in the list: removing one would move every team after it. */
  | 'team_removed_in_rotation'
  /** Members are to join a team the edited programme does not have. */
  | 'unknown_team';

export interface MemberChange {
  participantId: string;
  teamId: string | null;
}

export type DefinitionEditOutcome =
  { ok: true; state: SessionState; members: MemberChange[] } | { ok: false; error: DefinitionEditError };

interface Member {
  id: string;
  teamId: string | null;
}

/** Teams of `before` that `after` no longer has. */
export function removedTeams(before: WorkshopDefinition, after: WorkshopDefinition): string[] {
  const kept = new Set(after.teams.map((t) => t.id));
  return before.teams.filter((t) => !kept.has(t.id)).map((t) => t.id);
}

function keepKeys<T>(record: Record<string, T>, keep: (key: string, value: T) => boolean): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key, value]) => keep(key, value)));
}

function projectorAfter(view: ProjectorView, stations: ReadonlySet<string>): ProjectorView {
  if (view.kind === 'station') return stations.has(view.stationId) ? view : { kind: 'phase' };
  if (view.kind !== 'gallery') return view;
  const stationIds = view.stationIds.filter((s) => stations.has(s));
  if (stationIds.length === 0) return { kind: 'phase' };
  return { ...view, stationIds, index: Math.min(view.index, stationIds.length - 1) };
}

/**
 * What a saved programme edit does to the running session. Phases are
 * followed by id, so the session stays in the same phase when phases before
 * it are added, removed or reordered; the memory of removed phases is
 * dropped, so a new phase that happens to get an old id starts fresh.
 * Whatever pointed at a removed team or station (projectors, a summon, done
 * signals, places) is let go. Members of removed teams move as `moves` says.
 */
export function applyDefinitionEdit(
  before: WorkshopDefinition,
  after: WorkshopDefinition,
  state: SessionState,
  members: readonly Member[],
  moves: MemberMoves = {},
): DefinitionEditOutcome {
  const gone = new Set(removedTeams(before, after));
  const teams = new Set(after.teams.map((t) => t.id));
  for (const [from, to] of Object.entries(moves)) {
    if (gone.has(from) && to !== null && !teams.has(to)) return { ok: false, error: 'unknown_team' };
  }
  if (gone.size > 0 && effectivePhase(before, state.phaseIndex)?.mode === 'rotation')
    return { ok: false, error: 'team_removed_in_rotation' };

  let phaseIndex = state.phaseIndex;
  if (phaseIndex !== null) {
    const current = before.phases[phaseIndex];
    const moved = current ? after.phases.findIndex((p) => p.id === current.id) : -1;
    if (current && moved < 0) return { ok: false, error: 'current_phase_removed' };
    // An index that pointed past the end already (never in practice) stays on the last phase.
    phaseIndex = current ? moved : Math.min(phaseIndex, after.phases.length - 1);
  }

  const phases = new Set(after.phases.map((p) => p.id));
  const stations = new Set(after.stations.map((s) => s.id));
  const known = (key: string) => teams.has(key) || stations.has(key);
  const summon = state.summon;
  const summonKept =
    summon &&
    (summon.toStationId === null || stations.has(summon.toStationId)) &&
    (summon.target.kind !== 'team' || teams.has(summon.target.teamId)) &&
    (summon.target.kind !== 'station' || stations.has(summon.target.stationId));
  const next: SessionState = {
    ...state,
    phaseIndex,
    split: keepKeys(state.split, (_, s) => stations.has(s)),
    choices: keepKeys(state.choices, (_, s) => stations.has(s)),
    done: keepKeys(state.done, known),
    summon: summonKept ? summon : null,
    projectors: Object.fromEntries(
      Object.entries(state.projectors).map(([key, view]) => [key, projectorAfter(view, stations)]),
    ),
    history: {
      places: keepKeys(state.history.places, (key) => phases.has(key)),
      marks: keepKeys(state.history.marks, (key) => phases.has(key)),
    },
  };
  const changed = JSON.stringify(next) !== JSON.stringify(state);
  const memberChanges = members
    .filter((m) => m.teamId !== null && gone.has(m.teamId))
    .map((m) => ({ participantId: m.id, teamId: moves[m.teamId!] ?? null }));
  return {
    ok: true,
    state: changed ? { ...next, revision: state.revision + 1 } : state,
    members: memberChanges,
  };
}
