import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createNote, readNotes } from '@mutopia/shared';
import { openSqliteStore } from '../db/database.js';
import type { StoreDb } from '../db/store-db.js';
import { BoardStore } from './board-store.js';
import { applyStoredUpdates } from './merge-updates.js';
import { UpdateLog } from './update-log.js';

let dir: string;
let database: StoreDb;
let sqlite: NonNullable<StoreDb['sqlite']>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mutopia-log-'));
  database = openSqliteStore(dir, 'NORMAL');
  sqlite = database.sqlite!;
  await new BoardStore(database).create('board1', 'B', Y.encodeStateAsUpdate(new Y.Doc()));
});

afterEach(() => {
  if (sqlite.open) sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

function rowCount(): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM board_updates').get() as { n: number }).n;
}

function logWith(overrides: Partial<ConstructorParameters<typeof UpdateLog>[1]> = {}, store = database): UpdateLog {
  return new UpdateLog(store, {
    compactAfterUpdates: 1000,
    compactAfterBytes: 10_000_000,
    onOverThreshold: () => undefined,
    onError: () => undefined,
    ...overrides,
  });
}

/** A doc whose updates are appended to the log, as the server's hosted board does. */
function loggedDoc(log: UpdateLog, onDurable?: () => void): Y.Doc {
  const doc = new Y.Doc();
  doc.on('update', (update: Uint8Array) => log.append('board1', update, onDurable));
  return doc;
}

describe('update log', () => {
  it('writes the updates of one event-loop turn together, and reports durability only after the write', async () => {
    const log = logWith();
    await log.load('board1');
    const durable = vi.fn(() => rowCount());
    const doc = loggedDoc(log, durable);
    for (let i = 0; i < 20; i++) createNote(doc, { x: i, y: 0 });
    expect(rowCount()).toBe(0);
    expect(durable).not.toHaveBeenCalled();
    await new Promise((resolve) => setImmediate(resolve));
    expect(rowCount()).toBe(20);
    // Every callback saw all 20 rows already in the database.
    expect(durable.mock.results.map((r) => r.value)).toEqual(Array(20).fill(20));
  });

  it('loads snapshot and log in write order, which applied give the state', async () => {
    const log = logWith();
    await log.load('board1');
    const doc = loggedDoc(log);
    createNote(doc, { x: 1, y: 2, text: 'eins' });
    createNote(doc, { x: 3, y: 4, text: 'zwei' });
    await log.flush();
    const loaded = new Y.Doc();
    const stored = await log.load('board1');
    // The board's first snapshot, then both notes' updates.
    expect(stored).toHaveLength(3);
    applyStoredUpdates(loaded, stored);
    expect(readNotes(loaded).map((n) => n.text)).toEqual(['eins', 'zwei']);
  });

  it('asks for compaction past the threshold and compacts into a snapshot', async () => {
    const over: string[] = [];
    const log = logWith({ compactAfterUpdates: 5, onOverThreshold: (id) => over.push(id) });
    await log.load('board1');
    const doc = loggedDoc(log);
    for (let i = 0; i < 6; i++) createNote(doc, { x: i, y: 0 });
    await log.flush();
    expect(over).toEqual(['board1']);
    await log.compact('board1', Y.encodeStateAsUpdate(doc));
    expect(rowCount()).toBe(0);
    expect(log.logSize('board1')).toEqual({ count: 0, bytes: 0 });
    const loaded = new Y.Doc();
    const stored = await log.load('board1');
    expect(stored).toHaveLength(1);
    applyStoredUpdates(loaded, stored);
    expect(readNotes(loaded)).toHaveLength(6);
  });

  it('keeps a failed batch, reports the error and writes it once the database is back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const errors: unknown[] = [];
      const log = logWith({ onError: (e) => errors.push(e) });
      await log.load('board1');
      const durable = vi.fn();
      const doc = loggedDoc(log, durable);
      sqlite.exec('CREATE TRIGGER fail BEFORE INSERT ON board_updates BEGIN SELECT RAISE(FAIL, "disk full"); END');
      createNote(doc, { x: 0, y: 0 });
      await expect(log.flush()).rejects.toThrow(/disk full/);
      expect(errors).toHaveLength(1);
      expect(durable).not.toHaveBeenCalled();
      sqlite.exec('DROP TRIGGER fail');
      vi.advanceTimersByTime(1000);
      expect(rowCount()).toBe(1);
      expect(durable).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

function storedNotes(stored: Uint8Array[]): string[] {
  const doc = new Y.Doc();
  applyStoredUpdates(doc, stored);
  return readNotes(doc)
    .map((n) => n.text)
    .sort();
}

describe('update log, both paths', () => {
  it('keeps updates appended after a compaction was asked for', async () => {
    const log = logWith();
    await log.load('board1');
    const doc = loggedDoc(log);
    createNote(doc, { x: 0, y: 0, text: 'before' });
    await log.flush();
    const state = Y.encodeStateAsUpdate(doc);
    const compacted = log.compact('board1', state);
    createNote(doc, { x: 1, y: 0, text: 'after' });
    await compacted;
    await log.flush();
    expect(storedNotes(await log.load('board1'))).toEqual(['after', 'before']);
    expect(rowCount()).toBe(1);
  });

  it('waits while an async transaction holds the connection, then writes', async () => {
    const log = logWith();
    await log.load('board1');
    const durable = vi.fn();
    const doc = loggedDoc(log, durable);
    let flushed: Promise<void> | undefined;
    await database.transaction(async () => {
      createNote(doc, { x: 0, y: 0 });
      flushed = log.flush();
      expect(durable).not.toHaveBeenCalled();
    });
    await flushed;
    expect(rowCount()).toBe(1);
    expect(durable).toHaveBeenCalledTimes(1);
  });

  it('reports every flush with how many updates it wrote', async () => {
    const flushes: Array<[number, number]> = [];
    const log = logWith({ onFlush: (seconds, updates) => flushes.push([seconds, updates]) });
    const doc = loggedDoc(log);
    for (let i = 0; i < 3; i++) createNote(doc, { x: i, y: 0 });
    await log.flush();
    expect(flushes.map(([, updates]) => updates)).toEqual([3]);
    expect(flushes[0]![0]).toBeGreaterThanOrEqual(0);
  });
});

/**
 * The same SQLite file without its synchronous handle: the log takes the path
 * it takes on PostgreSQL (awaited multi-row inserts). `gate` holds each write's
 * transaction until released, to see what happens while one is in flight.
 */
function awaitedStore(): { store: StoreDb; release: () => void; inFlight: () => number; most: () => number } {
  let open = 0;
  let most = 0;
  let waiting: Array<() => void> = [];
  let gated = true;
  const store: StoreDb = {
    ...database,
    sqlite: null,
    transaction: async (fn) => {
      open++;
      most = Math.max(most, open);
      try {
        if (gated) await new Promise<void>((resolve) => waiting.push(resolve));
        return await database.transaction(fn);
      } finally {
        open--;
      }
    },
  };
  return {
    store,
    release: () => {
      gated = false;
      for (const resolve of waiting) resolve();
      waiting = [];
    },
    inFlight: () => open,
    most: () => most,
  };
}

describe('update log without the synchronous path (as on PostgreSQL)', () => {
  it('writes one batch at a time; appends made meanwhile wait for the next, in order', async () => {
    const gate = awaitedStore();
    const log = logWith({}, gate.store);
    await log.load('board1');
    const seen: number[] = [];
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => log.append('board1', update, () => seen.push(rowCount())));
    createNote(doc, { x: 0, y: 0, text: 'first' });
    const first = log.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(gate.inFlight()).toBe(1);
    createNote(doc, { x: 1, y: 0, text: 'second' });
    createNote(doc, { x: 2, y: 0, text: 'third' });
    const rest = log.flush();
    await new Promise((resolve) => setImmediate(resolve));
    // Nothing written and nothing reported while the first write waits.
    expect(rowCount()).toBe(0);
    expect(seen).toEqual([]);
    gate.release();
    await first;
    await rest;
    expect(gate.most()).toBe(1);
    // Each callback ran after its own rows were committed: 1 row, then 3.
    expect(seen).toEqual([1, 3, 3]);
    const stored = await log.load('board1');
    expect(storedNotes(stored)).toEqual(['first', 'second', 'third']);
    expect(log.logSize('board1')).toEqual({ count: 3, bytes: expect.any(Number) as number });
  });

  it('keeps a failed batch ahead of later appends and writes both once the database is back', async () => {
    const gate = awaitedStore();
    gate.release();
    const errors: unknown[] = [];
    const log = logWith({ onError: (e) => errors.push(e) }, gate.store);
    await log.load('board1');
    const durable = vi.fn();
    const doc = loggedDoc(log, durable);
    sqlite.exec('CREATE TRIGGER fail BEFORE INSERT ON board_updates BEGIN SELECT RAISE(FAIL, "disk full"); END');
    createNote(doc, { x: 0, y: 0, text: 'kept' });
    await expect(log.flush()).rejects.toThrow(/disk full/);
    expect(errors).toHaveLength(1);
    createNote(doc, { x: 1, y: 0, text: 'later' });
    sqlite.exec('DROP TRIGGER fail');
    await log.flush();
    expect(durable).toHaveBeenCalledTimes(2);
    const rows = sqlite.prepare('SELECT data FROM board_updates ORDER BY id').all() as Array<{ data: Buffer }>;
    expect(rows).toHaveLength(2);
    // Written in the order they were made: the kept one first.
    const firstOnly = new Y.Doc();
    applyStoredUpdates(firstOnly, [new Uint8Array(rows[0]!.data)]);
    expect(readNotes(firstOnly).map((n) => n.text)).toEqual(['kept']);
  });

  it('compacts in the stream of writes without losing what came after', async () => {
    const gate = awaitedStore();
    gate.release();
    const log = logWith({}, gate.store);
    await log.load('board1');
    const doc = loggedDoc(log);
    createNote(doc, { x: 0, y: 0, text: 'eins' });
    await log.flush();
    const compacted = log.compact('board1', Y.encodeStateAsUpdate(doc));
    createNote(doc, { x: 1, y: 0, text: 'zwei' });
    await compacted;
    await log.flush();
    expect(rowCount()).toBe(1);
    expect(storedNotes(await log.load('board1'))).toEqual(['eins', 'zwei']);
  });
});
