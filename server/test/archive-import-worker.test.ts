import type { CreatedWorkshop, WorkshopArchive } from '@mutopia/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { api, createWorkshop, startServer, tempDataDir, type RunningServer } from './harness.js';

let server: RunningServer;
let data: ReturnType<typeof tempDataDir>;

afterEach(async () => {
  await server.close();
  data.remove();
});

function varUint(value: number, out: number[]): void {
  while (value > 0x7f) {
    out.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  out.push(value);
}

/**
 * A valid board update of `count` tiny items, each a key of the board's `meta`
 * map holding the integer 0: about 16 bytes an item, which Yjs decodes one by one.
 */
function tinyStructs(count: number): Uint8Array {
  const out: number[] = [];
  varUint(1, out); // one client
  varUint(count, out);
  varUint(7, out); // client id
  varUint(0, out); // first clock
  for (let i = 0; i < count; i++) {
    // ContentAny with a parentSub key, parent given by its top-level name
    out.push(0x28, 1, 4, 0x6d, 0x65, 0x74, 0x61);
    const key = Buffer.from(`k${i.toString(36)}`);
    varUint(key.length, out);
    out.push(...key, 1, 125, 0);
  }
  out.push(0); // empty delete set
  return new Uint8Array(out);
}

describe('archive import', () => {
  // Decoding 5 MiB of structs takes seconds of the worker's time; the test asserts the order, not the time.
  it('answers the health check while a 5 MiB archive of tiny structs is imported', { timeout: 240_000 }, async () => {
    data = tempDataDir();
    server = await startServer(data.dir);
    const w = await createWorkshop(server);
    const exported = await api<WorkshopArchive>(
      server,
      'GET',
      `/api/workshops/${w.workshopId}/archive`,
      undefined,
      w.facilitatorToken,
    );
    const archive = exported.body;
    const station = Object.keys(archive.boards)[0]!;
    const count = 340_000;
    const board = tinyStructs(count);
    expect(board.byteLength).toBeGreaterThan(5 * 1024 * 1024);

    // Who finished first, in the order the server finished them.
    const order: string[] = [];
    const original = server.app.results.importArchive;
    let started!: () => void;
    const importStarted = new Promise<void>((resolve) => (started = resolve));
    server.app.results.importArchive = async (...args) => {
      started();
      try {
        return await original(...args);
      } finally {
        order.push('import');
      }
    };

    const imported = api<CreatedWorkshop>(server, 'POST', '/api/workshops', {
      archive: { ...archive, boards: { ...archive.boards, [station]: Buffer.from(board).toString('base64') } },
    });
    await importStarted;
    const health = await fetch(`${server.httpUrl}/healthz`);
    order.push('health');
    expect(health.status).toBe(200);

    const result = await imported;
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    expect(order).toEqual(['health', 'import']);

    // The imported board holds the archive's content.
    const stations = await api<WorkshopArchive>(
      server,
      'GET',
      `/api/workshops/${result.body.workshopId}/archive`,
      undefined,
      (
        await api<{ token: string }>(server, 'POST', `/api/workshops/${result.body.workshopId}/login`, {
          secret: result.body.facilitatorSecret,
        })
      ).body.token,
    );
    const reimported = Buffer.from(stations.body.boards[station]!, 'base64');
    expect(reimported.includes(Buffer.from(`k${(count - 1).toString(36)}`))).toBe(true);
  });
});
