import { currentLanguage } from '../i18n/i18n';

/** An ISO date (YYYY-MM-DD) the way the reader's language writes it; the day is read in local time. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(currentLanguage() === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long' }).format(
    new Date(y, m - 1, d),
  );
}
