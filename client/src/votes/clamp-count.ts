/** A count typed into a number field (dots, cap, how many to promote): a whole number from 1 to max; 1 when empty. */
export function clampCount(value: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(1, Math.round(value))) : 1;
}
