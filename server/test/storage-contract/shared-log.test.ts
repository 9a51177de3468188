import { sql, type SQL } from 'drizzle-orm';
import { createNote, readNotes } from '@mutopia/shared';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Db, StoreDb } from '../../src/db/store-db.js';
import { BoardStore, initialBoardState } from '../../src/persistence/board-store.js';
import { COMPACTION_LOCK_CLASS } from '../../src/persistence/shared-compaction.js';
import { UpdateLog } from '../../src/persistence/update-log.js';
import { describeStores, freshLocation } from './engines.js';

/** One node's log of boards that other nodes write too (REDIS_URL). */
function sharedLog(store: StoreDb): UpdateLog {
  return new UpdateLog(store, {
    compactAfterUpdates: 5,
    compactAfterBytes: 1024 * 1024,
    onOverThreshold: () => undefined,
    onError: (error) => {
      throw error;
    },
    sharedLog: true,
  });
}

function restored(stored: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const u of stored) Y.applyUpdate(doc, u);
  return doc;
}

/** Writes `count` new notes made on `doc` through `log`, as a node stores its clients' edits. */
async function write(log: UpdateLog, doc: Y.Doc, prefix: string, count: number): Promise<void> {
  const updates: Uint8Array[] = [];
  const record = (u: Uint8Array) => updates.push(u);
  doc.on('update', record);
  for (let i = 0; i < count; i++) createNote(doc, { x: i, y: 0, text: `${prefix} ${i}` });
  doc.off('update', record);
  for (const u of updates) log.append('b1', u);
  await log.flush();
}

function textsOf(stored: Uint8Array[]): string[] {
  return readNotes(restored(stored))
    .map((n) => n.text)
    .sort();
}

const expected = (a: number, b: number) =>
  [...Array.from({ length: a }, (_, i) => `A ${i}`), ...Array.from({ length: b }, (_, i) => `B ${i}`)].sort();

describeStores('a board log two nodes write', (store, location) => {
  it('keeps, when node A compacts, the rows node B wrote that A’s document does not hold yet', async () => {
    await new BoardStore(store()).create('b1', 'Board', initialBoardState('Board'));
    const logA = sharedLog(store());
    const logB = sharedLog(await location().open());
    const docA = restored(await logA.load('b1'));
    const docB = restored(await logB.load('b1'));
    await write(logA, docA, 'A', 6);
    // Stored by B; its relay to A is still on the way when A folds the log.
    await write(logB, docB, 'B', 3);

    await logA.compact('b1', Y.encodeStateAsUpdate(docA));
    const stored = await logA.load('b1');
    expect(textsOf(stored)).toEqual(expected(6, 3));
    // Every row it read went into the snapshot.
    expect(stored).toHaveLength(1);

    await write(logB, docB, 'B more', 1);
    expect(textsOf(await logB.load('b1'))).toHaveLength(10);
  });
});

describeStores('a node catching up on a board others write', (store, location) => {
  it('reads only what was stored since its last read, and the snapshot once another node compacted', async () => {
    await new BoardStore(store()).create('b1', 'Board', initialBoardState('Board'));
    const logA = sharedLog(store());
    const logB = sharedLog(await location().open());
    const docA = restored(await logA.load('b1'));
    const docB = restored(await logB.load('b1'));
    expect(await logA.loadNew('b1')).toEqual([]);

    await write(logB, docB, 'B', 2);
    const rows = await logA.loadNew('b1');
    expect(rows).toHaveLength(2);
    for (const u of rows) Y.applyUpdate(docA, u);
    expect(await logA.loadNew('b1')).toEqual([]);

    // B writes one more and folds the log: A finds the new snapshot, which holds the row it never read.
    await write(logB, docB, 'B more', 1);
    await logB.compact('b1', Y.encodeStateAsUpdate(docB));
    const caughtUp = await logA.loadNew('b1');
    expect(caughtUp).toHaveLength(1);
    for (const u of caughtUp) Y.applyUpdate(docA, u);
    expect(
      readNotes(docA)
        .map((n) => n.text)
        .sort(),
    ).toEqual(['B 0', 'B 1', 'B more 0']);
  });
});

describe('the compaction lease on PostgreSQL', () => {
  const closing: StoreDb[] = [];
  afterEach(async () => {
    await Promise.all(closing.splice(0).map((s) => s.close()));
  });

  it('lets one node compact a board at a time; another writes its updates as they are and folds nothing', async () => {
    const location = await freshLocation('postgres');
    const [storeA, storeB] = [await location.open(), await location.open()];
    closing.push(storeA, storeB);
    await new BoardStore(storeA).create('b1', 'Board', initialBoardState('Board'));
    const logA = sharedLog(storeA);
    const docA = restored(await logA.load('b1'));
    await write(logA, docA, 'A', 6);
    expect(logA.logSize('b1')?.count).toBe(6);

    // Node B holds the board's lease (its compaction transaction is open) while A tries.
    await storeB.transaction(async (tx: Db) => {
      const locked = await (tx as unknown as { execute(q: SQL): Promise<{ rows: Array<{ l: boolean }> }> }).execute(
        sql`SELECT pg_try_advisory_xact_lock(${COMPACTION_LOCK_CLASS}, hashtext('b1')) AS l`,
      );
      expect(locked.rows[0]?.l).toBe(true);
      createNote(docA, { x: 9, y: 9, text: 'A 6' });
      await logA.compact('b1', Y.encodeStateAsUpdate(docA));
    });
    // The node holding the lease folds the log: A does not ask again after each of its next flushes.
    expect(logA.logSize('b1')?.count).toBe(0);
    const whileLeased = await logA.load('b1');
    // No new snapshot: the initial one and every row.
    expect(whileLeased).toHaveLength(1 + 6);
    expect(textsOf(whileLeased)).toEqual(expected(6, 0));

    await logA.compact('b1', Y.encodeStateAsUpdate(docA));
    const after = await logA.load('b1');
    expect(after).toHaveLength(1);
    expect(textsOf(after)).toEqual(expected(7, 0));
  });
});
