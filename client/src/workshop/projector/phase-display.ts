import type { Station, WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { currentPhase } from '@mutopia/shared/workshop/phases';
import type { SessionState } from '@mutopia/shared/workshop/session-state';

/** Stations that are themselves the plenary's display: everybody looks at them together. */
const SHOWN_IN_PLENARY: ReadonlySet<Station['kind']> = new Set(['questionWall', 'harbour']);

/**
 * The station a projector shows by itself when the facilitator chose nothing
 * for it: in a plenary phase around the question wall or the harbour, that
 * station; otherwise none (the phase screen with timer and join code).
 */
export function phaseDisplayStation(definition: WorkshopDefinition, state: SessionState): Station | undefined {
  const phase = currentPhase(definition, state);
  if (!phase || phase.mode !== 'plenary' || phase.stationIds.length !== 1) return undefined;
  const station = definition.stations.find((s) => s.id === phase.stationIds[0]);
  return station && SHOWN_IN_PLENARY.has(station.kind) ? station : undefined;
}
