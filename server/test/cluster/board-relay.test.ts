import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoardRelay, type BoardRelay } from '../../src/cluster/board-relay.js';
import type { BoardHost } from '../../src/yjs/board-host.js';
import type { HostedBoard } from '../../src/yjs/hosted-board.js';
import { waitFor } from '../harness.js';
import { startRedis, type RedisProcess } from '../services/redis-server.js';

/** A board as the relay sees it: what it was given to apply. */
function board(id: string) {
  const relayed: Uint8Array[][] = [];
  const presence: Uint8Array[] = [];
  const stub = {
    id,
    applyRelayed: (updates: readonly Uint8Array[]) => relayed.push([...updates]),
    applyRelayedPresence: (update: Uint8Array) => presence.push(update),
  };
  return { stub: stub as unknown as HostedBoard, relayed, presence };
}

/** A node's board host reduced to what the relay asks of it; `stored` is what a catch-up reads. */
function host(boards: Map<string, HostedBoard>, stored: () => Uint8Array[]): BoardHost {
  return {
    hosted: (id: string) => boards.get(id),
    storedUpdates: async () => stored(),
  } as unknown as BoardHost;
}

describe('the board relay over a real Redis', () => {
  let redis: RedisProcess | undefined;
  const relays: BoardRelay[] = [];
  /** What the relays reported while a test ran (closing them afterwards may abort a pending command). */
  const errors: unknown[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  }, 60_000);
  afterAll(async () => {
    for (const relay of relays) await relay.close();
    await redis?.stop();
  });

  it('carries updates and presence to the other node hosting the board, not back to the sender', async () => {
    const onA = board('b1');
    const onB = board('b1');
    const a = createBoardRelay(
      redis!.url,
      host(new Map([['b1', onA.stub]]), () => []),
      (e) => errors.push(e),
    );
    const b = createBoardRelay(
      redis!.url,
      host(new Map([['b1', onB.stub]]), () => []),
      (e) => errors.push(e),
    );
    relays.push(a, b);
    a.hosted(onA.stub);
    b.hosted(onB.stub);
    // Each catches up once it is subscribed (nothing stored here).
    await waitFor(() => onA.relayed.length === 1 && onB.relayed.length === 1, 'both subscribed');

    a.publishUpdate('b1', Uint8Array.of(1, 2, 3));
    a.publishAwareness('b1', Uint8Array.of(9));
    await waitFor(() => onB.relayed.length === 2 && onB.presence.length === 1, 'B to get both');
    expect([...onB.relayed[1]![0]!]).toEqual([1, 2, 3]);
    expect([...onB.presence[0]!]).toEqual([9]);
    expect(onA.relayed).toHaveLength(1);
    expect(onA.presence).toHaveLength(0);
    expect(errors).toEqual([]);
  });

  it('catches up from the store when its subscription comes back, since what was published meanwhile is gone', async () => {
    const onC = board('b2');
    let reads = 0;
    const c = createBoardRelay(
      redis!.url,
      host(new Map([['b2', onC.stub]]), () => {
        reads++;
        return [Uint8Array.of(reads)];
      }),
      () => undefined,
    );
    relays.push(c);
    c.hosted(onC.stub);
    await waitFor(() => onC.relayed.length === 1, 'the first catch-up');

    // Redis drops every subscriber connection (as a restart or a failover does).
    const admin = new Redis(redis!.url);
    await admin.call('CLIENT', 'KILL', 'TYPE', 'pubsub');
    await waitFor(() => onC.relayed.length === 2, 'the catch-up after the reconnect', 20_000);
    expect([...onC.relayed[1]![0]!]).toEqual([2]);

    // And it hears the channel again.
    await admin.publish('mutopia:board:b2', Buffer.from([0, 1, 1, 1, 1, 1, 1, 1, 1, 42]));
    await waitFor(() => onC.relayed.length === 3, 'a publication after the reconnect', 20_000);
    expect([...onC.relayed[2]![0]!]).toEqual([42]);
    await admin.quit();
  });
});
