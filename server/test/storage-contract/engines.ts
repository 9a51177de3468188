import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import { openSqliteStore } from '../../src/db/database.js';
import { openPostgresStore } from '../../src/db/postgres.js';
import * as schemaPg from '../../src/db/schema-pg.js';
import type { StoreDb } from '../../src/db/store-db.js';
import { freshDatabase, type FreshDatabase } from '../services/shared-services.js';

export type Engine = 'sqlite' | 'postgres';
export const ENGINES: Engine[] = ['sqlite', 'postgres'];

/**
 * One database per test file in the run's shared PostgreSQL cluster (vitest globalSetup),
 * created when the first PostgreSQL test needs it, emptied before every test. Migration
 * tests get an unmigrated database of their own.
 */
const databases: FreshDatabase[] = [];
afterAll(async () => {
  const database = shared;
  shared = undefined;
  if (database) await (await database).admin.end();
  await Promise.all(databases.splice(0).map((d) => d.drop()));
});

/** Where a test's store lives: open it (again) as often as the test likes. */
export interface StoreLocation {
  open(): Promise<StoreDb>;
}

export async function freshLocation(
  engine: Engine,
  options: StoreOptions = {},
): Promise<StoreLocation & { remove(): void }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'mutopia-contract-'));
    return {
      open: async () => openSqliteStore(dir, 'NORMAL'),
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (options.emptyDatabase) {
    const database = await freshDatabase('contract_empty');
    databases.push(database);
    return { open: () => openPostgresStore(database.url, { poolSize: 5 }), remove: () => undefined };
  }
  shared ??= sharedDatabase();
  const { url, admin } = await shared;
  // Emptying the file's one database is far cheaper than creating one per test (seconds on a loaded machine).
  await admin.query(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`);
  return { open: () => openPostgresStore(url, { poolSize: 5 }), remove: () => undefined };
}

const TABLES = (Object.values(schemaPg) as unknown[])
  .filter((v): v is PgTable => is(v, PgTable))
  .map((table) => `"${getTableConfig(table).name}"`)
  .join(', ');

let shared: Promise<{ url: string; admin: pg.Client }> | undefined;

async function sharedDatabase(): Promise<{ url: string; admin: pg.Client }> {
  const database = await freshDatabase('contract');
  databases.push(database);
  const url = database.url;
  // Migrated once here; each test's store runs the migrator again, which then finds nothing to do.
  await (await openPostgresStore(url, { poolSize: 1 })).close();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  return { url, admin };
}

export interface StoreOptions {
  /** A database no server has migrated yet (migration tests); else the file's one database, emptied. */
  emptyDatabase?: boolean;
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
