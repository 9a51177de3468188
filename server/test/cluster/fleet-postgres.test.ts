import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSession, createWorkshop, joinWorkshop, type SessionClient } from '../harness.js';
import { startFleet, type Fleet } from './nodes.js';

/** The fleet helper itself: what W1's and W2's multi-node tests build on. */
describe('a fleet on one PostgreSQL and one Redis', () => {
  let fleet: Fleet | undefined;
  const clients: SessionClient[] = [];

  beforeAll(async () => {
    fleet = await startFleet(2, { postgres: true });
  }, 180_000);

  afterAll(async () => {
    for (const client of clients) client.close();
    await fleet?.stop();
  }, 60_000);

  it('shares workshops and tokens between nodes, and a killed node comes back on its port', async () => {
    const f = fleet!;
    expect(f.databaseUrl).toMatch(/^postgres:\/\//);
    expect(f.redisUrl).toMatch(/^redis:\/\//);
    expect(f.nodes[0]!.dataDir).not.toBe(f.nodes[1]!.dataDir);
    const [a, b] = f.nodes as [Fleet['nodes'][0], Fleet['nodes'][0]];

    // Created and joined on A, the token A issued is taken by B: one database, one token key.
    // (Joining on one node and connecting on another that cached the workshop earlier waits for W2's invalidation.)
    const w = await createWorkshop(a);
    const joined = await joinWorkshop(a, w.joinCode, 'Ada');
    const onB = await connectSession(b, joined.token);
    clients.push(onB);
    expect(onB.last()?.workshopId).toBe(w.workshopId);

    const port = a.port;
    await f.kill(0);
    expect((await fetch(`${a.url}/healthz`).catch(() => undefined))?.ok).not.toBe(true);
    const again = await f.restart(0);
    expect(again.port).toBe(port);
    // What A stored before the crash is in PostgreSQL, not in A: the restarted node knows the workshop.
    const later = await joinWorkshop(again, w.joinCode, 'Grace');
    const grace = await connectSession(again, later.token);
    clients.push(grace);
    expect(grace.last()?.workshopId).toBe(w.workshopId);

    await f.redis!.restart();
    expect((await fetch(`${b.url}/healthz`)).ok).toBe(true);
  }, 120_000);
});

describe("a fleet on a database of the run's shared Redis", () => {
  let fleet: Fleet | undefined;

  afterAll(async () => {
    await fleet?.stop();
  }, 60_000);

  it('gets a Redis database of its own that the node reaches', async () => {
    fleet = await startFleet(1, { postgres: true, redis: 'shared' });
    expect(fleet.redis).toBeUndefined();
    expect(fleet.redisUrl).toMatch(/^redis:\/\/127\.0\.0\.1:\d+\/\d+$/);
    const text = await (await fetch(`${fleet.nodes[0]!.url}/metrics`)).text();
    expect(text).toContain('mutopia_backend_up{target="redis"} 1');
  }, 120_000);
});
