import { describe, expect, it } from 'vitest';
import { cursorIntervalMs } from './presence-rate.js';

describe('cursorIntervalMs', () => {
  it('sends cursors at 20 Hz in a team room and more rarely as the board fills', () => {
    expect(cursorIntervalMs(6)).toBe(50);
    expect(cursorIntervalMs(30)).toBe(50);
    expect(cursorIntervalMs(31)).toBe(100);
    expect(cursorIntervalMs(100)).toBe(100);
    expect(cursorIntervalMs(256)).toBe(200);
  });
});
