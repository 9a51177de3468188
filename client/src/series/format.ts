/** A session date (YYYY-MM-DD) as people read it, e.g. „Di., 14. Jan. 2025“; never shifted by the time zone. */
export function formatDate(date: string, language: string | undefined, style: 'long' | 'medium' = 'medium'): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language ?? 'de', {
    timeZone: 'UTC',
    weekday: style === 'long' ? 'long' : 'short',
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
  }).format(parsed);
}
