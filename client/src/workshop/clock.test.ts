import { describe, expect, it } from 'vitest';
import { betterEstimate, estimateOffset, offsetFromSnapshot } from './clock';

describe('estimateOffset', () => {
  it('is null without usable samples', () => {
    expect(estimateOffset([])).toBeNull();
    expect(estimateOffset([{ sentAt: 10, receivedAt: 5, serverNow: 100 }])).toBeNull();
  });

  it('takes the midpoint of the sample with the shortest round trip', () => {
    const estimate = estimateOffset([
      { sentAt: 1000, receivedAt: 1400, serverNow: 6300 }, // rtt 400, offset 5100
      { sentAt: 2000, receivedAt: 2020, serverNow: 7010 }, // rtt 20, offset 5000
      { sentAt: 3000, receivedAt: 3100, serverNow: 8000 }, // rtt 100, offset 4950
    ]);
    expect(estimate).toEqual({ offsetMs: 5000, roundTripMs: 20 });
  });

  it('handles a server clock behind the local one', () => {
    expect(estimateOffset([{ sentAt: 10_000, receivedAt: 10_010, serverNow: 7005 }])?.offsetMs).toBe(-3000);
  });

  it('keeps the first of equally short samples', () => {
    const estimate = estimateOffset([
      { sentAt: 0, receivedAt: 10, serverNow: 105 },
      { sentAt: 100, receivedAt: 110, serverNow: 999 },
    ]);
    expect(estimate?.offsetMs).toBe(100);
  });
});

describe('snapshot estimates', () => {
  it('lose against any measured round trip', () => {
    const rough = offsetFromSnapshot(5000, 1000);
    expect(rough.offsetMs).toBe(4000);
    const measured = { offsetMs: 3990, roundTripMs: 30 };
    expect(betterEstimate(rough, measured)).toBe(measured);
    expect(betterEstimate(measured, rough)).toBe(measured);
    expect(betterEstimate(null, rough)).toBe(rough);
    expect(betterEstimate(rough, null)).toBe(rough);
  });
});
