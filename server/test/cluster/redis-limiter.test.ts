import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limiterFactory } from '../../src/cluster/rate-limiters.js';
import { startRedis, type RedisProcess } from '../services/redis-server.js';

/** Like the plugin's limit connection: fail fast instead of queueing while Redis is away. */
function client(url: string): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  // Reconnect attempts after the stop in the last test are expected.
  redis.on('error', () => {});
  return redis;
}

async function ready(redis: Redis): Promise<void> {
  if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
}

describe('token buckets kept in Redis', () => {
  let redis: RedisProcess | undefined;
  const clients: Redis[] = [];

  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await redis?.stop();
  });

  it('lets two nodes together take no more than one burst per address', async () => {
    const [a, b] = [client(redis!.url), client(redis!.url)];
    clients.push(a, b);
    await Promise.all([ready(a), ready(b)]);
    const onA = limiterFactory(a, () => {})('joins', { burst: 3, perSecond: 0.1 });
    const onB = limiterFactory(b, () => {})('joins', { burst: 3, perSecond: 0.1 });

    const taken = await Promise.all([
      onA.take('10.0.0.1'),
      onB.take('10.0.0.1'),
      onA.take('10.0.0.1'),
      onB.take('10.0.0.1'),
    ]);
    expect(taken.filter(Boolean)).toHaveLength(3);
    expect(await onB.take('10.0.0.1')).toBe(false);
    // Another address and another limiter name have buckets of their own.
    expect(await onA.take('10.0.0.2')).toBe(true);
    expect(await limiterFactory(a, () => {})('connects', { burst: 1, perSecond: 0.1 }).take('10.0.0.1')).toBe(true);
  });

  it('keeps buckets per process without Redis', async () => {
    const first = limiterFactory(null, () => {})('joins', { burst: 1, perSecond: 0.1 });
    const second = limiterFactory(null, () => {})('joins', { burst: 1, perSecond: 0.1 });
    expect(await first.take('10.0.0.1')).toBe(true);
    expect(await first.take('10.0.0.1')).toBe(false);
    expect(await second.take('10.0.0.1')).toBe(true);
  });

  it('lets people in while Redis is away, and says so', async () => {
    const c = client(redis!.url);
    clients.push(c);
    await ready(c);
    const errors: unknown[] = [];
    const limiter = limiterFactory(c, (error) => errors.push(error))('joins', { burst: 1, perSecond: 0.1 });
    expect(await limiter.take('10.0.0.9')).toBe(true);
    expect(await limiter.take('10.0.0.9')).toBe(false);
    await redis!.stop();
    expect(await limiter.take('10.0.0.9')).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
