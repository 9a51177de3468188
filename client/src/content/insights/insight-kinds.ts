import type { StationKind } from '@mutopia/shared/workshop/definition';

/** Rooms whose moderators note key insights for the closing presentation. */
export const INSIGHT_KINDS: ReadonlySet<StationKind> = new Set([
  'solutionRoom',
  'themedRoom',
  'expertTable',
  'stand',
  'mutopia',
  'plenary',
]);

/**
 * The stations a "present key insights" walk goes through: those of `kind`
 * when it is a room kind, else the rooms among `preferred` (the current
 * phase's stations), else every room of the workshop. Definition order.
 */
export function presentationStations(
  stations: ReadonlyArray<{ id: string; kind: StationKind }>,
  kind: StationKind | null,
  preferred: readonly string[],
): string[] {
  if (kind && INSIGHT_KINDS.has(kind)) return stations.filter((s) => s.kind === kind).map((s) => s.id);
  const rooms = stations.filter((s) => INSIGHT_KINDS.has(s.kind));
  const inPhase = rooms.filter((s) => preferred.includes(s.id));
  return (inPhase.length > 0 ? inPhase : rooms).map((s) => s.id);
}
