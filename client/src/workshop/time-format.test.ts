import { describe, expect, it } from 'vitest';
import { agoParts, countdownParts, formatCountdown, splitMinutes, timerView } from './time-format';

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [-500, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [1000, '0:01'],
    [1001, '0:02'],
    [59_000, '0:59'],
    [60_000, '1:00'],
    [12 * 60_000 + 5000, '12:05'],
    [3_600_000, '1:00:00'],
    [3_600_000 + 61_000, '1:01:01'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });

  it('splits into minutes and seconds for spoken labels', () => {
    expect(countdownParts(125_400)).toEqual({ minutes: 2, seconds: 6 });
    expect(countdownParts(-3)).toEqual({ minutes: 0, seconds: 0 });
  });
});

describe('timerView', () => {
  const running = { durationMs: 600_000, endsAt: 1_000_000, remainingMs: 600_000, running: true };

  it('is null without a timer', () => {
    expect(timerView(null, 0)).toBeNull();
  });

  it('counts down to the server end time', () => {
    const view = timerView(running, 1_000_000 - 150_000);
    expect(view).toEqual({ remainingMs: 150_000, running: true, paused: false, timeUp: false, progress: 0.75 });
  });

  it('is up at and after the end, never negative', () => {
    expect(timerView(running, 1_000_000)).toMatchObject({ remainingMs: 0, timeUp: true, running: false });
    expect(timerView(running, 2_000_000)).toMatchObject({ remainingMs: 0, timeUp: true, progress: 1 });
  });

  it('shows what was left while paused, whatever the clock says', () => {
    const paused = { durationMs: 600_000, endsAt: null, remainingMs: 42_000, running: false };
    expect(timerView(paused, 5)).toMatchObject({ remainingMs: 42_000, paused: true, running: false, timeUp: false });
    expect(timerView(paused, 9_999_999)?.remainingMs).toBe(42_000);
  });

  it('never shows more than the set length, even with a clock a little behind the server', () => {
    expect(timerView(running, 1_000_000 - 600_030)?.remainingMs).toBe(600_000);
  });

  it('treats a zero-length timer as done', () => {
    const zero = { durationMs: 0, endsAt: 10, remainingMs: 0, running: true };
    expect(timerView(zero, 10)).toMatchObject({ timeUp: true, progress: 1 });
  });
});

describe('agoParts', () => {
  it.each([
    [0, { value: 0, unit: 'second' }],
    [45_000, { value: 45, unit: 'second' }],
    [60_000, { value: 1, unit: 'minute' }],
    [59 * 60_000, { value: 59, unit: 'minute' }],
    [2 * 3_600_000 + 5, { value: 2, unit: 'hour' }],
    [50 * 3_600_000, { value: 2, unit: 'day' }],
  ])('%d ms ago', (ago, parts) => {
    expect(agoParts(10_000_000_000 - ago, 10_000_000_000)).toEqual(parts);
  });

  it('clamps the future to now', () => {
    expect(agoParts(2000, 1000)).toEqual({ value: 0, unit: 'second' });
  });
});

describe('splitMinutes', () => {
  it('splits an agenda length', () => {
    expect(splitMinutes(275)).toEqual({ hours: 4, minutes: 35 });
  });
});
