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

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mutopia-log-'));
  database = openSqliteStore(dir, 'NORMAL');
  sqlite = database.sqlite!;
  new BoardStore(database).create('board1', 'B', Y.encodeStateAsUpdate(new Y.Doc()));
});

afterEach(() => {
  if (sqlite.open) sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

function rowCount(): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM board_updates').get() as { n: number }).n;
}

function logWith(overrides: Partial<ConstructorParameters<typeof UpdateLog>[1]> = {}): UpdateLog {
  return new UpdateLog(database.db, {
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
    log.load('board1');
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

  it('loads snapshot and log in write order, which applied give the state', () => {
    const log = logWith();
    log.load('board1');
    const doc = loggedDoc(log);
    createNote(doc, { x: 1, y: 2, text: 'eins' });
    createNote(doc, { x: 3, y: 4, text: 'zwei' });
    log.flush();
    const loaded = new Y.Doc();
    const stored = log.load('board1');
    // The board's first snapshot, then both notes' updates.
    expect(stored).toHaveLength(3);
    applyStoredUpdates(loaded, stored);
    expect(readNotes(loaded).map((n) => n.text)).toEqual(['eins', 'zwei']);
  });

  it('asks for compaction past the threshold and compacts into a snapshot', () => {
    const over: string[] = [];
    const log = logWith({ compactAfterUpdates: 5, onOverThreshold: (id) => over.push(id) });
    log.load('board1');
    const doc = loggedDoc(log);
    for (let i = 0; i < 6; i++) createNote(doc, { x: i, y: 0 });
    log.flush();
    expect(over).toEqual(['board1']);
    log.compact('board1', Y.encodeStateAsUpdate(doc));
    expect(rowCount()).toBe(0);
    expect(log.logSize('board1')).toEqual({ count: 0, bytes: 0 });
    const loaded = new Y.Doc();
    const stored = log.load('board1');
    expect(stored).toHaveLength(1);
    applyStoredUpdates(loaded, stored);
    expect(readNotes(loaded)).toHaveLength(6);
  });

  it('keeps a failed batch, reports the error and writes it once the database is back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const errors: unknown[] = [];
      const log = logWith({ onError: (e) => errors.push(e) });
      log.load('board1');
      const durable = vi.fn();
      const doc = loggedDoc(log, durable);
      sqlite.exec('CREATE TRIGGER fail BEFORE INSERT ON board_updates BEGIN SELECT RAISE(FAIL, "disk full"); END');
      createNote(doc, { x: 0, y: 0 });
      log.flush();
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
