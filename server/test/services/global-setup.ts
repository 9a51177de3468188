import type { TestProject } from 'vitest/node';
import { freePort } from './free-port.js';
import { startPostgres } from './postgres-server.js';
import { startRedis } from './redis-server.js';

/**
 * One PostgreSQL cluster and one redis-server for the whole integration run (vitest globalSetup):
 * a cluster per file cost 3–12 s each. Files take their own database with freshDatabase() and
 * their own Redis database with sharedRedisUrl() (server/test/services/shared-services.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = await freePort();
  // Not awaited: files that need no PostgreSQL start at once; freshDatabase() waits for it.
  const postgres = startPostgres({ port });
  postgres.catch((error: unknown) => console.error('The shared PostgreSQL did not start:', error));
  project.provide('postgresAdminUrl', `postgres://mutopia@127.0.0.1:${port}/postgres`);
  const redis = await startRedis({ databases: 1024 });
  project.provide('redisUrl', redis.url);
  return async () => {
    await redis.stop();
    await (await postgres.catch(() => undefined))?.stop();
  };
}
