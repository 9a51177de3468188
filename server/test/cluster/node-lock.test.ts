import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_LOCKS } from '../../src/cluster/node-lock.js';
import { ensureDemo } from '../../src/demo/demo-workshop.js';
import { api, createWorkshop, startServer, tempDataDir, type RunningServer } from '../harness.js';
import { freshDatabase, type FreshDatabase } from '../services/shared-services.js';

/** The calendar day `days` from today (UTC), as a workshop date. */
function day(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Three servers of one installation in this process, on one PostgreSQL, each with its own DATA_DIR. */
describe('work only one node may do at a time (PostgreSQL advisory locks)', () => {
  let postgres: FreshDatabase | undefined;
  const servers: RunningServer[] = [];
  const dirs: Array<{ dir: string; remove: () => void }> = [];

  beforeAll(async () => {
    postgres = await freshDatabase('node_lock');
    for (let i = 0; i < 3; i++) dirs.push(tempDataDir());
    // Started together, as nodes of a fleet may be; migrations take turns under their own lock.
    servers.push(
      ...(await Promise.all(
        dirs.map(({ dir }) =>
          startServer(dir, {
            DATABASE_URL: postgres!.url,
            TOKEN_SECRET: 'one-key-for-every-node-of-this-installation',
            DEMO_BOARD: false,
            RETENTION_DAYS: 30,
          }),
        ),
      )),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await postgres?.drop();
    for (const d of dirs) d.remove();
  }, 60_000);

  it('creates the demo once when three nodes start on an empty database at the same moment', async () => {
    const demos = await Promise.all(servers.map((s, i) => ensureDemo(s.app, dirs[i]!.dir)));
    expect(demos.filter((d) => d?.created)).toHaveLength(1);
    const { db, t } = servers[0]!.app.database;
    expect(await db.select({ id: t.workshops.id }).from(t.workshops)).toHaveLength(1);
  });

  it('skips the retention sweep on a node while another holds the sweep lease, and sweeps after it ends', async () => {
    const past = await createWorkshop(servers[0]!, 'weiterbildungskonferenz', { date: day(-31) });
    const stillThere = async () =>
      (await api(servers[1]!, 'GET', `/api/workshops/${past.workshopId}`, undefined, past.facilitatorToken)).status;

    // Another node's sweep under way: it holds the lease on a connection of its own.
    const otherNode = new pg.Client({ connectionString: postgres!.url });
    await otherNode.connect();
    try {
      await otherNode.query('SELECT pg_advisory_lock($1)', [NODE_LOCKS.retentionSweep]);
      expect(await servers[1]!.app.retention.sweep()).toEqual([]);
      expect(await stillThere()).toBe(200);
    } finally {
      await otherNode.end();
    }
    // Its connection gone (as when that node dies), the lease is free again.
    expect(await servers[1]!.app.retention.sweep()).toEqual([past.workshopId]);
    expect(await stillThere()).toBe(410);
  });
});
