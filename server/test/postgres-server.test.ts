import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createNote, readNotes } from '@mutopia/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../src/db/database.js';
import { openPostgresStore } from '../src/db/postgres.js';
import {
  api,
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

const databases: FreshDatabase[] = [];

/** What every node of one installation shares: the database and the key its tokens are signed with. */
const fleet = (url: string) => ({
  DATABASE_URL: url,
  TOKEN_SECRET: 'one-key-for-every-node-of-this-installation',
  DEMO_BOARD: false,
});

afterAll(async () => {
  await Promise.all(databases.map((d) => d.drop()));
});

describe('the server with DATABASE_URL', () => {
  it('keeps boards, workshops and people in PostgreSQL across a restart, and nothing in DATA_DIR', async () => {
    const database = await freshDatabase('server');
    databases.push(database);
    const url = database.url;
    const first = tempDataDir();
    let server = await startServer(first.dir, fleet(url));
    const health = await fetch(`${server.httpUrl}/healthz`);
    expect(health.status).toBe(200);

    const board = await createBoard(server, 'Ideen');
    const writer = connectProvider(server, board.id);
    const peer = connectProvider(server, board.id);
    await Promise.all([synced(writer), synced(peer)]);
    for (let i = 0; i < 20; i++) createNote(writer.doc, { x: i * 10, y: 0, text: `Notiz ${i}` });
    await waitFor(() => readNotes(peer.doc).length === 20, 'the notes at the peer');
    destroyAll(writer, peer);
    const workshop = await createWorkshop(server);
    for (const name of ['Ana', 'Börje']) await joinWorkshop(server, workshop.joinCode, name);
    await server.close();
    expect(existsSync(join(first.dir, DATABASE_FILE))).toBe(false);

    // Another node: a different machine's DATA_DIR, the same database.
    const second = tempDataDir();
    server = await startServer(second.dir, fleet(url));
    try {
      const reader = connectProvider(server, board.id);
      await synced(reader);
      expect(
        readNotes(reader.doc)
          .map((n) => n.text)
          .sort(),
      ).toEqual(Array.from({ length: 20 }, (_, i) => `Notiz ${i}`).sort());
      destroyAll(reader);
      await joinWorkshop(server, workshop.joinCode, 'Chiara');
    } finally {
      await server.close();
    }
    const store = await openPostgresStore(url);
    try {
      const people = await store.db.select().from(store.t.participants);
      expect(people.map((p) => p.displayName).sort()).toEqual(['Ana', 'Börje', 'Chiara']);

      // Deleting the workshop on a node takes every row of it out of PostgreSQL.
      server = await startServer(second.dir, fleet(url));
      const deleted = await api(
        server,
        'DELETE',
        `/api/workshops/${workshop.workshopId}`,
        undefined,
        workshop.facilitatorToken,
      );
      await server.close();
      expect(deleted.status).toBe(200);
      const { t } = store;
      expect(await store.db.select().from(t.workshops)).toEqual([]);
      expect(await store.db.select().from(t.participants)).toEqual([]);
      expect((await store.db.select({ id: t.boards.id }).from(t.boards)).map((b) => b.id)).toEqual([board.id]);
    } finally {
      await store.close();
      first.remove();
      second.remove();
    }
  });
});
