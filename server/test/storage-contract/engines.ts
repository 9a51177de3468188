import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import { openSqliteStore } from '../../src/db/database.js';
import { openPostgresStore } from '../../src/db/postgres.js';
import type { StoreDb } from '../../src/db/store-db.js';
import { startPostgres, type PostgresProcess } from '../services/postgres-server.js';

export type Engine = 'sqlite' | 'postgres';
export const ENGINES: Engine[] = ['sqlite', 'postgres'];

/**
 * One PostgreSQL cluster per test file, started when the first PostgreSQL
 * test needs it (starting one takes seconds on a loaded machine); each test
 * gets its own database on it.
 */
let cluster: Promise<PostgresProcess> | undefined;
let databases = 0;
afterAll(async () => {
  const running = cluster;
  cluster = undefined;
  if (running) await (await running).stop();
});

/** Where a test's store lives: open it (again) as often as the test likes. */
export interface StoreLocation {
  open(): Promise<StoreDb>;
}

export async function freshLocation(engine: Engine): Promise<StoreLocation & { remove(): void }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'mutopia-contract-'));
    return {
      open: async () => openSqliteStore(dir, 'NORMAL'),
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  cluster ??= startPostgres();
  const url = (await cluster).createDatabase(`contract_${process.pid}_${++databases}`);
  return { open: () => openPostgresStore(url, { poolSize: 5 }), remove: () => undefined };
}

/**
 * `body` runs once per engine; `store()` is a freshly migrated, empty store
 * for each test, closed afterwards. The cases must not know which engine they
 * run on: that is the contract.
 */
export function describeStores(
  title: string,
  body: (store: () => StoreDb, location: () => StoreLocation) => void,
): void {
  describe.each(ENGINES)(`${title} [%s]`, (engine) => {
    let current: StoreDb | undefined;
    let location: (StoreLocation & { remove(): void }) | undefined;
    const opened: StoreDb[] = [];
    beforeEach(async () => {
      location = await freshLocation(engine);
      const open = location.open;
      // Every store a test opens is closed after it, also the ones it opens itself.
      location.open = async () => {
        const store = await open();
        opened.push(store);
        return store;
      };
      current = await location.open();
    });
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
      location?.remove();
      current = undefined;
    });
    body(
      () => {
        if (!current) throw new Error('store used outside a test');
        return current;
      },
      () => {
        if (!location) throw new Error('location used outside a test');
        return location;
      },
    );
  });
}
