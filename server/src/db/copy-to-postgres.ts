import { pathToFileURL } from 'node:url';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { sql, type SQL } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { loadConfig } from '../config.js';
import { openSqliteStore } from './database.js';
import { openPostgresStore, withoutPassword } from './postgres.js';
import * as lite from './schema.js';
import type { Db, StoreDb, Tables } from './store-db.js';

/** Parents before children, so every foreign key finds its row. */
export const COPY_ORDER = [
  'workshops',
  'series',
  'keptResults',
  'participants',
  'tokenVersions',
  'boards',
  'boardUpdates',
  'boardSnapshots',
  'questions',
  'voteSessions',
  'votes',
] as const satisfies readonly (keyof Tables)[];

type TableName = (typeof COPY_ORDER)[number];

/** Tables whose id PostgreSQL numbers itself: its sequence must continue after the copied ids. */
const SERIAL_IDS = ['board_updates', 'votes'];

/** Rows per INSERT: far below PostgreSQL's 65535 parameters, and a bounded batch of Yjs bytes. */
const BATCH_ROWS = 500;
const BATCH_BYTES = 8 * 1024 * 1024;

export interface CopyOptions {
  dataDir: string;
  url: string;
  /** Empty a target that already holds rows instead of refusing. */
  force?: boolean;
  log?: (line: string) => void;
}

export class TargetNotEmptyError extends Error {}

/**
 * Copies the SQLite file in `dataDir` into PostgreSQL at `url` (migrated
 * first) in one transaction: either everything arrives or nothing does.
 * Rows go through each column's own mapping (milliseconds to dates, 0/1 to
 * booleans), so PostgreSQL holds what the server would have written itself.
 * The server must be stopped while this runs.
 */
export async function copyToPostgres(options: CopyOptions): Promise<Record<TableName, number>> {
  const log = options.log ?? (() => undefined);
  // Opening applies SQLite's pending migrations, so the file has the columns schema.ts names.
  const source = openSqliteStore(options.dataDir, 'FULL');
  let target: StoreDb | undefined;
  try {
    target = await openPostgresStore(options.url, { poolSize: 2 });
    const into = target;
    const counts = await into.transaction(async (tx) => {
      await refuseOrEmpty(tx, into, options.force === true);
      const counts = {} as Record<TableName, number>;
      for (const name of COPY_ORDER) counts[name] = await copyTable(source, tx, into.t[name], name);
      for (const table of SERIAL_IDS) {
        // Sequence names are found by PostgreSQL (the table name is ours, not input).
        await execute(
          tx,
          sql.raw(
            `SELECT setval(pg_get_serial_sequence('${table}', 'id'), COALESCE((SELECT max(id) FROM "${table}"), 0) + 1, false)`,
          ),
        );
      }
      return counts;
    });
    log(`Copied ${source.describe} to ${withoutPassword(options.url)}:`);
    for (const name of COPY_ORDER) log(`  ${getTableConfig(lite[name]).name.padEnd(16)} ${counts[name]}`);
    return counts;
  } finally {
    await target?.close();
    await source.close();
  }
}

/** The target is PostgreSQL, whose raw statements run through `execute` (SQLite's builder type says `run`). */
async function execute(tx: Db, statement: SQL): Promise<void> {
  await (tx as unknown as NodePgDatabase).execute(statement);
}

async function refuseOrEmpty(tx: Db, target: StoreDb, force: boolean): Promise<void> {
  const names = COPY_ORDER.map((n) => `"${getTableConfig(lite[n]).name}"`);
  const filled: string[] = [];
  for (const name of COPY_ORDER) {
    const rows = await tx.select().from(target.t[name]).limit(1);
    if (rows.length > 0) filled.push(getTableConfig(lite[name]).name);
  }
  if (filled.length === 0) return;
  if (!force) {
    throw new TargetNotEmptyError(
      `The target database already holds rows (${filled.join(', ')}); pass --force to replace them.`,
    );
  }
  await execute(tx, sql.raw(`TRUNCATE ${names.join(', ')} RESTART IDENTITY CASCADE`));
}

/** Streams one table's raw rows out of SQLite, maps them column by column, inserts them in batches. */
async function copyTable(source: StoreDb, tx: Db, into: Tables[TableName], name: TableName): Promise<number> {
  const table = lite[name] as SQLiteTable;
  const { columns, name: sqlName } = getTableConfig(table);
  const byColumn = Object.entries(table as unknown as Record<string, unknown>).filter(([, c]) =>
    columns.includes(c as (typeof columns)[number]),
  ) as [string, (typeof columns)[number]][];
  const statement = source.sqlite!.prepare(`SELECT * FROM "${sqlName}" ORDER BY 1`);
  let batch: Record<string, unknown>[] = [];
  let bytes = 0;
  let copied = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    // The row types of both schemas are equal (schema-parity.test.ts); the builder is typed as SQLite's.
    await tx.insert(into).values(batch as never);
    copied += batch.length;
    batch = [];
    bytes = 0;
  };
  for (const raw of statement.iterate() as Iterable<Record<string, unknown>>) {
    const row: Record<string, unknown> = {};
    for (const [key, column] of byColumn) {
      const value = raw[column.name];
      row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
      if (Buffer.isBuffer(value)) bytes += value.length;
    }
    batch.push(row);
    if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
  }
  await flush();
  return copied;
}

function parseArgs(argv: string[]): { to: string; force: boolean } {
  let to = process.env.DATABASE_URL ?? '';
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--force') force = true;
    else if (arg === '--to') to = argv[++i] ?? '';
    else if (arg.startsWith('--to=')) to = arg.slice('--to='.length);
    else if (arg !== '--') throw new Error(`Unknown argument: ${arg}`);
  }
  if (!/^postgres(ql)?:\/\//.test(to)) {
    throw new Error('Usage: pnpm db:copy --to postgres://user:password@host:5432/db [--force]');
  }
  return { to, force };
}

async function main(): Promise<void> {
  try {
    const { to, force } = parseArgs(process.argv.slice(2));
    const config = loadConfig({ ...process.env, DATABASE_URL: undefined });
    await copyToPostgres({
      dataDir: config.DATA_DIR,
      url: to,
      force,
      log: (line) => process.stdout.write(`${line}\n`),
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
