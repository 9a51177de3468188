import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNote, readNotes, updateNote } from '@mutopia/shared';
import pg from 'pg';
import { freshDatabase, type FreshDatabase } from './services/shared-services.js';
import {
  connectProvider,
  createBoard,
  destroyAll,
  startServer,
  synced,
  tempDataDir,
  waitFor,
  type RunningServer,
} from './harness.js';

/**
 * The board path on PostgreSQL (DATABASE_URL): loads, awaited flushes and
 * compaction on unload, with real providers, as on the embedded file.
 */
let database: FreshDatabase | undefined;
let url: string;
const data = tempDataDir();

beforeAll(async () => {
  database = await freshDatabase('boards_pg');
  url = database.url;
}, 120_000);

afterAll(async () => {
  await database?.drop();
  data.remove();
});

async function server(overrides: Parameters<typeof startServer>[1] = {}): Promise<RunningServer> {
  return startServer(data.dir, { DATABASE_URL: url, ...overrides });
}

async function logRows(boardId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>('SELECT count(*) AS n FROM board_updates WHERE board_id = $1', [
      boardId,
    ]);
    return Number(result.rows[0]!.n);
  } finally {
    await client.end();
  }
}

describe('boards on PostgreSQL', () => {
  it('syncs two providers, keeps every edit through a restart, and folds the log when the board unloads', async () => {
    let running = await server({ BOARD_IDLE_UNLOAD_MS: 0 });
    const board = await createBoard(running);
    // Both connect at once: the second may arrive while the first one's load waits for the database.
    const a = connectProvider(running, board.id);
    const b = connectProvider(running, board.id);
    await Promise.all([synced(a), synced(b)]);
    const id = createNote(a.doc, { x: 0, y: 0, text: 'Postgres' });
    await waitFor(() => readNotes(b.doc).length === 1, 'the note to reach the other provider');
    for (let i = 1; i <= 40; i++) updateNote(b.doc, id, { x: i });
    await waitFor(() => readNotes(a.doc)[0]?.x === 40 && readNotes(b.doc)[0]?.text === 'Postgres', 'both to converge');
    expect(running.app.boardHost.loadedCount).toBe(1);
    expect(await logRows(board.id)).toBeGreaterThan(0);

    destroyAll(a, b);
    await waitFor(() => running.app.boardHost.loadedCount === 0, 'the board to unload');
    await waitFor(async () => (await logRows(board.id)) === 0, 'the log folded into the snapshot');

    await running.close();
    running = await server();
    const fresh = connectProvider(running, board.id);
    await synced(fresh);
    expect(readNotes(fresh.doc).map((n) => [n.text, n.x])).toEqual([['Postgres', 40]]);
    destroyAll(fresh);
    await running.close();
  }, 60_000);
});
