/** Paths of the series pages; the series secret travels in the fragment (`#key=…`) like a facilitator's. */

export const NEW_SERIES_PATH = '/s/new';

export function seriesPath(seriesId: string): string {
  return `/s/${encodeURIComponent(seriesId)}`;
}
