import { timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { errorBody } from '../http/errors.js';
import type { ErrorTally } from './error-tally.js';

/** Round trips to the database and Redis are timed this often, not on every scrape: a slow engine must not slow the scrape. */
const PING_INTERVAL_MS = 5_000;

/** Buckets from 0.1 ms to 2.5 s: a healthy round trip is well under a millisecond on a LAN. */
const ROUND_TRIP_BUCKETS = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 2.5];

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `GET /metrics` in Prometheus' text format, one registry per app (tests run
 * several apps in one process). What each series means: docs/operations.md#metrics.
 */
export const metricsPlugin = fp<{ token?: string | undefined; errors: ErrorTally }>(
  async (app, { token, errors }) => {
    const register = new Registry();
    collectDefaultMetrics({ register, prefix: 'mutopia_' });

    new Gauge({
      name: 'mutopia_socketio_connections',
      help: 'Open socket.io connections (engine.io transports) on this node.',
      registers: [register],
      collect() {
        this.set(app.hasDecorator('io') ? app.io.engine.clientsCount : 0);
      },
    });
    new Gauge({
      name: 'mutopia_socketio_sessions',
      help: 'Connected socket.io sockets (sessions: console, participant, projector, board presence) on this node.',
      registers: [register],
      collect() {
        this.set(app.hasDecorator('io') ? app.io.of('/').sockets.size : 0);
      },
    });
    new Gauge({
      name: 'mutopia_yjs_connections',
      help: 'Open board WebSockets (Yjs) on this node.',
      registers: [register],
      collect() {
        let peers = 0;
        if (app.hasDecorator('boardHost')) for (const board of app.boardHost.loaded()) peers += board.peers.size;
        this.set(peers);
      },
    });
    new Gauge({
      name: 'mutopia_boards_hosted',
      help: 'Board documents loaded in memory on this node.',
      registers: [register],
      collect() {
        this.set(app.hasDecorator('boardHost') ? app.boardHost.loadedCount : 0);
      },
    });
    const flushSeconds = new Histogram({
      name: 'mutopia_update_log_flush_seconds',
      help: 'Time to write one batch of board updates (one event-loop turn) to the database.',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [register],
    });
    const flushedUpdates = new Counter({
      name: 'mutopia_update_log_updates_total',
      help: 'Board updates written to the database.',
      registers: [register],
    });
    new Counter({
      name: 'mutopia_errors_total',
      help: 'Lines logged at error or fatal level (failed requests, failed writes, lost Redis).',
      labelNames: ['level'],
      registers: [register],
      collect() {
        this.reset();
        this.inc({ level: 'error' }, errors.error);
        this.inc({ level: 'fatal' }, errors.fatal);
      },
    });
    const roundTrip = new Histogram({
      name: 'mutopia_round_trip_seconds',
      help: `Round trip of a ping to the database or Redis, taken every ${PING_INTERVAL_MS / 1000} s.`,
      labelNames: ['target'],
      buckets: ROUND_TRIP_BUCKETS,
      registers: [register],
    });
    const pingFailures = new Counter({
      name: 'mutopia_round_trip_failures_total',
      help: 'Pings to the database or Redis that failed.',
      labelNames: ['target'],
      registers: [register],
    });
    const up = new Gauge({
      name: 'mutopia_backend_up',
      help: 'Whether the last ping to the database or Redis succeeded (1) or failed (0).',
      labelNames: ['target'],
      registers: [register],
    });

    const time = async (target: string, ping: () => Promise<unknown>): Promise<void> => {
      const started = process.hrtime.bigint();
      try {
        await ping();
        roundTrip.observe({ target }, Number(process.hrtime.bigint() - started) / 1e9);
        up.set({ target }, 1);
      } catch {
        pingFailures.inc({ target });
        up.set({ target }, 0);
      }
    };
    const pingAll = async (): Promise<void> => {
      if (app.hasDecorator('database')) await time('database', () => app.database.ping());
      if (app.hasDecorator('redis') && app.redis) {
        const redis = app.redis;
        await time('redis', () => redis.ping());
      }
    };
    const pinger = setInterval(() => void pingAll(), PING_INTERVAL_MS);
    pinger.unref();
    app.addHook('onReady', async () => {
      await pingAll();
    });
    app.addHook('preClose', async () => clearInterval(pinger));

    // The board host exists once the Yjs plugin (registered after this one) has run.
    app.addHook('onReady', async () => {
      if (!app.hasDecorator('boardHost')) return;
      app.boardHost.observeFlush((seconds, updates) => {
        flushSeconds.observe(seconds);
        flushedUpdates.inc(updates);
      });
    });

    app.get('/metrics', async (request, reply) => {
      if (token && !sameSecret(request.headers.authorization ?? '', `Bearer ${token}`)) {
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer')
          .send(errorBody('unauthorized', 'GET /metrics needs the METRICS_TOKEN as a bearer token.'));
      }
      return reply.type(register.contentType).send(await register.metrics());
    });
  },
  { name: 'metrics' },
);
