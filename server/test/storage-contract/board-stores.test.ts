import { eq } from 'drizzle-orm';
import { createNote, readNotes } from '@mutopia/shared';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardStore, initialBoardState } from '../../src/persistence/board-store.js';
import { UpdateLog } from '../../src/persistence/update-log.js';
import type { StoreDb } from '../../src/db/store-db.js';
import { describeStores } from './engines.js';

/** Every update a doc emits, in order, as a client would send them. */
function recording(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return updates;
}

function restored(stored: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const u of stored) Y.applyUpdate(doc, u);
  return doc;
}

function log(store: StoreDb, overThreshold: string[] = []): UpdateLog {
  return new UpdateLog(store, {
    compactAfterUpdates: 5,
    compactAfterBytes: 1024 * 1024,
    onOverThreshold: (id) => overThreshold.push(id),
    onError: (error) => {
      throw error;
    },
  });
}

describeStores('boards and the update log', (store, location) => {
  it('creates boards, tells who guards them, and finds a workshop’s station boards', async () => {
    const boards = new BoardStore(store());
    const { db, t } = store();
    await db.insert(t.workshops).values({
      id: 'w1',
      joinCode: 'J',
      definition: '{}',
      state: '{}',
      facilitatorSecretHash: 'f',
      cofacilitatorSecretHash: 'c',
      createdAt: new Date(),
    });
    const plain = await boards.create('plain', 'Ideen', initialBoardState('Ideen'));
    await boards.create('s1', 'Station 1', initialBoardState('Station 1'), { workshopId: 'w1', stationId: 'st-1' });
    await boards.create('s2', 'Station 2', initialBoardState('Station 2'), { workshopId: 'w1', stationId: 'st-2' });
    expect(await boards.get('plain')).toEqual(plain);
    expect(await boards.access('plain')).toEqual({ workshopId: null });
    expect(await boards.access('s1')).toEqual({ workshopId: 'w1' });
    expect(await boards.access('nope')).toBeUndefined();
    expect(await boards.exists('s2')).toBe(true);
    expect(await boards.stationBoards('w1')).toEqual({ 'st-1': 's1', 'st-2': 's2' });
    expect(await boards.count()).toBe(3);
    await boards.rename('plain', 'Neue Ideen');
    expect((await boards.get('plain'))?.title).toBe('Neue Ideen');
    await expect(
      boards.create('s3', 'Doppelt', initialBoardState('Doppelt'), { workshopId: 'w1', stationId: 'st-1' }),
    ).rejects.toThrow();
    expect(await boards.count()).toBe(3);
  });

  it('stores appended updates, tells each appender once they are durable, and loads them in order', async () => {
    const boards = new BoardStore(store());
    await boards.create('b1', 'Board', initialBoardState('Board'));
    const updateLog = log(store());
    const doc = restored(await updateLog.load('b1'));
    const sent = recording(doc);
    for (let i = 0; i < 12; i++) createNote(doc, { x: i, y: 0, text: `Notiz ${i}` });
    const durable: number[] = [];
    sent.forEach((u, i) => updateLog.append('b1', u, () => durable.push(i)));
    expect(durable).toEqual([]);
    await updateLog.flush();
    expect(durable).toEqual(sent.map((_, i) => i));

    // A second server reading the same store sees the same board.
    const other = await location().open();
    const loaded = restored(await log(other).load('b1'));
    expect(readNotes(loaded).map((n) => n.text)).toEqual(readNotes(doc).map((n) => n.text));
    expect(readNotes(loaded)).toHaveLength(12);
  });

  it('compacts the log into one snapshot, keeping updates that arrive after it', async () => {
    const boards = new BoardStore(store());
    await boards.create('b1', 'Board', initialBoardState('Board'));
    const over: string[] = [];
    const updateLog = log(store(), over);
    const doc = restored(await updateLog.load('b1'));
    const sent = recording(doc);
    for (let i = 0; i < 6; i++) createNote(doc, { x: i, y: 0, text: `vorher ${i}` });
    for (const u of sent.splice(0)) updateLog.append('b1', u);
    await updateLog.flush();
    expect(over).toContain('b1');
    expect(updateLog.logSize('b1')?.count).toBe(6);

    await updateLog.compact('b1', Y.encodeStateAsUpdate(doc));
    expect(await updateLog.load('b1')).toHaveLength(1);
    createNote(doc, { x: 0, y: 1, text: 'nachher' });
    for (const u of sent.splice(0)) updateLog.append('b1', u);
    await updateLog.flush();

    const stored = await updateLog.load('b1');
    expect(stored).toHaveLength(2);
    expect(
      readNotes(restored(stored))
        .map((n) => n.text)
        .sort(),
    ).toEqual([...Array.from({ length: 6 }, (_, i) => `vorher ${i}`), 'nachher'].sort());
  });

  it('stores the updates of several boards appended in one turn, and loads nothing of a deleted board', async () => {
    const boards = new BoardStore(store());
    for (const id of ['a', 'b', 'c']) await boards.create(id, id, initialBoardState(id));
    const updateLog = log(store());
    const docs = new Map<string, Y.Doc>();
    for (const id of ['a', 'b', 'c']) {
      const doc = restored(await updateLog.load(id));
      const sent = recording(doc);
      createNote(doc, { x: 0, y: 0, text: `auf ${id}` });
      for (const u of sent) updateLog.append(id, u);
      docs.set(id, doc);
    }
    await updateLog.flush();
    for (const id of ['a', 'b', 'c']) {
      expect(readNotes(restored(await updateLog.load(id))).map((n) => n.text)).toEqual([`auf ${id}`]);
    }
    const { db, t } = store();
    await db.delete(t.boards).where(eq(t.boards.id, 'b'));
    expect(await updateLog.load('b')).toEqual([]);
    expect(await updateLog.load('a')).not.toEqual([]);
  });
});
