import type { Phase, Station, WorkshopDefinition } from './definition.js';

/**
 * Adds a station the way a facilitator means it: a new solution room joins the
 * phases that use the solution rooms (and a rotation through all of them gets
 * one more round, so every team still visits every room). Phases that use
 * stations of other kinds, or none, are left alone.
 */
export function addStation(definition: WorkshopDefinition, station: Station): WorkshopDefinition {
  const kindOf = new Map(definition.stations.map((s) => [s.id, s.kind]));
  const phases = definition.phases.map((phase) => {
    const ids = phase.stationIds;
    const sameKind = ids.length > 1 && ids.every((id) => kindOf.get(id) === station.kind);
    if (!sameKind) return phase;
    const visitsAll = phase.mode === 'rotation' && phase.rounds === ids.length;
    return { ...phase, stationIds: [...ids, station.id], rounds: visitsAll ? phase.rounds + 1 : phase.rounds };
  });
  return { ...definition, stations: [...definition.stations, station], phases };
}

/** A new phase that needs no stations (a plenary, a break, time in the team spaces), inserted at `at`. */
export function addPhase(
  definition: WorkshopDefinition,
  phase: Phase,
  at = definition.phases.length,
): WorkshopDefinition {
  const phases = [...definition.phases];
  phases.splice(Math.max(0, Math.min(at, phases.length)), 0, phase);
  return { ...definition, phases };
}

/** Drops a phase; the session keeps pointing at its phase by id (see `sessionAfterEdit`). */
export function removePhase(definition: WorkshopDefinition, phaseId: string): WorkshopDefinition {
  return { ...definition, phases: definition.phases.filter((p) => p.id !== phaseId) };
}

/** Moves a phase one place up (-1) or down (+1); at either end nothing changes. */
export function movePhase(definition: WorkshopDefinition, phaseId: string, delta: -1 | 1): WorkshopDefinition {
  const from = definition.phases.findIndex((p) => p.id === phaseId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= definition.phases.length) return definition;
  const phases = [...definition.phases];
  [phases[from], phases[to]] = [phases[to]!, phases[from]!];
  return { ...definition, phases };
}

/**
 * Removes a team with its team space. The space's board is not deleted: it
 * stays in the database under its station id (archived), out of the programme.
 * Its members are moved by the server (see `memberChanges`), not here.
 */
export function removeTeam(definition: WorkshopDefinition, teamId: string): WorkshopDefinition {
  const gone = new Set(
    definition.stations.filter((s) => s.kind === 'teamSpace' && s.teamId === teamId).map((s) => s.id),
  );
  const stations = definition.stations
    .filter((s) => !gone.has(s.id))
    .map((s) => {
      if (s.teamId !== teamId) return s;
      const { teamId: _team, ...rest } = s;
      return rest;
    });
  const phases = definition.phases.map((p) =>
    p.stationIds.some((id) => gone.has(id)) ? { ...p, stationIds: p.stationIds.filter((id) => !gone.has(id)) } : p,
  );
  return { ...definition, teams: definition.teams.filter((t) => t.id !== teamId), stations, phases };
}
