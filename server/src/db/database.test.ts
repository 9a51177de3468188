import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from './database.js';
import { first, type StoreDb } from './store-db.js';

let dir: string;
let store: StoreDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mutopia-db-'));
  store = openSqliteStore(dir, 'NORMAL');
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function addBoard(tx: StoreDb['db'], id: string): Promise<void> {
  await tx.insert(store.t.boards).values({ id, title: id, createdAt: new Date() });
}

async function boardIds(): Promise<string[]> {
  const rows = await store.db.select({ id: store.t.boards.id }).from(store.t.boards);
  return rows.map((r) => r.id).sort();
}

describe('SQLite transactions', () => {
  it('commits what the callback wrote and returns its value', async () => {
    const value = await store.transaction(async (tx) => {
      await addBoard(tx, 'a');
      await addBoard(tx, 'b');
      return 42;
    });
    expect(value).toBe(42);
    expect(await boardIds()).toEqual(['a', 'b']);
  });

  it('rolls back everything when the callback throws', async () => {
    await expect(
      store.transaction(async (tx) => {
        await addBoard(tx, 'a');
        throw new Error('budget exceeded');
      }),
    ).rejects.toThrow('budget exceeded');
    expect(await boardIds()).toEqual([]);
    // The connection is usable afterwards.
    await store.transaction((tx) => addBoard(tx, 'c'));
    expect(await boardIds()).toEqual(['c']);
  });

  it('lets a nested call join the outer transaction, so an outer failure undoes it too', async () => {
    await expect(
      store.transaction(async () => {
        await store.transaction((inner) => addBoard(inner, 'inner'));
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await boardIds()).toEqual([]);
  });

  it('runs concurrent transactions one after the other, each seeing the last one’s commit', async () => {
    await addBoard(store.db, 'counter');
    const bump = () =>
      store.transaction(async (tx) => {
        const row = await first(
          tx.select({ title: store.t.boards.title }).from(store.t.boards).where(eq(store.t.boards.id, 'counter')),
        );
        const next = String(Number(row?.title === 'counter' ? 0 : row?.title) + 1);
        await tx.update(store.t.boards).set({ title: next }).where(eq(store.t.boards.id, 'counter'));
      });
    await Promise.all(Array.from({ length: 20 }, bump));
    const row = await first(store.db.select().from(store.t.boards).where(eq(store.t.boards.id, 'counter')));
    expect(row?.title).toBe('20');
  });
});
