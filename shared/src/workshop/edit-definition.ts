import type { Station, WorkshopDefinition } from './definition.js';

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
