import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_MS, fittingScale, pageCount, pageIntervalMs } from './fit-pages-model';

describe('pageCount', () => {
  it('is one page when the columns fit the width', () => {
    expect(pageCount(1800, 1800, 24)).toBe(1);
    expect(pageCount(1801, 1800, 24)).toBe(1);
  });

  it('counts each further screen of columns as a page', () => {
    // Three screens of 1800 px with a 24 px gap between them.
    expect(pageCount(1800 * 3 + 24 * 2, 1800, 24)).toBe(3);
    expect(pageCount(1800 * 2 + 24 + 300, 1800, 24)).toBe(3);
  });

  it('never says zero pages', () => {
    expect(pageCount(0, 0, 0)).toBe(1);
  });
});

describe('pageIntervalMs', () => {
  it('takes seconds from ?pageSeconds=, within limits', () => {
    expect(pageIntervalMs('?pageSeconds=20')).toBe(20_000);
    expect(pageIntervalMs('?pageSeconds=0.5')).toBe(2_000);
    expect(pageIntervalMs('?x=1&pageSeconds=9000')).toBe(600_000);
  });

  it('keeps the default without a usable value', () => {
    expect(pageIntervalMs('')).toBe(DEFAULT_PAGE_MS);
    expect(pageIntervalMs('?pageSeconds=abc')).toBe(DEFAULT_PAGE_MS);
    expect(pageIntervalMs('?pageSeconds=-3')).toBe(DEFAULT_PAGE_MS);
  });
});

describe('fittingScale', () => {
  it('takes the largest type that fits on one page', () => {
    expect(fittingScale([3, 2, 1, 1, 1])).toBe(2);
    expect(fittingScale([1, 1, 1, 1, 1])).toBe(0);
  });

  it('pages at the largest type that needs no more pages than the smallest', () => {
    // 30 questions on a 1080p projector: 3 pages at full size, 2 from 80 % down.
    expect(fittingScale([3, 3, 2, 2, 2])).toBe(2);
  });
});
