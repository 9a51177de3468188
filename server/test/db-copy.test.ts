import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { createNote, readNotes } from '@mutopia/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COPY_ORDER, copyToPostgres, TargetNotEmptyError } from '../src/db/copy-to-postgres.js';
import { openSqliteStore } from '../src/db/database.js';
import { openPostgresStore } from '../src/db/postgres.js';
import type { StoreDb } from '../src/db/store-db.js';
import {
  connectProvider,
  createBoard,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  startServer,
  synced,
  tempDataDir,
  waitFor,
} from './harness.js';
import { freshDatabase, type FreshDatabase } from './services/shared-services.js';

const SCRIPT = resolve(import.meta.dirname, '../src/db/copy-to-postgres.ts');

let data: ReturnType<typeof tempDataDir>;
const databases: FreshDatabase[] = [];

/** A database of its own in the run's shared PostgreSQL, dropped after the file. */
async function newDatabase(): Promise<string> {
  const database = await freshDatabase('copy');
  databases.push(database);
  return database.url;
}

/** Every row of every table, in a stable order, as the store's row objects (dates, booleans, buffers). */
async function allRows(store: StoreDb): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const name of COPY_ORDER) {
    const rows: unknown[] = await store.db.select().from(store.t[name]);
    result[name] = rows
      .map((r) => [JSON.stringify(r), r] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, r]) => r);
  }
  return result;
}

beforeAll(async () => {
  data = tempDataDir();
  // A real installation's file: a workshop with people and a board written through the server.
  const server = await startServer(data.dir, { DEMO_BOARD: false });
  try {
    const workshop = await createWorkshop(server);
    for (const name of ['Ana', 'Börje', 'Chiara']) await joinWorkshop(server, workshop.joinCode, name);
    const board = await createBoard(server, 'Ideen für die Ölmühle');
    const writer = connectProvider(server, board.id);
    await synced(writer);
    for (let i = 0; i < 30; i++) createNote(writer.doc, { x: i * 10, y: 0, text: `Notiz ${i}` });
    const reader = connectProvider(server, board.id);
    await synced(reader);
    await waitFor(() => readNotes(reader.doc).length === 30, 'the notes at a peer');
    destroyAll(writer, reader);
  } finally {
    await server.close();
  }
}, 60_000);

afterAll(async () => {
  await Promise.all(databases.map((d) => d.drop()));
  data?.remove();
});

describe('pnpm db:copy', () => {
  it('copies every table row for row, and PostgreSQL continues the update ids after the copied ones', async () => {
    const url = await newDatabase();
    const counts = await copyToPostgres({ dataDir: data.dir, url });
    expect(counts.workshops).toBe(1);
    expect(counts.participants).toBe(3);
    expect(counts.boards).toBeGreaterThan(1);
    expect(counts.boardUpdates + counts.boardSnapshots).toBeGreaterThan(0);

    const source = openSqliteStore(data.dir, 'NORMAL');
    const copy = await openPostgresStore(url);
    try {
      const before = await allRows(source);
      expect(await allRows(copy)).toEqual(before);
      for (const name of COPY_ORDER) expect(counts[name], name).toBe(before[name]!.length);

      const board = (before.boards as { id: string }[])[0]!;
      const [added] = await copy.db
        .insert(copy.t.boardUpdates)
        .values({ boardId: board.id, data: Buffer.from([0]) })
        .returning({ id: copy.t.boardUpdates.id });
      const copiedIds = (before.boardUpdates as { id: number }[]).map((r) => r.id);
      expect(added!.id).toBeGreaterThan(Math.max(0, ...copiedIds));
    } finally {
      await copy.close();
      await source.close();
    }
  });

  it('refuses a target that holds rows, and replaces them with --force', async () => {
    const url = await newDatabase();
    const first = await copyToPostgres({ dataDir: data.dir, url });
    await expect(copyToPostgres({ dataDir: data.dir, url })).rejects.toBeInstanceOf(TargetNotEmptyError);
    const again = await copyToPostgres({ dataDir: data.dir, url, force: true });
    expect(again).toEqual(first);
  });

  it('runs from the command line and says why it refuses', async () => {
    const url = await newDatabase();
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
        env: { ...process.env, DATA_DIR: data.dir },
      });
    const { stdout } = await run('--to', url);
    expect(stdout).toMatch(/participants\s+3/);
    expect(stdout).not.toContain('password');
    await expect(run('--to', url)).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/--force/) });
  });
});
