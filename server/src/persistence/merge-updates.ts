import * as Y from 'yjs';

/** How many updates one Y.mergeUpdates call takes; merging many at once costs far more than linear. */
const FAN_IN = 32;

/**
 * Merges Yjs updates into one, level by level in groups of FAN_IN: for a log of
 * 20,000 small updates this takes ~75 ms where a single Y.mergeUpdates call
 * takes ~12 s (see docs/benchmarks.md, S4).
 */
export function mergeUpdatesInGroups(updates: readonly Uint8Array[]): Uint8Array | null {
  if (updates.length === 0) return null;
  let level: readonly Uint8Array[] = updates;
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += FAN_IN) {
      const group = level.slice(i, i + FAN_IN);
      next.push(group.length === 1 ? group[0]! : Y.mergeUpdates(group));
    }
    level = next;
  }
  return level[0]!;
}
