import { connect } from 'node:net';
import { PROTOCOL_VERSION, SOCKET_IO_PATH, type CreatedWorkshop, type WorkshopArchive } from '@mutopia/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { io as ioClient } from 'socket.io-client';
import { WebSocket } from 'ws';
import { api, createWorkshop, startServer, tempDataDir, type RunningServer } from './harness.js';

let server: RunningServer;
let data: ReturnType<typeof tempDataDir>;

async function start(overrides: Parameters<typeof startServer>[1] = {}): Promise<RunningServer> {
  data = tempDataDir();
  server = await startServer(data.dir, overrides);
  return server;
}

afterEach(async () => {
  await server.close();
  data.remove();
});

/** Resolves with what `promise` gives, or with `fallback` once `ms` have passed without an answer. */
function orAfter<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms).unref())]);
}

describe('connections and requests that never finish', () => {
  it('answers a WebSocket upgrade on a stray path with 404 and closes it', async () => {
    await start();
    const outcomes = await Promise.all(
      ['/somewhere', '/api/health', '/yjs', '/socket.io'].map((path) => {
        const ws = new WebSocket(`${server.wsUrl}${path}`);
        const answer = new Promise<string>((resolve) => {
          ws.once('unexpected-response', (_request, response) => {
            response.socket.once('close', () => resolve(`${response.statusCode} closed`));
            response.resume();
          });
          ws.once('open', () => resolve('opened'));
        });
        ws.on('error', () => {});
        return orAfter(answer, 5000, 'never answered').finally(() => ws.terminate());
      }),
    );
    expect(outcomes).toEqual(['404 closed', '404 closed', '404 closed', '404 closed']);
  });

  it('answers a request whose body never finishes with 408 and closes the connection', async () => {
    await start({ REQUEST_TIMEOUT_MS: 1000 });
    const socket = connect(server.port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    const closed = new Promise<string>((resolve) => socket.once('close', () => resolve('closed')));
    socket.write(
      'POST /api/boards HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"ti',
    );
    expect(await orAfter(closed, 8000, 'still open')).toBe('closed');
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('refuses socket.io connections from another origin when PUBLIC_ORIGIN is set', async () => {
    await start({ PUBLIC_ORIGIN: 'http://mutopia.example' });
    const attempt = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = ioClient(server.httpUrl, {
          path: SOCKET_IO_PATH,
          auth: { protocol: PROTOCOL_VERSION },
          transports: ['websocket'],
          extraHeaders: { origin },
          reconnection: false,
        });
        socket.once('connect', () => resolve('connected'));
        socket.once('connect_error', () => resolve('refused'));
      }).finally(() => undefined);
    expect(await attempt('http://evil.example')).toBe('refused');
    expect(await attempt('http://mutopia.example')).toBe('connected');
  });
});

describe('archive import', () => {
  it('refuses an archive whose boards claim more structs than the bytes hold, and one with too many structs', async () => {
    await start();
    const w = await createWorkshop(server);
    const exported = await fetch(`${server.httpUrl}/api/workshops/${w.workshopId}/archive`, {
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    });
    const archive = (await exported.json()) as WorkshopArchive;
    const station = Object.keys(archive.boards)[0]!;
    const importWith = (board: Uint8Array) =>
      api<CreatedWorkshop & { error?: { code: string } }>(server, 'POST', '/api/workshops', {
        archive: { ...archive, boards: { ...archive.boards, [station]: Buffer.from(board).toString('base64') } },
      });

    const bomb = new Uint8Array([0x01, 0xff, 0xff, 0xff, 0x0f, 0x05, 0x00]);
    expect((await importWith(bomb)).status).toBe(400);

    // 600,000 one-clock GC structs of one client: 1.2 MB that Yjs would take apart one by one.
    const count = 600_000;
    const header = [0x01, 0xc0, 0xcf, 0x24, 0x07, 0x00];
    expect(count).toBe(0x40 | (0x4f << 7) | (0x24 << 14));
    const structs = new Uint8Array(header.length + count * 2 + 1);
    structs.set(header);
    for (let i = 0; i < count; i++) structs[header.length + i * 2 + 1] = 1;
    const tooMany = await importWith(structs);
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error?.code).toBe('payload_too_large');
  });
});
