/** Type sizes tried from the largest down until everything fits on one page (1 = the view's own size). */
export const FIT_SCALES = [1, 0.9, 0.8, 0.72, 0.65] as const;

/** How long a page stays when the items do not fit on one screen. */
export const DEFAULT_PAGE_MS = 12_000;

/**
 * Pages of a multi-column flow that overflows to the right: each page is one
 * screen of columns, and the next one starts a column gap further on.
 */
export function pageCount(scrollWidth: number, clientWidth: number, gap: number): number {
  if (clientWidth <= 0) return 1;
  // A pixel of rounding must not make a page of its own.
  return Math.max(1, Math.ceil((scrollWidth + gap - 2) / (clientWidth + gap)));
}

/**
 * The page interval from the projector address: `?pageSeconds=20` for a slow
 * reader of a room, 2 at the least; anything else keeps the default.
 */
export function pageIntervalMs(search: string): number {
  const raw = new URLSearchParams(search).get('pageSeconds');
  const seconds = raw === null ? NaN : Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) return DEFAULT_PAGE_MS;
  return Math.max(2, Math.min(600, seconds)) * 1000;
}

/**
 * Which of FIT_SCALES to use, given the pages each would take: the largest that
 * fits on one page; when none does, the largest that needs no more pages than
 * the smallest type would, so paging never comes with needlessly small type.
 */
export function fittingScale(pagesPerScale: readonly number[]): number {
  const one = pagesPerScale.findIndex((n) => n <= 1);
  if (one >= 0) return one;
  const fewest = Math.min(...pagesPerScale);
  return Math.max(
    0,
    pagesPerScale.findIndex((n) => n === fewest),
  );
}
