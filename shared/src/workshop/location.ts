import type { WorkshopDefinition } from './definition.js';
import { effectivePhase } from './phases.js';
import { rotationRound } from './schedules/rotation.js';
import type { SessionState, SummonTarget } from './session-state.js';

/** Where a participant should be now, and why; what their screen shows and opens. */
export type Location =
  /** Before the first phase. */
  | { kind: 'waiting' }
  /** Everybody together: the plenary view (no board, or the phase's boards in a gallery). */
  | { kind: 'plenary' }
  /** Self-selection without a choice yet: pick one of these stations. */
  | { kind: 'choose'; stationIds: string[] }
  | { kind: 'station'; stationId: string; reason: LocationReason };

export type LocationReason = 'summon' | 'plenary' | 'teamSpace' | 'rotation' | 'split' | 'choice';

interface Who {
  id: string;
  teamId: string | null;
}

function teamSpaceOf(definition: WorkshopDefinition, teamId: string | null): string | undefined {
  return teamId === null
    ? undefined
    : definition.stations.find((s) => s.kind === 'teamSpace' && s.teamId === teamId)?.id;
}

/** Where the current phase and round put this participant, ignoring any summon. */
export function assignedLocation(definition: WorkshopDefinition, state: SessionState, who: Who): Location {
  const phase = effectivePhase(definition, state.phaseIndex);
  if (!phase) return { kind: 'waiting' };
  switch (phase.mode) {
    case 'plenary':
    case 'continue':
      return phase.stationIds.length === 1
        ? { kind: 'station', stationId: phase.stationIds[0]!, reason: 'plenary' }
        : { kind: 'plenary' };
    case 'teamSpace': {
      const stationId = teamSpaceOf(definition, who.teamId);
      return stationId ? { kind: 'station', stationId, reason: 'teamSpace' } : { kind: 'plenary' };
    }
    case 'rotation': {
      if (who.teamId === null) return { kind: 'plenary' };
      const stationId = rotationRound(
        definition.teams.map((t) => t.id),
        phase.stationIds,
        state.round,
      ).get(who.teamId);
      return stationId ? { kind: 'station', stationId, reason: 'rotation' } : { kind: 'plenary' };
    }
    case 'split': {
      const stationId = state.split[who.id];
      return stationId ? { kind: 'station', stationId, reason: 'split' } : { kind: 'plenary' };
    }
    case 'selfSelect': {
      const stationId = state.choices[who.id];
      return stationId
        ? { kind: 'station', stationId, reason: 'choice' }
        : { kind: 'choose', stationIds: phase.stationIds };
    }
  }
}

function summoned(target: SummonTarget, who: Who, assigned: Location): boolean {
  switch (target.kind) {
    case 'all':
      return true;
    case 'team':
      return who.teamId === target.teamId;
    case 'station':
      return assigned.kind === 'station' && assigned.stationId === target.stationId;
  }
}

/** Where this participant should be now: a summon overrides the phase's assignment. */
export function locate(definition: WorkshopDefinition, state: SessionState, who: Who): Location {
  const assigned = assignedLocation(definition, state, who);
  const summon = state.summon;
  if (summon && summoned(summon.target, who, assigned)) {
    return summon.toStationId === null
      ? { kind: 'plenary' }
      : { kind: 'station', stationId: summon.toStationId, reason: 'summon' };
  }
  return assigned;
}
