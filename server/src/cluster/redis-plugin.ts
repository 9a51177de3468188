import { createAdapter } from '@socket.io/redis-streams-adapter';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import type { ServerOptions } from 'socket.io';
import type { Config } from '../config.js';
import { limiterFactory, type BucketOptions, type KeyedLimiter } from './rate-limiters.js';

type AdapterFactory = Exclude<ServerOptions['adapter'], undefined>;

declare module 'fastify' {
  interface FastifyInstance {
    /** The command connection to the nodes' shared Redis, or null when this node serves alone (no REDIS_URL). */
    redis: Redis | null;
    /** The socket.io adapter that carries room broadcasts between nodes; undefined without Redis. */
    socketAdapter: AdapterFactory | undefined;
    /** A token bucket per key, kept in Redis when the nodes share one, else in this process. */
    createLimiter: (name: string, options: BucketOptions) => KeyedLimiter;
  }
}

/**
 * A node that cannot reach Redis at start would serve an island of its own: it refuses to start instead.
 * Under Fastify's 10 s plugin timeout, so the error names Redis rather than a plugin that "did not start in time".
 */
const CONNECT_TIMEOUT_MS = 8_000;

async function connected(redis: Redis, what: string): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new Error(`Redis at ${what} not reachable`));
    }, CONNECT_TIMEOUT_MS);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', onReady);
  });
}

/** Where Redis is, for the log (never a password). */
function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}

/**
 * Redis between nodes (REDIS_URL): socket.io rooms through the streams adapter,
 * which keeps connection-state recovery (its sessions live in Redis), and rate
 * limits every node counts together. Without REDIS_URL nothing here touches the network.
 */
export const redisPlugin = fp<{ config: Config }>(
  async (app, { config }) => {
    const url = config.REDIS_URL;
    if (!url) {
      app.decorate('redis', null);
      app.decorate('socketAdapter', { getter: () => undefined });
      app.decorate(
        'createLimiter',
        limiterFactory(null, () => {}),
      );
      return;
    }
    // The adapter's connection queues commands while Redis restarts and sends them after: no broadcast is dropped.
    const adapterClient = new Redis(url, { connectionName: 'mutopia-socketio' });
    // Rate limits must not wait for a Redis that is gone: they fail fast and let the request through.
    const redis = new Redis(url, {
      connectionName: 'mutopia',
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
    });
    const clients: Redis[] = [adapterClient, redis];
    // The adapter opens connections of its own (stream reader, subscriber) by duplicating; they close with ours.
    const duplicate = adapterClient.duplicate.bind(adapterClient);
    adapterClient.duplicate = ((override?: Parameters<typeof duplicate>[0]) => {
      const copy = duplicate(override);
      clients.push(copy);
      return copy;
    }) as typeof adapterClient.duplicate;
    const adapters: { close(): void }[] = [];
    let lastError = 0;
    for (const client of [adapterClient, redis]) {
      client.on('error', (error: Error) => {
        // ioredis reports every failed reconnect attempt; one line every 10 s is enough to see Redis is away.
        if (Date.now() - lastError < 10_000) return;
        lastError = Date.now();
        app.log.error({ err: error }, 'Redis connection failed; retrying');
      });
    }
    app.addHook('onClose', async () => {
      // Closing the adapters stops their stream readers. Their own connections (a reader blocked in XREAD
      // for up to 5 s, the subscriber) are cut; ours say QUIT, so commands already sent are answered first.
      for (const adapter of adapters) adapter.close();
      for (const copy of clients.slice(2)) copy.disconnect();
      await Promise.all([adapterClient, redis].map((client) => client.quit().catch(() => client.disconnect())));
    });
    try {
      await Promise.all([connected(redis, describe(url)), connected(adapterClient, describe(url))]);
    } catch (error) {
      for (const client of clients) client.disconnect();
      throw error;
    }
    const makeAdapter = createAdapter(adapterClient, { streamName: 'mutopia:socket.io', channelPrefix: 'mutopia:sio' });
    // socket.io calls the factory with `new`, so it must be a function, not an arrow; what it returns is the adapter.
    const socketAdapter = function (nsp: Parameters<typeof makeAdapter>[0]) {
      const adapter = makeAdapter(nsp);
      adapters.push(adapter);
      return adapter;
    } as unknown as AdapterFactory;

    app.decorate('redis', redis);
    app.decorate('socketAdapter', { getter: () => socketAdapter });
    app.decorate(
      'createLimiter',
      limiterFactory(redis, (error) => app.log.warn({ err: error }, 'rate limit not checked: Redis unavailable')),
    );
    app.log.info({ redis: describe(url) }, 'sharing traffic through Redis');
  },
  { name: 'redis' },
);
