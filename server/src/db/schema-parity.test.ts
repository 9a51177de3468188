import { getTableName, is, Table } from 'drizzle-orm';
import { getTableConfig as pgConfig, type PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as lite from './schema.js';
import * as pg from './schema-pg.js';

/*
 * Store code is typed against schema.ts and runs on schema-pg.ts when
 * DATABASE_URL is set: a column that differs in name, type, nullability,
 * default, key or cascade would work on one engine and fail on the other.
 */

describe('PostgreSQL schema mirrors the SQLite schema', () => {
  it('has the same row types, table by table', () => {
    expectTypeOf<typeof pg.workshops.$inferSelect>().toEqualTypeOf<typeof lite.workshops.$inferSelect>();
    expectTypeOf<typeof pg.workshops.$inferInsert>().toEqualTypeOf<typeof lite.workshops.$inferInsert>();
    expectTypeOf<typeof pg.keptResults.$inferSelect>().toEqualTypeOf<typeof lite.keptResults.$inferSelect>();
    expectTypeOf<typeof pg.keptResults.$inferInsert>().toEqualTypeOf<typeof lite.keptResults.$inferInsert>();
    expectTypeOf<typeof pg.participants.$inferSelect>().toEqualTypeOf<typeof lite.participants.$inferSelect>();
    expectTypeOf<typeof pg.participants.$inferInsert>().toEqualTypeOf<typeof lite.participants.$inferInsert>();
    expectTypeOf<typeof pg.tokenVersions.$inferSelect>().toEqualTypeOf<typeof lite.tokenVersions.$inferSelect>();
    expectTypeOf<typeof pg.tokenVersions.$inferInsert>().toEqualTypeOf<typeof lite.tokenVersions.$inferInsert>();
    expectTypeOf<typeof pg.boards.$inferSelect>().toEqualTypeOf<typeof lite.boards.$inferSelect>();
    expectTypeOf<typeof pg.boards.$inferInsert>().toEqualTypeOf<typeof lite.boards.$inferInsert>();
    expectTypeOf<typeof pg.boardUpdates.$inferSelect>().toEqualTypeOf<typeof lite.boardUpdates.$inferSelect>();
    expectTypeOf<typeof pg.boardUpdates.$inferInsert>().toEqualTypeOf<typeof lite.boardUpdates.$inferInsert>();
    expectTypeOf<typeof pg.boardSnapshots.$inferSelect>().toEqualTypeOf<typeof lite.boardSnapshots.$inferSelect>();
    expectTypeOf<typeof pg.boardSnapshots.$inferInsert>().toEqualTypeOf<typeof lite.boardSnapshots.$inferInsert>();
    expectTypeOf<typeof pg.questions.$inferSelect>().toEqualTypeOf<typeof lite.questions.$inferSelect>();
    expectTypeOf<typeof pg.questions.$inferInsert>().toEqualTypeOf<typeof lite.questions.$inferInsert>();
    expectTypeOf<typeof pg.voteSessions.$inferSelect>().toEqualTypeOf<typeof lite.voteSessions.$inferSelect>();
    expectTypeOf<typeof pg.voteSessions.$inferInsert>().toEqualTypeOf<typeof lite.voteSessions.$inferInsert>();
    expectTypeOf<typeof pg.votes.$inferSelect>().toEqualTypeOf<typeof lite.votes.$inferSelect>();
    expectTypeOf<typeof pg.votes.$inferInsert>().toEqualTypeOf<typeof lite.votes.$inferInsert>();
    expectTypeOf<typeof pg.series.$inferSelect>().toEqualTypeOf<typeof lite.series.$inferSelect>();
    expectTypeOf<typeof pg.series.$inferInsert>().toEqualTypeOf<typeof lite.series.$inferInsert>();
    // Every table has a row above: a table added to one schema alone fails here.
    expectTypeOf<keyof typeof pg>().toEqualTypeOf<keyof typeof lite>();
  });

  const tables = (schema: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(schema).filter(([, v]) => is(v, Table))) as Record<string, Table>;
  const liteTables = tables(lite);
  const pgTables = tables(pg);

  it('exports the same tables under the same SQL names', () => {
    expect(Object.keys(pgTables).sort()).toEqual(Object.keys(liteTables).sort());
    for (const [name, table] of Object.entries(liteTables)) {
      expect(getTableName(pgTables[name]!), name).toBe(getTableName(table));
    }
  });

  it.each(Object.keys(liteTables))('%s: same columns, keys, indexes and cascades', (name) => {
    const a = sqliteConfig(liteTables[name] as SQLiteTable);
    const b = pgConfig(pgTables[name] as PgTable);
    const columns = (cs: typeof a.columns | typeof b.columns) =>
      cs.map((c) => ({
        name: c.name,
        notNull: c.notNull,
        hasDefault: c.hasDefault,
        primary: c.primary,
        unique: c.isUnique,
      }));
    expect(columns(b.columns)).toEqual(columns(a.columns));
    const keys = (pks: { columns: { name: string }[] }[]) => pks.map((k) => k.columns.map((c) => c.name));
    expect(keys(b.primaryKeys)).toEqual(keys(a.primaryKeys));
    const fks = (list: typeof a.foreignKeys | typeof b.foreignKeys) =>
      list.map((f) => {
        const ref = f.reference();
        return {
          columns: ref.columns.map((c) => c.name),
          to: getTableName(ref.foreignTable),
          toColumns: ref.foreignColumns.map((c) => c.name),
          onDelete: f.onDelete,
        };
      });
    expect(fks(b.foreignKeys)).toEqual(fks(a.foreignKeys));
    const indexes = (list: typeof a.indexes | typeof b.indexes) =>
      list.map((i) => ({
        name: i.config.name,
        unique: i.config.unique,
        on: i.config.columns.map((c) => ('name' in c ? c.name : String(c))),
      }));
    expect(indexes(b.indexes)).toEqual(indexes(a.indexes));
  });
});
