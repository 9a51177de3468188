import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNote, notesOf, YJS_PATH } from '@mutopia/shared';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { connectProvider, createBoard, destroyAll, synced, waitFor } from '../harness.js';
import { startRedis, type RedisProcess } from '../services/redis-server.js';
import { startFleet, type Fleet, type ServerNode } from './nodes.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The texts of a document's notes: every note a test writes has its own text. */
function texts(doc: Y.Doc): Set<string> {
  return new Set([...notesOf(doc).values()].map((note) => String(note.get('text'))));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

/** A fresh client's view of the board on a node: what that node has, and after a restart, what it stored. */
async function notesOn(node: ServerNode, boardId: string): Promise<Set<string>> {
  const provider = connectProvider(node, boardId);
  try {
    await waitFor(() => provider.synced, 'a fresh client to sync', 20_000);
    return texts(provider.doc);
  } finally {
    destroyAll(provider);
  }
}

/** Points a provider at another node, as a load balancer sends the next connection to a node that is alive. */
function moveTo(provider: WebsocketProvider, node: ServerNode): void {
  provider.serverUrl = `${node.wsUrl}${YJS_PATH}`;
}

describe('boards hosted on three nodes sharing PostgreSQL and Redis', () => {
  let redis: RedisProcess | undefined;
  let fleet: Fleet | undefined;
  const providers: WebsocketProvider[] = [];

  beforeAll(async () => {
    // A Redis of this file's own, killed and restarted by one test.
    redis = await startRedis();
    fleet = await startFleet(3, {
      postgres: true,
      // The default compaction threshold: node B must not fold its document (which holds what A relayed)
      // into a snapshot during the burst, or it would store for A what A had failed to store before relaying it.
      env: { REDIS_URL: redis.url, YJS_CONNECT_BURST: '1000' },
    });
  }, 180_000);

  afterAll(async () => {
    destroyAll(...providers);
    await fleet?.stop();
    await redis?.stop();
  }, 60_000);

  function connect(node: ServerNode, boardId: string): WebsocketProvider {
    const provider = connectProvider(node, boardId);
    providers.push(provider);
    return provider;
  }

  it('shows a note made on node A to clients on nodes B and C and back, with presence, and measures the relay', async () => {
    const [a, b, c] = fleet!.nodes as [ServerNode, ServerNode, ServerNode];
    const board = await createBoard(a, 'Relay');
    const onA = connect(a, board.id);
    const onB = connect(b, board.id);
    const onC = connect(c, board.id);
    await Promise.all([synced(onA), synced(onB), synced(onC)]);

    createNote(onA.doc, { x: 10, y: 10, text: 'from A' });
    await waitFor(
      () => texts(onB.doc).has('from A') && texts(onC.doc).has('from A'),
      'the note from A on B and C',
      10_000,
    );
    createNote(onB.doc, { x: 20, y: 20, text: 'from B' });
    await waitFor(
      () => texts(onA.doc).has('from B') && texts(onC.doc).has('from B'),
      'the note from B on A and C',
      10_000,
    );
    onC.disconnect();

    onA.awareness.setLocalStateField('user', { name: 'Ada' });
    await waitFor(
      () =>
        (onB.awareness.getStates().get(onA.awareness.clientID) as { user?: { name?: string } })?.user?.name === 'Ada',
      "A's presence on B",
      10_000,
    );

    // Relay latency and Redis bytes per edit: 200 notes one after another from A, each timed until B holds it,
    // beside the same through one node (a second client on A) as the baseline.
    const listener = new Redis(redis!.url);
    let updateBytes = 0;
    let updateMessages = 0;
    listener.on('pmessageBuffer', (_pattern: Buffer, _channel: Buffer, message: Buffer) => {
      if (message[0] !== 0) return;
      updateBytes += message.byteLength;
      updateMessages++;
    });
    await listener.psubscribe('mutopia:board:*');
    const sameNode = connect(a, board.id);
    await synced(sameNode);
    const timed = async (to: WebsocketProvider, name: string): Promise<number[]> => {
      const arrived = new Map<string, number>();
      notesOf(to.doc).observe((event) => {
        for (const key of event.keysChanged) arrived.set(key, performance.now());
      });
      const latencies: number[] = [];
      for (let i = 0; i < 200; i++) {
        const sent = performance.now();
        const id = createNote(onA.doc, { x: i, y: 100, text: `${name} ${i}` });
        await waitFor(() => arrived.has(id), `${name} note ${i}`, 10_000);
        latencies.push(arrived.get(id)! - sent);
      }
      return latencies.sort((x, y) => x - y);
    };
    const local = await timed(sameNode, 'local');
    const bytesBefore = updateBytes;
    const relayed = await timed(onB, 'relayed');
    await listener.quit();
    const ms = (values: number[]) =>
      `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
    console.info(
      `200 edits: relayed A→B ${ms(relayed)}; one node ${ms(local)}; ` +
        `Redis: ${updateMessages} update messages, ${((updateBytes - bytesBefore) / 200).toFixed(0)} bytes per edit`,
    );
    expect(texts(onB.doc).size).toBe(402);

    // A client that leaves node A leaves B's screens too (A publishes the removal of its presence).
    onA.disconnect();
    await waitFor(() => !onB.awareness.getStates().has(onA.awareness.clientID), "A's presence gone on B", 10_000);
  }, 120_000);

  it('carries edits across a Redis restart, also one made while Redis was away', async () => {
    const [a, b] = fleet!.nodes as [ServerNode, ServerNode];
    const board = await createBoard(a, 'Redis restart');
    const onA = connect(a, board.id);
    const onB = connect(b, board.id);
    await Promise.all([synced(onA), synced(onB)]);
    createNote(onA.doc, { x: 0, y: 0, text: 'before' });
    await waitFor(() => texts(onB.doc).has('before'), 'the first note on B', 10_000);

    // Redis is killed and comes back empty, with nobody subscribed: what A publishes meanwhile reaches no one.
    const restarting = redis!.restart();
    createNote(onA.doc, { x: 1, y: 0, text: 'while away' });
    await restarting;
    createNote(onA.doc, { x: 2, y: 0, text: 'right after' });
    await waitFor(
      () => texts(onB.doc).has('while away') && texts(onB.doc).has('right after'),
      'the notes made while Redis was away on B',
      30_000,
    );

    createNote(onB.doc, { x: 3, y: 0, text: 'later' });
    await waitFor(() => texts(onA.doc).has('later'), 'a later note from B on A', 20_000);
    expect(onA.wsconnected && onB.wsconnected).toBe(true);
  }, 90_000);

  it('keeps every note a peer had seen when node A is killed during an edit burst', async () => {
    const [a, b] = fleet!.nodes as [ServerNode, ServerNode];
    const board = await createBoard(b, 'Burst');
    const a1 = connect(a, board.id);
    const a2 = connect(a, board.id);
    const b1 = connect(b, board.id);
    await Promise.all([synced(a1), synced(a2), synced(b1)]);

    let running = true;
    const burst = async (provider: WebsocketProvider, name: string) => {
      for (let i = 0; running; i++) {
        createNote(provider.doc, { x: i, y: 0, text: `${name}-${i}` });
        await sleep(5);
      }
    };
    const bursts = [burst(a1, 'a1'), burst(a2, 'a2'), burst(b1, 'b1')];
    const fromA = () => [...texts(b1.doc)].filter((text) => text.startsWith('a')).length;
    await waitFor(() => fromA() >= 60, "A's notes on B", 30_000);

    // PostgreSQL stalls (a lock on the update log) while the clients go on, so node A dies holding
    // edits it has not stored: none of them may have reached B's screens.
    const blocker = new pg.Client({ connectionString: fleet!.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE board_updates IN SHARE ROW EXCLUSIVE MODE');
    const before = texts(a2.doc).size;
    await waitFor(() => texts(a2.doc).size >= before + 10, 'edits on A during the stall', 10_000);
    await fleet!.kill(0);
    await blocker.query('ROLLBACK');
    await blocker.end();
    // A2's device went down with A's network: its notes live on only where A stored them.
    a2.destroy();
    moveTo(a1, b);
    await waitFor(() => a1.wsconnected && a1.synced, 'A1 reconnected to B', 30_000);
    await sleep(200);
    running = false;
    await Promise.all(bursts);

    const seen = new Set([...texts(b1.doc), ...texts(a1.doc)]);
    const seenFromA2 = [...texts(b1.doc)].filter((text) => text.startsWith('a2-')).length;
    expect(seenFromA2).toBeGreaterThan(0);
    await waitFor(async () => (await notesOn(b, board.id)).size >= seen.size, 'B to hold every note', 20_000);
    const onB = await notesOn(b, board.id);
    expect([...seen].filter((text) => !onB.has(text))).toEqual([]);

    // B dies as well, without storing anything on the way out: what a peer had seen must come back,
    // on B restarted from PostgreSQL and on C, which never hosted the board. A1's own latest notes may
    // still be in B's flush (no peer got them yet; A1 would send them again): peers' views count.
    const seenByPeers = new Set([...texts(b1.doc), ...[...texts(a1.doc)].filter((text) => !text.startsWith('a1-'))]);
    destroyAll(a1, b1);
    const restarted = await fleet!.restart(1);
    const storedOnB = await notesOn(restarted, board.id);
    expect([...seenByPeers].filter((text) => !storedOnB.has(text))).toEqual([]);
    const storedOnC = await notesOn(fleet!.nodes[2]!, board.id);
    expect([...seenByPeers].filter((text) => !storedOnC.has(text))).toEqual([]);
    console.info(
      `kill -9 burst: ${seen.size} notes seen by peers (${seenFromA2} of them from the client that went down with A), all stored`,
    );
  }, 180_000);
});
