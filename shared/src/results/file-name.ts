/**
 * Names and dates of the exported files: what a download is called and how
 * the Markdown writes the workshop's date.
 */
import type { Locale } from '../workshop/definition.js';

/**
 * A download's name from the workshop title: runs of anything but letters and
 * digits become one dash, none at the start or end, so "Konferenz – Köln!"
 * gives "Konferenz-Köln"; `suffix` is appended as it is (".md", "-ships.csv").
 */
export function exportFileName(title: string, suffix: string, fallback = 'workshop'): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${base || fallback}${suffix}`;
}

/**
 * A Content-Disposition header for `fileName`: an ASCII fallback for old
 * clients and the real name in UTF-8 (RFC 6266), so umlauts survive.
 */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  // The UTF-8 name first: the app's own download code takes the first name it finds.
  return `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}; filename="${ascii}"`;
}

/** An ISO date (YYYY-MM-DD) written out in the workshop's language: "10. Dezember 2026", "10 December 2026". */
export function formatResultDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}
