import { afterEach, describe, expect, it } from 'vitest';
import type { Ack, PresenceCount } from '@mutopia/shared';
import type { Socket } from 'socket.io-client';
import { connectSocket, createBoard, serverPerTest, waitFor } from './harness.js';

const suite = serverPerTest();

const sockets: Socket[] = [];

afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});

function open(auth?: unknown): Socket {
  const socket = connectSocket(suite.server, auth);
  sockets.push(socket);
  return socket;
}

function connectError(socket: Socket): Promise<string> {
  return new Promise((resolve) => socket.once('connect_error', (error) => resolve(error.message)));
}

function emitAck(socket: Socket, event: string, payload: unknown): Promise<Ack> {
  return new Promise((resolve) => socket.emit(event, payload, resolve));
}

describe('socket.io session channel', () => {
  it('refuses a handshake without a valid auth payload or with another protocol version', async () => {
    expect(await connectError(open({}))).toBe('invalid_auth');
    expect(await connectError(open({ protocol: 999 }))).toBe('protocol_mismatch');
  });

  it('counts who is on a board and updates the count when someone leaves', async () => {
    const board = await createBoard(suite.server);
    const a = open();
    const b = open();
    const seenByA: number[] = [];
    a.on('presence:count', (p: PresenceCount) => seenByA.push(p.count));
    expect(await emitAck(a, 'presence:join', { boardId: board.id })).toEqual({ ok: true });
    expect(await emitAck(b, 'presence:join', { boardId: board.id })).toEqual({ ok: true });
    await waitFor(() => seenByA.at(-1) === 2, 'count 2');
    b.disconnect();
    await waitFor(() => seenByA.at(-1) === 1, 'count 1 after b left');
    expect(await emitAck(a, 'presence:leave', { boardId: board.id })).toEqual({ ok: true });
  });

  it('answers invalid payloads, unknown events and unknown boards with an error and changes nothing', async () => {
    const board = await createBoard(suite.server);
    const a = open();
    const counts: number[] = [];
    a.on('presence:count', (p: PresenceCount) => counts.push(p.count));
    expect(await emitAck(a, 'presence:join', { boardId: 'x' })).toEqual({ ok: false, error: 'invalid_payload' });
    expect(await emitAck(a, 'presence:join', { boardId: board.id, extra: 1 })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expect(await emitAck(a, 'presence:join', { boardId: 'doesNotExist' })).toEqual({ ok: false, error: 'not_found' });
    expect(await emitAck(a, 'admin:shutdown', {})).toEqual({ ok: false, error: 'unknown_event' });
    expect(counts).toEqual([]);
    expect(a.connected).toBe(true);
  });

  it('refuses events beyond the rate limit', async () => {
    const board = await createBoard(suite.server);
    const a = open();
    const results = await Promise.all(
      Array.from({ length: 120 }, () => emitAck(a, 'presence:join', { boardId: board.id })),
    );
    const limited = results.filter((r) => !r.ok && r.error === 'rate_limited').length;
    expect(limited).toBeGreaterThan(0);
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);
  });
});
