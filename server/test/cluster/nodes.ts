import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnService, stopService, waitUntilReady, type ChildService } from '../services/child-service.js';
import { freePort } from '../services/free-port.js';
import { startPostgres, type PostgresProcess } from '../services/postgres-server.js';
import { startRedis, type RedisProcess } from '../services/redis-server.js';
import { freshDatabase, hasSharedPostgres, sharedRedisUrl, type FreshDatabase } from '../services/shared-services.js';

const SERVER_DIR = resolve(import.meta.dirname, '../..');

/** Every node of a fleet signs tokens with this key, so a token issued by one is good on the others. */
export const FLEET_TOKEN_SECRET = 'one-token-key-for-every-node-of-the-test-fleet';

/** One real server process (`server/src/main.ts`), as a node of a fleet runs it. */
export interface ServerNode {
  name: string;
  port: number;
  /** http://127.0.0.1:port (same as httpUrl). */
  url: string;
  httpUrl: string;
  wsUrl: string;
  /** This node's own DATA_DIR (PostgreSQL fleets), or the one it shares (SQLite fleets). */
  dataDir: string;
  service: ChildService;
  /** SIGTERM (a clean stop) or SIGKILL (a crash); resolves once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface FleetOptions {
  /** Environment every node gets (REDIS_URL, METRICS_TOKEN, JOIN_BURST …). */
  env?: Record<string, string>;
  /**
   * SQLite fleets only: one DATA_DIR for all nodes (SQLite in WAL mode takes several processes, and
   * they share the token key kept there).
   */
  dataDir?: string;
  /**
   * Share one PostgreSQL (and one Redis) instead: `true` takes a fresh database in the run's shared
   * cluster (or starts a PostgreSQL outside the integration project), a string is
   * the `postgres://` URL of a database to use. Every node then gets its own DATA_DIR and TOKEN_SECRET.
   */
  postgres?: boolean | string;
  /**
   * `true` starts a Redis for the fleet (the default with `postgres`; `fleet.redis.restart()` then works),
   * `'shared'` takes a database of the run's shared Redis (cheaper, for fleets that never restart it),
   * another string is a `redis://` URL, `false` runs without Redis. An explicit `env.REDIS_URL` wins.
   */
  redis?: boolean | string;
}

export interface Fleet {
  nodes: ServerNode[];
  /** The shared DATA_DIR (SQLite), or the folder holding every node's own one (PostgreSQL). */
  dataDir: string;
  /** The database every node uses, when the fleet runs on PostgreSQL. */
  databaseUrl?: string;
  redisUrl?: string;
  /** The fleet's own Redis, when it started one (restart() it to test a Redis outage). */
  redis?: RedisProcess;
  /** The fleet's own PostgreSQL, when it started one (outside the integration project's shared cluster). */
  postgres?: PostgresProcess;
  /** The fleet's database in the run's shared PostgreSQL, dropped by stop(). */
  database?: FreshDatabase;
  /** `kill -9` node i (a crash); resolves once it is gone. */
  kill(i: number): Promise<void>;
  /** Starts node i again on the same port with the same settings (after kill or stop); resolves when healthy. */
  restart(i: number): Promise<ServerNode>;
  /** Stops every node still running, then what the fleet started (Redis, PostgreSQL) and its folders; safe to call twice. */
  stop(): Promise<void>;
}

async function startNode(
  name: string,
  env: Record<string, string>,
  dataDir: string,
  port?: number,
): Promise<ServerNode> {
  port ??= await freePort();
  // `node --import tsx` keeps the server in this one process, so a SIGKILL really ends it (the tsx CLI would fork).
  const service = spawnService(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_BOARD: 'false',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
      CLIENT_DIST: join(dataDir, 'no-client'),
      ...env,
      DATA_DIR: dataDir,
    },
  });
  // Should the test process end without its afterAll (killed, or a hung test abandoned), the node goes with it.
  const reap = () => service.process.kill('SIGKILL');
  process.once('exit', reap);
  service.process.once('exit', () => process.off('exit', reap));
  const httpUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(service, `node ${name}`, async () => (await fetch(`${httpUrl}/healthz`)).ok, 600);
  return {
    name,
    port,
    url: httpUrl,
    httpUrl,
    wsUrl: `ws://127.0.0.1:${port}`,
    dataDir,
    service,
    stop: (signal: NodeJS.Signals = 'SIGTERM') => stopService(service, signal),
  };
}

/**
 * Starts `count` server processes one after another (the first creates or migrates the
 * database; starting them together would race on its migrations) and waits for each
 * one's /healthz. Call `stop()` in afterAll: it runs even when a test failed.
 *
 * `startFleet(3, { postgres: true })` is the fleet of issue 15: one PostgreSQL and one Redis
 * for all nodes, each node its own DATA_DIR, all the same TOKEN_SECRET.
 */
export async function startFleet(count: number, options: FleetOptions = {}): Promise<Fleet> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'mutopia-fleet-'));
  const onPostgres = options.postgres !== undefined && options.postgres !== false;
  const nodes: ServerNode[] = [];
  const settings: { env: Record<string, string>; dataDir: string }[] = [];
  const fleet: Fleet = {
    nodes,
    dataDir,
    async kill(i) {
      await nodes[i]!.stop('SIGKILL');
    },
    async restart(i) {
      const old = nodes[i]!;
      await old.stop('SIGKILL');
      const { env, dataDir: dir } = settings[i]!;
      nodes[i] = await startNode(old.name, env, dir, old.port);
      return nodes[i]!;
    },
    async stop() {
      // A node that died on its own is a finding: its last words go to the test output.
      for (const node of nodes) {
        const { exitCode, signalCode } = node.service.process;
        if (exitCode !== null || signalCode !== null) {
          console.error(`node ${node.name} had exited (${exitCode ?? signalCode}):\n${node.service.output()}`);
        }
      }
      await Promise.all(nodes.splice(0).map((node) => node.stop('SIGKILL')));
      const { redis, postgres, database } = fleet;
      fleet.redis = undefined;
      fleet.postgres = undefined;
      fleet.database = undefined;
      await Promise.all([redis?.stop(), postgres?.stop(), database?.drop()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    const env: Record<string, string> = {};
    if (onPostgres) {
      if (typeof options.postgres === 'string') {
        fleet.databaseUrl = options.postgres;
      } else if (hasSharedPostgres()) {
        fleet.database = await freshDatabase('fleet');
        fleet.databaseUrl = fleet.database.url;
      } else {
        fleet.postgres = await startPostgres();
        fleet.databaseUrl = fleet.postgres.url;
      }
      env.DATABASE_URL = fleet.databaseUrl;
      env.TOKEN_SECRET = FLEET_TOKEN_SECRET;
    }
    const wantRedis = options.env?.REDIS_URL === undefined && (options.redis ?? onPostgres);
    if (wantRedis === 'shared') {
      env.REDIS_URL = await sharedRedisUrl();
    } else if (typeof wantRedis === 'string') {
      env.REDIS_URL = wantRedis;
    } else if (wantRedis) {
      fleet.redis = await startRedis();
      env.REDIS_URL = fleet.redis.url;
    }
    Object.assign(env, options.env);
    fleet.redisUrl = env.REDIS_URL;
    for (let i = 0; i < count; i++) {
      const name = String.fromCharCode(65 + i);
      // On PostgreSQL a node keeps nothing in DATA_DIR that another node needs: each its own, as on separate machines.
      const dir = onPostgres ? mkdtempSync(join(dataDir, `node-${name}-`)) : dataDir;
      settings.push({ env, dataDir: dir });
      nodes.push(await startNode(name, env, dir));
    }
  } catch (error) {
    await fleet.stop();
    throw error;
  }
  return fleet;
}
