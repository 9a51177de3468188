import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  YJS_PATH,
  PROTOCOL_VERSION,
  SOCKET_IO_PATH,
  type Ack,
  type BoardMeta,
  type CreatedWorkshop,
  type Joined,
  type SessionSnapshot,
  type TokenResponse,
} from '@mutopia/shared';
import { BOARD_TICKET_PARAM, type BoardTicket } from '@mutopia/shared/access';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import { io as ioClient, type Socket } from 'socket.io-client';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { buildApp } from '../src/app.js';
import { testConfig, type Config } from '../src/config.js';

export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mutopia-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunningServer {
  app: FastifyInstance;
  httpUrl: string;
  wsUrl: string;
  port: number;
  close: () => Promise<void>;
}

/** The real server on an ephemeral port with a real SQLite file in `dataDir`. */
export async function startServer(dataDir: string, overrides: Partial<Config> = {}, port = 0): Promise<RunningServer> {
  const app = await buildApp(testConfig({ DATA_DIR: dataDir, CLIENT_DIST: join(dataDir, 'no-client'), ...overrides }));
  await app.listen({ port, host: '127.0.0.1' });
  const actualPort = (app.server.address() as AddressInfo).port;
  return {
    app,
    port: actualPort,
    httpUrl: `http://127.0.0.1:${actualPort}`,
    wsUrl: `ws://127.0.0.1:${actualPort}`,
    close: () => app.close(),
  };
}

export async function createBoard(server: { httpUrl: string }, title = 'Test board'): Promise<BoardMeta> {
  const response = await fetch(`${server.httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`create board: ${response.status} ${await response.text()}`);
  return (await response.json()) as BoardMeta;
}

/**
 * An unmodified y-websocket provider, as the browser uses it, with `ws` as the
 * socket. With a workshop token it first buys a board ticket and connects with
 * that (once: it does not renew the ticket for reconnects like the client does).
 */
export function connectProvider(
  server: { wsUrl: string; httpUrl: string },
  boardId: string,
  doc = new Y.Doc(),
  token?: string,
): WebsocketProvider {
  const provider = new WebsocketProvider(`${server.wsUrl}${YJS_PATH}`, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: !token,
  });
  if (token) {
    void boardTicket(server, boardId, token).then((ticket) => {
      provider.params = { [BOARD_TICKET_PARAM]: ticket };
      provider.connect();
    });
  }
  return provider;
}

/** A ticket that opens `boardId`'s WebSocket once (`POST /api/boards/:boardId/ticket`). */
export async function boardTicket(server: { httpUrl: string }, boardId: string, token: string): Promise<string> {
  const response = await fetch(`${server.httpUrl}/api/boards/${boardId}/ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`board ticket: ${response.status} ${await response.text()}`);
  return ((await response.json()) as BoardTicket).ticket;
}

export function connectSocket(server: { httpUrl: string }, auth: unknown = { protocol: PROTOCOL_VERSION }): Socket {
  return ioClient(server.httpUrl, { path: SOCKET_IO_PATH, auth: auth as object, transports: ['websocket'] });
}

/** Resolves once `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function synced(provider: WebsocketProvider): Promise<void> {
  await waitFor(() => provider.synced, 'provider to sync');
}

export function destroyAll(...providers: WebsocketProvider[]): void {
  for (const p of providers) {
    p.destroy();
    p.doc.destroy();
  }
}

export interface ServerSuite {
  server: RunningServer;
  dataDir: string;
  /** Stops the server and starts a new one on the same database file. */
  restart: (overrides?: Partial<Config>) => Promise<void>;
}

/** A fresh server and database for every test of the file that calls this. */
export function serverPerTest(): ServerSuite {
  const suite = {} as ServerSuite;
  let data: ReturnType<typeof tempDataDir>;
  beforeEach(async () => {
    data = tempDataDir();
    suite.dataDir = data.dir;
    suite.server = await startServer(data.dir);
  });
  afterEach(async () => {
    await suite.server.close();
    data.remove();
  });
  suite.restart = async (overrides = {}) => {
    await suite.server.close();
    suite.server = await startServer(data.dir, overrides);
  };
  return suite;
}

// ---- Workshops ---------------------------------------------------------------------------

export async function api<T>(
  server: { httpUrl: string },
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${server.httpUrl}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export async function createWorkshop(
  server: { httpUrl: string },
  templateId = 'weiterbildungskonferenz',
  params: Record<string, unknown> = {},
): Promise<CreatedWorkshop & { facilitatorToken: string }> {
  const created = await api<CreatedWorkshop>(server, 'POST', '/api/workshops', { templateId, locale: 'de', params });
  if (created.status !== 201) throw new Error(`create workshop: ${created.status} ${JSON.stringify(created.body)}`);
  const login = await api<TokenResponse>(server, 'POST', `/api/workshops/${created.body.workshopId}/login`, {
    secret: created.body.facilitatorSecret,
  });
  return { ...created.body, facilitatorToken: login.body.token };
}

export async function joinWorkshop(
  server: { httpUrl: string },
  joinCode: string,
  displayName: string,
  teamId?: string,
): Promise<Joined> {
  const joined = await api<Joined>(server, 'POST', `/api/join/${joinCode}`, {
    displayName,
    ...(teamId ? { teamId } : {}),
  });
  if (joined.status !== 201) throw new Error(`join: ${joined.status} ${JSON.stringify(joined.body)}`);
  return joined.body;
}

/** A socket.io client signed in with a workshop token that remembers the last session state it got. */
export interface SessionClient {
  socket: Socket;
  last: () => SessionSnapshot | undefined;
  states: SessionSnapshot[];
  command: (command: unknown) => Promise<Ack>;
  close: () => void;
}

export async function connectSession(server: { httpUrl: string }, token: string): Promise<SessionClient> {
  const socket = connectSocket(server, { protocol: PROTOCOL_VERSION, token });
  const states: SessionSnapshot[] = [];
  socket.on('session:state', (snapshot: SessionSnapshot) => states.push(snapshot));
  await new Promise<void>((resolve, reject) => {
    socket.once('session:state', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    socket,
    states,
    last: () => states.at(-1),
    command: (command) => new Promise<Ack>((resolve) => socket.emit('session:command', command, resolve)),
    close: () => socket.disconnect(),
  };
}
