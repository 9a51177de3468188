export type SelfSelectionRefusal = 'unknown_station' | 'full' | 'already_visited';

export interface SelfSelectionState {
  /** Station id → capacity; a station without one is unlimited. */
  capacities: ReadonlyMap<string, number | undefined>;
  /** Station id → people currently in it. */
  occupancy: ReadonlyMap<string, number>;
  /** Stations this person chose in earlier rounds of the phase. */
  visited: ReadonlySet<string>;
  /** Where this person is now in this round, if anywhere. */
  current?: string;
}

/**
 * Whether a person may pick a station: it must exist, have room (their own
 * current place does not count against it), and, in rooms run more than once,
 * not be one they attended in an earlier round.
 */
export function checkSelfSelection(
  stationId: string,
  state: SelfSelectionState,
): { ok: true } | { ok: false; reason: SelfSelectionRefusal } {
  if (!state.capacities.has(stationId)) return { ok: false, reason: 'unknown_station' };
  if (state.current === stationId) return { ok: true };
  if (state.visited.has(stationId)) return { ok: false, reason: 'already_visited' };
  const capacity = state.capacities.get(stationId);
  if (capacity !== undefined && (state.occupancy.get(stationId) ?? 0) >= capacity) return { ok: false, reason: 'full' };
  return { ok: true };
}

/** People per station from a person → station assignment. */
export function occupancyOf(assignment: ReadonlyMap<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const stationId of assignment.values()) out.set(stationId, (out.get(stationId) ?? 0) + 1);
  return out;
}
