import { TokenBucket } from 'limiter';

/** A token bucket that starts full: a fresh connection may burst right away. */
export function rateBucket(perSecond: number, burst: number): TokenBucket {
  const bucket = new TokenBucket({ bucketSize: burst, tokensPerInterval: perSecond, interval: 'second' });
  bucket.content = burst;
  return bucket;
}
