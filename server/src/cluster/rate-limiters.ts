import type { Redis } from 'ioredis';
import { ConnectLimiter } from '../yjs/connect-limiter.js';

/** A token bucket per key (a client address, a workshop), shared by every node when Redis is configured. */
export interface KeyedLimiter {
  /** Takes one token from the key's bucket; false when it is empty. */
  take(key: string): Promise<boolean>;
  /** Forgets buckets that are full again (in memory; Redis expires its keys itself). */
  prune(): void;
}

export interface BucketOptions {
  burst: number;
  perSecond: number;
}

/**
 * One atomic step of a token bucket kept in a Redis hash. The clock is Redis's
 * (TIME), so nodes whose clocks drift still refill the same bucket alike; the key
 * expires once the bucket would be full again.
 */
const TAKE_SCRIPT = `
local burst = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) / 1000 * rate)
local ok = 0
if tokens >= 1 then
  tokens = tokens - 1
  ok = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return ok
`;

type ScriptedRedis = Redis & {
  mutopiaTakeToken(key: string, burst: number, perSecond: number): Promise<number>;
};

class MemoryLimiter implements KeyedLimiter {
  private readonly buckets: ConnectLimiter;
  constructor(options: BucketOptions) {
    this.buckets = new ConnectLimiter(options);
  }
  take(key: string): Promise<boolean> {
    return Promise.resolve(this.buckets.tryConnect(key));
  }
  prune(): void {
    this.buckets.prune();
  }
}

class RedisLimiter implements KeyedLimiter {
  constructor(
    private readonly redis: ScriptedRedis,
    private readonly prefix: string,
    private readonly options: BucketOptions,
    private readonly onError: (error: unknown) => void,
  ) {}

  async take(key: string): Promise<boolean> {
    try {
      const ok = await this.redis.mutopiaTakeToken(this.prefix + key, this.options.burst, this.options.perSecond);
      return ok === 1;
    } catch (error) {
      // Redis away: let people in rather than lock a whole venue out; the limit is a guard against floods, not a rule.
      this.onError(error);
      return true;
    }
  }

  prune(): void {}
}

/** Makes the limiters of one app: in memory by default, in Redis when the nodes share one. */
export function limiterFactory(
  redis: Redis | null,
  onError: (error: unknown) => void,
): (name: string, options: BucketOptions) => KeyedLimiter {
  if (!redis) return (_name, options) => new MemoryLimiter(options);
  redis.defineCommand('mutopiaTakeToken', { numberOfKeys: 1, lua: TAKE_SCRIPT });
  const scripted = redis as ScriptedRedis;
  return (name, options) => new RedisLimiter(scripted, `mutopia:bucket:${name}:`, options, onError);
}
