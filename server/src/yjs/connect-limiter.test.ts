import { describe, expect, it } from 'vitest';
import { ConnectLimiter } from './connect-limiter.js';

describe('ConnectLimiter', () => {
  it('lets a burst through, refuses beyond it, and refills at the rate', () => {
    let now = 0;
    const limiter = new ConnectLimiter({ burst: 300, perSecond: 5, now: () => now });
    for (let i = 0; i < 300; i++) expect(limiter.tryConnect('10.0.0.1')).toBe(true);
    expect(limiter.tryConnect('10.0.0.1')).toBe(false);
    // Another address has its own bucket.
    expect(limiter.tryConnect('10.0.0.2')).toBe(true);
    now += 1000;
    for (let i = 0; i < 5; i++) expect(limiter.tryConnect('10.0.0.1')).toBe(true);
    expect(limiter.tryConnect('10.0.0.1')).toBe(false);
  });

  it('forgets addresses once their bucket is full again', () => {
    let now = 0;
    const limiter = new ConnectLimiter({ burst: 10, perSecond: 5, now: () => now });
    limiter.tryConnect('a');
    limiter.prune();
    expect(limiter.size).toBe(1);
    now += 2000;
    limiter.prune();
    expect(limiter.size).toBe(0);
  });
});
