/** At most this many insights share the screen; more turn pages by themselves. */
export const INSIGHTS_PER_PAGE = 9;

/**
 * Columns and rows for `count` insights on a wide screen: few insights get
 * big cards side by side, more a grid as square as the screen allows.
 */
export function insightsGrid(count: number): { columns: number; rows: number } {
  const n = Math.max(1, Math.min(count, INSIGHTS_PER_PAGE));
  const columns = n <= 3 ? n : n === 4 ? 2 : 3;
  return { columns, rows: Math.ceil(n / columns) };
}

/** The insights on page `page` (0-based). */
export function insightsPage<T>(items: readonly T[], page: number): T[] {
  return items.slice(page * INSIGHTS_PER_PAGE, (page + 1) * INSIGHTS_PER_PAGE);
}
