import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { first, type StoreDb } from '../../src/db/store-db.js';
import { describeStores } from './engines.js';

describeStores('transactions', (store) => {
  async function addBoard(tx: StoreDb['db'], id: string): Promise<void> {
    await tx.insert(store().t.boards).values({ id, title: id, createdAt: new Date() });
  }

  async function boardIds(): Promise<string[]> {
    const { db, t } = store();
    const rows = await db.select({ id: t.boards.id }).from(t.boards);
    return rows.map((r) => r.id).sort();
  }

  it('commits what the callback wrote and returns its value', async () => {
    const value = await store().transaction(async (tx) => {
      await addBoard(tx, 'a');
      await addBoard(tx, 'b');
      return 42;
    });
    expect(value).toBe(42);
    expect(await boardIds()).toEqual(['a', 'b']);
  });

  it('rolls back everything when the callback throws', async () => {
    await expect(
      store().transaction(async (tx) => {
        await addBoard(tx, 'a');
        throw new Error('budget exceeded');
      }),
    ).rejects.toThrow('budget exceeded');
    expect(await boardIds()).toEqual([]);
    // The store is usable afterwards.
    await store().transaction((tx) => addBoard(tx, 'c'));
    expect(await boardIds()).toEqual(['c']);
  });

  it('rolls back when a statement fails (a duplicate key)', async () => {
    await addBoard(store().db, 'taken');
    await expect(
      store().transaction(async (tx) => {
        await addBoard(tx, 'fresh');
        await addBoard(tx, 'taken');
      }),
    ).rejects.toThrow();
    expect(await boardIds()).toEqual(['taken']);
  });

  it('lets a nested call join the outer transaction, so an outer failure undoes it too', async () => {
    await expect(
      store().transaction(async () => {
        await store().transaction((inner) => addBoard(inner, 'inner'));
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await boardIds()).toEqual([]);
  });

  it('lets store.db inside the callback see the transaction’s own writes', async () => {
    const seen = await store().transaction(async (tx) => {
      await addBoard(tx, 'uncommitted');
      const { db, t } = store();
      return (await db.select({ id: t.boards.id }).from(t.boards)).map((r) => r.id);
    });
    expect(seen).toEqual(['uncommitted']);
  });

  it('runs concurrent transactions as if one after the other, each seeing the last one’s commit', async () => {
    const { db, t } = store();
    await addBoard(db, 'counter');
    const bump = () =>
      store().transaction(async (tx) => {
        const row = await first(tx.select({ title: t.boards.title }).from(t.boards).where(eq(t.boards.id, 'counter')));
        const next = String(Number(row?.title === 'counter' ? 0 : row?.title) + 1);
        await tx.update(t.boards).set({ title: next }).where(eq(t.boards.id, 'counter'));
      });
    await Promise.all(Array.from({ length: 20 }, bump));
    const row = await first(db.select().from(t.boards).where(eq(t.boards.id, 'counter')));
    expect(row?.title).toBe('20');
  });

  it('keeps a check-then-insert budget under 20 concurrent callers (no overspending)', async () => {
    const { db, t } = store();
    await db.insert(t.workshops).values(workshopRow('w1'));
    await db.insert(t.voteSessions).values({
      id: 'v1',
      workshopId: 'w1',
      title: 'Dots',
      items: '[]',
      budget: 3,
      status: 'open',
      createdAt: new Date(),
    });
    const cast = (i: number) =>
      store().transaction(async (tx) => {
        const used = await first(tx.select({ n: count() }).from(t.votes).where(eq(t.votes.sessionId, 'v1')));
        if ((used?.n ?? 0) >= 3) return false;
        // Another round trip between check and insert, as a real cast has (it reads the session too).
        await tx.select().from(t.voteSessions).where(eq(t.voteSessions.id, 'v1'));
        await tx
          .insert(t.votes)
          .values({ sessionId: 'v1', participantId: 'p1', itemId: `i${i}`, createdAt: new Date() });
        return true;
      });
    const accepted = await Promise.all(Array.from({ length: 20 }, (_, i) => cast(i)));
    expect(accepted.filter(Boolean)).toHaveLength(3);
    const stored = await db.select().from(t.votes);
    expect(stored).toHaveLength(3);
  });
});

function workshopRow(id: string) {
  return {
    id,
    joinCode: `code-${id}`,
    definition: '{}',
    state: '{}',
    facilitatorSecretHash: 'f',
    cofacilitatorSecretHash: 'c',
    createdAt: new Date(),
  };
}
