/**
 * Round-robin rotation of whole teams through stations: in round r, team i is
 * at station (i + r) mod S. Over S rounds every team visits every station once,
 * and in every round each station holds ⌊T/S⌋ or ⌈T/S⌉ teams.
 */
export function rotationRound(
  teamIds: readonly string[],
  stationIds: readonly string[],
  round: number,
): Map<string, string> {
  const out = new Map<string, string>();
  if (stationIds.length === 0) return out;
  const shift = ((round % stationIds.length) + stationIds.length) % stationIds.length;
  teamIds.forEach((teamId, i) => out.set(teamId, stationIds[(i + shift) % stationIds.length]!));
  return out;
}

/** All rounds of a rotation; by default as many as there are stations. */
export function rotationSchedule(
  teamIds: readonly string[],
  stationIds: readonly string[],
  rounds = stationIds.length,
): Array<Map<string, string>> {
  return Array.from({ length: rounds }, (_, round) => rotationRound(teamIds, stationIds, round));
}
