import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createWorkshop, joinWorkshop, startServer, tempDataDir, type RunningServer } from './harness.js';
import { freshDatabase, type FreshDatabase } from './services/shared-services.js';

/**
 * PostgreSQL text cannot hold U+0000: a join named "A\u0000na" answered 500 there (SQLite stored it).
 * The shared schemas refuse control characters before anything reaches the store.
 */
let database: FreshDatabase | undefined;
let server: RunningServer | undefined;
const data = tempDataDir();

beforeAll(async () => {
  database = await freshDatabase('control_chars');
  server = await startServer(data.dir, { DATABASE_URL: database.url, DEMO_BOARD: false });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await database?.drop();
  data.remove();
});

async function participantNames(workshopId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: database!.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ display_name: string }>(
      'SELECT display_name FROM participants WHERE workshop_id = $1',
      [workshopId],
    );
    return rows.map((r) => r.display_name);
  } finally {
    await client.end();
  }
}

describe('control characters in names on PostgreSQL', () => {
  it('answers a join with a NUL in the name with 400 naming the field, and stores nobody', async () => {
    const w = await createWorkshop(server!);
    const refused = await api<{
      error: { code: string; message: string; issues?: { path: string; message: string }[] };
    }>(server!, 'POST', `/api/join/${w.joinCode}`, { displayName: 'A\u0000na' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('control characters are not allowed');
    expect(await participantNames(w.workshopId)).toEqual([]);

    // The same person with a clean name gets in, and the server still answers.
    await joinWorkshop(server!, w.joinCode, 'Ana');
    expect(await participantNames(w.workshopId)).toEqual(['Ana']);
  });

  it('refuses a board title with a control character', async () => {
    const refused = await api(server!, 'POST', '/api/boards', { title: 'Ideen\u0000 für morgen' });
    expect(refused.status).toBe(400);
  });
});
