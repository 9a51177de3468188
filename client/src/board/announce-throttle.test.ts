import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnnounceThrottle, summariseChanges } from './announce-throttle';

describe('AnnounceThrottle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says the first change at once and gathers the rest of the interval into one announcement', () => {
    const said: string[][] = [];
    const throttle = new AnnounceThrottle<string>((items) => said.push(items), 5000);
    throttle.push('a');
    expect(said).toEqual([['a']]);
    vi.advanceTimersByTime(1000);
    throttle.push('b');
    throttle.push('c');
    vi.advanceTimersByTime(1000);
    throttle.push('d');
    expect(said).toHaveLength(1);
    vi.advanceTimersByTime(3000);
    expect(said).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('never says more than one thing per interval, however much arrives', () => {
    const said: number[][] = [];
    const throttle = new AnnounceThrottle<number>((items) => said.push(items), 5000);
    for (let second = 0; second < 30; second++) {
      throttle.push(second);
      vi.advanceTimersByTime(1000);
    }
    vi.advanceTimersByTime(5000);
    expect(said.length).toBeLessThanOrEqual(7);
    expect(said.flat()).toEqual([...Array(30).keys()]);
  });

  it('says a change after a quiet spell at once', () => {
    const said: string[][] = [];
    const throttle = new AnnounceThrottle<string>((items) => said.push(items), 5000);
    throttle.push('a');
    vi.advanceTimersByTime(60_000);
    throttle.push('b');
    expect(said).toEqual([['a'], ['b']]);
  });

  it('says nothing more once destroyed', () => {
    const said: string[][] = [];
    const throttle = new AnnounceThrottle<string>((items) => said.push(items), 5000);
    throttle.push('a');
    throttle.push('b');
    throttle.destroy();
    vi.advanceTimersByTime(10_000);
    expect(said).toEqual([['a']]);
  });
});

describe('summariseChanges', () => {
  it('names the team of a single new note', () => {
    expect(summariseChanges([{ kind: 'added', team: 'Team 4' }])).toEqual([
      { key: 'addedBy', count: 1, team: 'Team 4' },
    ]);
    expect(summariseChanges([{ kind: 'added' }])).toEqual([{ key: 'added', count: 1 }]);
  });

  it('counts several new and deleted notes', () => {
    expect(
      summariseChanges([
        { kind: 'added', team: 'Team 4' },
        { kind: 'added' },
        { kind: 'deleted' },
        { kind: 'added', team: 'Team 2' },
      ]),
    ).toEqual([
      { key: 'addedMany', count: 3 },
      { key: 'deleted', count: 1 },
    ]);
    expect(summariseChanges([{ kind: 'deleted' }, { kind: 'deleted' }])).toEqual([{ key: 'deletedMany', count: 2 }]);
  });
});
