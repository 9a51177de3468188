import { afterEach, describe, expect, it } from 'vitest';
import type { StoreDb } from '../../src/db/store-db.js';
import { ENGINES, freshLocation } from './engines.js';

describe.each(ENGINES)('migrations [%s]', (engine) => {
  const opened: StoreDb[] = [];
  let removers: Array<() => void> = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    for (const remove of removers) remove();
    removers = [];
  });

  /** A place no server has used yet: the first open migrates it. */
  async function newPlace() {
    const place = await freshLocation(engine, { emptyDatabase: true });
    removers.push(place.remove);
    return {
      open: async () => {
        const store = await place.open();
        opened.push(store);
        return store;
      },
    };
  }

  it('apply once: opening the store again keeps its rows and migrates nothing twice', async () => {
    const place = await newPlace();
    const first = await place.open();
    await first.db.insert(first.t.boards).values({ id: 'kept', title: 'Kept', createdAt: new Date() });
    await first.close();
    const again = await place.open();
    const rows = await again.db.select({ id: again.t.boards.id }).from(again.t.boards);
    expect(rows.map((r) => r.id)).toEqual(['kept']);
    await again.ping();
  });

  it('let several servers start on a new store at once', async () => {
    const place = await newPlace();
    const stores = await Promise.all([place.open(), place.open(), place.open()]);
    for (const s of stores) await s.ping();
    await stores[0]!.db.insert(stores[0]!.t.boards).values({ id: 'shared', title: 'S', createdAt: new Date() });
    const seen = await stores[2]!.db.select({ id: stores[2]!.t.boards.id }).from(stores[2]!.t.boards);
    expect(seen.map((r) => r.id)).toEqual(['shared']);
  });

  it('describe where the data lives without a password', async () => {
    const store = await (await newPlace()).open();
    expect(store.describe).not.toMatch(/:[^/@]*@/);
  });
});
