export interface TeamMembers {
  teamId: string;
  memberIds: readonly string[];
}

/**
 * Spreads each team's members across the stations (expert tables): a team's
 * members land on different tables as long as there are enough tables, and
 * every table gets ⌊N/S⌋ or ⌈N/S⌉ people overall. Members are numbered
 * consecutively across teams and dealt out like cards.
 */
export function splitMembers(teams: readonly TeamMembers[], stationIds: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (stationIds.length === 0) return out;
  let dealt = 0;
  for (const team of teams) {
    for (const memberId of team.memberIds) {
      out.set(memberId, stationIds[dealt % stationIds.length]!);
      dealt++;
    }
  }
  return out;
}

/**
 * A table for someone who joins after the split was made, without moving
 * anyone else: the least-filled table among those with the fewest of their
 * own team; ties go to the earlier table.
 */
export function placeLateMember(
  assignment: ReadonlyMap<string, string>,
  teammateIds: readonly string[],
  stationIds: readonly string[],
): string | undefined {
  const load = new Map(stationIds.map((s) => [s, 0]));
  const mates = new Map(stationIds.map((s) => [s, 0]));
  for (const stationId of assignment.values()) load.set(stationId, (load.get(stationId) ?? 0) + 1);
  for (const mate of teammateIds) {
    const stationId = assignment.get(mate);
    if (stationId !== undefined) mates.set(stationId, (mates.get(stationId) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const stationId of stationIds) {
    if (
      best === undefined ||
      mates.get(stationId)! < mates.get(best)! ||
      (mates.get(stationId) === mates.get(best) && load.get(stationId)! < load.get(best)!)
    ) {
      best = stationId;
    }
  }
  return best;
}
