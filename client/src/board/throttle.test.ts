import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once, then at most once per interval with the latest arguments', () => {
    const calls: number[] = [];
    const t = throttle((n: number) => calls.push(n), 50);
    t(1);
    t(2);
    t(3);
    expect(calls).toEqual([1]);
    vi.advanceTimersByTime(50);
    expect(calls).toEqual([1, 3]);
    vi.advanceTimersByTime(200);
    expect(calls).toEqual([1, 3]);
  });

  it('reads a changing interval at each call: fewer runs once the board fills', () => {
    const calls: number[] = [];
    let interval = 50;
    const t = throttle(
      (n: number) => calls.push(n),
      () => interval,
    );
    t(1);
    interval = 200;
    t(2);
    vi.advanceTimersByTime(50);
    expect(calls).toEqual([1]);
    vi.advanceTimersByTime(150);
    expect(calls).toEqual([1, 2]);
  });

  it('can be cancelled', () => {
    const calls: number[] = [];
    const t = throttle((n: number) => calls.push(n), 50);
    t(1);
    t(2);
    t.cancel();
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([1]);
  });
});
