import type { StationKind } from '@mutopia/shared/workshop/definition';

/** Rooms whose moderators note key insights for the closing presentation, the most typical first. */
const ROOM_KINDS: readonly StationKind[] = ['solutionRoom', 'themedRoom', 'expertTable', 'stand', 'mutopia', 'plenary'];
export const INSIGHT_KINDS: ReadonlySet<StationKind> = new Set(ROOM_KINDS);

/**
 * The stations a "present key insights" walk goes through: those of `kind`
 * when it is a room kind, else the rooms among `preferred` (the current
 * phase's stations), else the rooms of the first room kind the workshop has
 * (a walk over every station of a big conference would be too long to be
 * useful). Definition order.
 */
export function presentationStations(
  stations: ReadonlyArray<{ id: string; kind: StationKind }>,
  kind: StationKind | null,
  preferred: readonly string[],
): string[] {
  const ofKind = (k: StationKind) => stations.filter((s) => s.kind === k).map((s) => s.id);
  if (kind && INSIGHT_KINDS.has(kind)) return ofKind(kind);
  const inPhase = stations.filter((s) => INSIGHT_KINDS.has(s.kind) && preferred.includes(s.id)).map((s) => s.id);
  if (inPhase.length > 0) return inPhase;
  const first = ROOM_KINDS.find((k) => stations.some((s) => s.kind === k));
  return first ? ofKind(first) : [];
}
