import { describe, expect, it } from 'vitest';
import { deletionDate, isDueForDeletion } from './retention.js';

describe('deletionDate', () => {
  it('counts the retention days from the workshop date', () => {
    expect(deletionDate('2026-03-20', new Date('2026-01-02T10:00:00Z'), 30)).toBe('2026-04-19');
  });

  it('counts from the day of creation when the workshop has no date', () => {
    expect(deletionDate(undefined, new Date('2026-01-31T23:30:00Z'), 1)).toBe('2026-02-01');
  });

  it('keeps for ever with 0 days', () => {
    expect(deletionDate('2020-01-01', new Date('2020-01-01T00:00:00Z'), 0)).toBeNull();
  });
});

describe('isDueForDeletion', () => {
  it('is due from the start of the deletion day, not before', () => {
    expect(isDueForDeletion('2026-04-19', new Date('2026-04-18T23:59:59Z'))).toBe(false);
    expect(isDueForDeletion('2026-04-19', new Date('2026-04-19T00:00:00Z'))).toBe(true);
    expect(isDueForDeletion(null, new Date('2100-01-01T00:00:00Z'))).toBe(false);
  });
});
