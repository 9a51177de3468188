import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's one PostgreSQL cluster (its `postgres` database), started by global-setup.ts. */
    postgresAdminUrl: string;
    /** The run's one redis-server (database 0 holds only the counter that hands out the others). */
    redisUrl: string;
  }
}

/** A database of its own in the run's shared PostgreSQL cluster. */
export interface FreshDatabase {
  url: string;
  /** Drops it, closing whatever connections are left; safe to call twice. */
  drop(): Promise<void>;
}

let made = 0;

function provided(key: 'postgresAdminUrl' | 'redisUrl'): string {
  const value = inject(key) as string | undefined;
  if (!value) {
    throw new Error(`no shared ${key}: integration tests run in vitest's "integration" project (globalSetup)`);
  }
  return value;
}

/** Whether this run has the shared PostgreSQL (the integration project's globalSetup). */
export function hasSharedPostgres(): boolean {
  return Boolean(inject('postgresAdminUrl') as string | undefined);
}

/**
 * Runs `fn` on a connection to the cluster's `postgres` database. The global setup does not wait
 * for the cluster to accept connections (a run of SQLite-only files should not wait for it), so the
 * first caller waits here.
 */
async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = provided('postgresAdminUrl');
  let lastError: unknown;
  for (let attempt = 0; attempt < 600; attempt++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
    } catch (error) {
      lastError = error;
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }
  throw new Error(`the shared PostgreSQL did not accept connections (see global setup output): ${String(lastError)}`);
}

/**
 * CREATE DATABASE in the shared cluster, named so that no other file or worker picks the same name.
 * Creating one takes tens of milliseconds; starting a cluster per file took seconds.
 */
export async function freshDatabase(label = 'test'): Promise<FreshDatabase> {
  const suffix = `${process.pid}_${++made}_${randomBytes(3).toString('hex')}`;
  const name = `${label
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 30)}_${suffix}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(provided('postgresAdminUrl'));
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/**
 * The run's shared Redis, with a database number of its own (streams, rate-limit buckets and
 * keys do not mix between files). Pub/sub channels are not per database: they must be named
 * by something unique (board or workshop ids are). A test that restarts or stops Redis starts
 * its own with startRedis() instead.
 */
export async function sharedRedisUrl(): Promise<string> {
  const url = provided('redisUrl');
  const counter = new Redis(url, { maxRetriesPerRequest: 3 });
  try {
    const n = await counter.incr('mutopia:test:databases');
    const url2 = new URL(url);
    url2.pathname = `/${((n - 1) % 1023) + 1}`;
    return url2.toString();
  } finally {
    counter.disconnect();
  }
}
