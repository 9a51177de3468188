import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { redisPlugin } from './cluster/redis-plugin.js';
import type { Config } from './config.js';
import { databasePlugin } from './db/database-plugin.js';
import { accessibilityRoutes } from './http/accessibility-routes.js';
import { boardRoutes } from './http/board-routes.js';
import { errorBody, errorsPlugin } from './http/errors.js';
import { healthRoutes } from './http/health-routes.js';
import { staticPlugin } from './http/static-plugin.js';
import { strayUpgrades } from './http/stray-upgrades.js';
import { questionsPlugin } from './questions/questions-plugin.js';
import { ErrorTally } from './metrics/error-tally.js';
import { metricsPlugin } from './metrics/metrics-plugin.js';
import { guardCreation } from './retention/create-secret.js';
import { retentionPlugin } from './retention/retention-plugin.js';
import { resultsPlugin } from './results/results-plugin.js';
import { socketPlugin } from './realtime/socket-plugin.js';
import { seriesPlugin } from './series/series-plugin.js';
import { workshopsPlugin } from './workshops/workshops-plugin.js';
import { votesPlugin } from './votes/votes-plugin.js';
import { yjsPlugin } from './yjs/yjs-plugin.js';

/** Builds the whole server; `main` and the tests both start it through here. */
export async function buildApp(config: Config): Promise<FastifyInstance> {
  const pretty = (config.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json')) === 'pretty';
  const errors = new ErrorTally();
  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      hooks: { logMethod: errors.hook() },
      ...(pretty ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname,reqId' } } } : {}),
    },
    // One line per request is noise at a 250-person event; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
    // A request whose headers or body never finish is answered 408 and closed; Node checks open
    // requests every connectionsCheckingInterval, so that follows the timeout.
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    http: {
      headersTimeout: Math.min(config.REQUEST_TIMEOUT_MS, 60_000),
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, Math.floor(config.REQUEST_TIMEOUT_MS / 4))),
    },
    // The server closes idle keep-alive sockets itself on shutdown.
    forceCloseConnections: true,
  });

  await app.register(errorsPlugin);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // Everything comes from this server: no CDN, font host or tracker.
        defaultSrc: ["'self'"],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        upgradeInsecureRequests: null,
      },
    },
    // Plain-HTTP installs on a LAN must keep working.
    strictTransportSecurity: false,
  });
  await app.register(redisPlugin, { config });
  await app.register(metricsPlugin, { token: config.METRICS_TOKEN, errors });
  await app.register(rateLimit, {
    global: false,
    // With several nodes, every node counts against the same limits.
    ...(app.redis ? { redis: app.redis, nameSpace: 'mutopia:rate-limit:', skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...errorBody('rate_limited', `Too many requests; try again in ${context.after}.`),
    }),
  });
  // Before every route, so its hook covers them all.
  guardCreation(app, config.CREATE_SECRET);
  await app.register(databasePlugin, { config });
  await app.register(workshopsPlugin, { config });
  await app.register(yjsPlugin, { config });
  await app.register(socketPlugin, { publicOrigin: config.PUBLIC_ORIGIN, adapter: app.socketAdapter });
  await app.register(strayUpgrades);
  await app.register(questionsPlugin);
  await app.register(votesPlugin);
  await app.register(seriesPlugin);
  await app.register(healthRoutes);
  await app.register(accessibilityRoutes(config));
  await app.register(boardRoutes);
  await app.register(resultsPlugin);
  await app.register(retentionPlugin, { config });
  await app.register(staticPlugin, { root: config.CLIENT_DIST });
  return app;
}
