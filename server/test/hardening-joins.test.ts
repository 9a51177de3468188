import { afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type Ack, type ErrorBody, type TokenResponse, type WorkshopView } from '@mutopia/shared';
import type { Socket } from 'socket.io-client';
import {
  api,
  connectSocket,
  createBoard,
  createWorkshop,
  joinWorkshop,
  startServer,
  tempDataDir,
  serverPerTest,
} from './harness.js';

const suite = serverPerTest();
const sockets: Socket[] = [];

afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});

function open(token?: string): Socket {
  const socket = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, ...(token ? { token } : {}) });
  sockets.push(socket);
  return socket;
}

function joinPresence(socket: Socket, boardId: string): Promise<Ack> {
  return new Promise((resolve) => socket.emit('presence:join', { boardId }, resolve));
}

async function firstStationBoard(facilitatorToken: string, workshopId: string): Promise<string> {
  const view = await api<WorkshopView>(
    suite.server,
    'GET',
    `/api/workshops/${workshopId}`,
    undefined,
    facilitatorToken,
  );
  return Object.values(view.body.boards)[0]!;
}

/** Sends the joins one after another, as quickly as the server answers: a room full of phones at once. */
async function joinMany(server: { httpUrl: string }, code: string, n: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) {
    const res = await api<unknown>(server, 'POST', `/api/join/${code}`, { displayName: `P${i}` });
    statuses.push(res.status);
  }
  return statuses;
}

describe('presence on a workshop board', () => {
  it('is only for tokens of that workshop; plain boards stay open', async () => {
    const mine = await createWorkshop(suite.server);
    const other = await createWorkshop(suite.server);
    const boardId = await firstStationBoard(mine.facilitatorToken, mine.workshopId);
    const participant = await joinWorkshop(suite.server, mine.joinCode, 'Ada');
    const stranger = await joinWorkshop(suite.server, other.joinCode, 'Eve');

    expect(await joinPresence(open(), boardId)).toEqual({ ok: false, error: 'unauthorized' });
    expect(await joinPresence(open(stranger.token), boardId)).toEqual({ ok: false, error: 'unauthorized' });
    expect(await joinPresence(open(participant.token), boardId)).toEqual({ ok: true });

    const plain = await createBoard(suite.server);
    expect(await joinPresence(open(), plain.id)).toEqual({ ok: true });
  });
});

describe('joining a workshop', () => {
  it('lets 150 people behind one address join in quick succession', async () => {
    const ws = await createWorkshop(suite.server);
    const statuses = await joinMany(suite.server, ws.joinCode, 150);
    expect(statuses.filter((s) => s === 201)).toHaveLength(150);
  });

  it('refuses a flood of joins from one address once its burst is spent', async () => {
    const ws = await createWorkshop(suite.server);
    const statuses = await joinMany(suite.server, ws.joinCode, 300);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(150);
    expect(statuses).toContain(429);
  });

  it('refuses joins over the per-workshop cap with workshop_full, and other workshops still take people', async () => {
    const data = tempDataDir();
    const server = await startServer(data.dir, { MAX_PARTICIPANTS_PER_WORKSHOP: 3 });
    try {
      const full = await createWorkshop(server);
      const open = await createWorkshop(server);
      for (const name of ['A', 'B', 'C']) await joinWorkshop(server, full.joinCode, name);
      const refused = await api<ErrorBody>(server, 'POST', `/api/join/${full.joinCode}`, { displayName: 'D' });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('workshop_full');
      await joinWorkshop(server, open.joinCode, 'E');
    } finally {
      await server.close();
      data.remove();
    }
  });
});

/** Shaped like a real secret (32+ URL-safe characters), so it reaches the comparison. */
const wrongSecret = (i: number): string => `wrong-guess-${String(i).padStart(4, '0')}`.padEnd(43, 'x');

describe('facilitator login', () => {
  it('lets the right secret in after 50 wrong guesses, while wrong guesses beyond the limit get 429', async () => {
    const ws = await createWorkshop(suite.server);
    const path = `/api/workshops/${ws.workshopId}/login`;
    const wrong: number[] = [];
    for (let i = 0; i < 50; i++) {
      wrong.push((await api<ErrorBody>(suite.server, 'POST', path, { secret: wrongSecret(i) })).status);
    }
    expect(wrong.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(wrong.at(-1)).toBe(429);

    const right = await api<TokenResponse>(suite.server, 'POST', path, { secret: ws.facilitatorSecret });
    expect(right.status).toBe(200);
    expect(right.body.role).toBe('facilitator');
    const co = await api<TokenResponse>(suite.server, 'POST', path, { secret: ws.cofacilitatorSecret });
    expect(co.status).toBe(200);
  });

  it('counts failures per workshop: guesses at one workshop leave another one open', async () => {
    const attacked = await createWorkshop(suite.server);
    const other = await createWorkshop(suite.server);
    for (let i = 0; i < 30; i++) {
      await api(suite.server, 'POST', `/api/workshops/${attacked.workshopId}/login`, { secret: wrongSecret(i) });
    }
    const wrongAtOther = await api<ErrorBody>(suite.server, 'POST', `/api/workshops/${other.workshopId}/login`, {
      secret: wrongSecret(999),
    });
    expect(wrongAtOther.status).toBe(401);
  });
});
