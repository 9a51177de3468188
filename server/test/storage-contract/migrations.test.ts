import { expect, it } from 'vitest';
import { describeStores } from './engines.js';

describeStores('migrations', (store, location) => {
  it('apply once: opening the store again keeps its rows and migrates nothing twice', async () => {
    const { db, t } = store();
    await db.insert(t.boards).values({ id: 'kept', title: 'Kept', createdAt: new Date() });
    await store().close();
    const again = await location().open();
    const rows = await again.db.select({ id: again.t.boards.id }).from(again.t.boards);
    expect(rows.map((r) => r.id)).toEqual(['kept']);
    await again.ping();
  });

  it('let several servers open the same store at once', async () => {
    const opened = await Promise.all([location().open(), location().open(), location().open()]);
    for (const s of opened) await s.ping();
    await opened[0]!.db.insert(opened[0]!.t.boards).values({ id: 'shared', title: 'S', createdAt: new Date() });
    const seen = await opened[2]!.db.select({ id: opened[2]!.t.boards.id }).from(opened[2]!.t.boards);
    expect(seen.map((r) => r.id)).toEqual(['shared']);
  });

  it('describe where the data lives without a password', () => {
    expect(store().describe).not.toMatch(/:[^/@]*@/);
  });
});
