import { describe, expect, it } from 'vitest';
import { attachmentHeader, exportFileName, formatResultDate } from './file-name.js';

describe('exportFileName', () => {
  it('joins words with single dashes and none at the ends', () => {
    expect(exportFileName('Konferenz – Köln!', '.md')).toBe('Konferenz-Köln.md');
    expect(exportFileName('  „Fachkraft“ in Köln ', '-ships.csv')).toBe('Fachkraft-in-Köln-ships.csv');
    expect(exportFileName('[M]Utopie: 2026', '.md')).toBe('M-Utopie-2026.md');
  });

  it('leaves no dash where the cut at 60 characters falls', () => {
    const name = exportFileName(`${'a'.repeat(59)} b`, '.md');
    expect(name).toBe(`${'a'.repeat(59)}.md`);
  });

  it('falls back when the title has no letters or digits', () => {
    expect(exportFileName(' – !', '.csv')).toBe('workshop.csv');
  });
});

describe('attachmentHeader', () => {
  it('gives the UTF-8 name and an ASCII fallback', () => {
    expect(attachmentHeader('Köln.md')).toBe(`attachment; filename*=UTF-8''K%C3%B6ln.md; filename="Koln.md"`);
  });
});

describe('formatResultDate', () => {
  it('writes the date in the workshop’s language', () => {
    expect(formatResultDate('2026-12-10', 'de')).toBe('10. Dezember 2026');
    expect(formatResultDate('2026-12-10', 'en')).toBe('10 December 2026');
    expect(formatResultDate('2027-01-01', 'de')).toBe('1. Januar 2027');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatResultDate('bald', 'de')).toBe('bald');
  });
});
