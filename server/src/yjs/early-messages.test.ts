import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { LIMITS, WS_CLOSE } from '@mutopia/shared';
import type { WebSocket } from 'ws';
import { EarlyMessages } from './early-messages.js';

/** Just enough of a WebSocket: it emits messages and records how it was closed. */
function fakeSocket(): EventEmitter & { closed: number[]; terminated: boolean } {
  const ws = Object.assign(new EventEmitter(), { closed: [] as number[], terminated: false });
  Object.assign(ws, {
    close: (code: number) => ws.closed.push(code),
    terminate: () => {
      ws.terminated = true;
    },
  });
  return ws;
}

describe('messages sent while a board loads', () => {
  it('are kept in order and handed over, and later ones are left to the connection', () => {
    const ws = fakeSocket();
    const early = new EarlyMessages(ws as unknown as WebSocket);
    ws.emit('message', Buffer.from([0, 0, 1]), true);
    ws.emit('message', Buffer.from([1, 2]), true);
    early.stop();
    ws.emit('message', Buffer.from([9]), true);
    expect(early.messages.map(([data]) => [...data])).toEqual([
      [0, 0, 1],
      [1, 2],
    ]);
    expect(ws.listenerCount('message')).toBe(0);
    expect(early.overflowed).toBe(false);
  });

  it('close a connection that floods while it waits, as the rate limit would', () => {
    const ws = fakeSocket();
    const early = new EarlyMessages(ws as unknown as WebSocket);
    for (let i = 0; i <= LIMITS.wsMessageBurst; i++) ws.emit('message', Buffer.from([0]), true);
    expect(early.overflowed).toBe(true);
    expect(early.messages).toHaveLength(0);
    expect(ws.closed).toEqual([WS_CLOSE.rateLimited.code]);
  });

  it('end a connection whose socket fails while it waits, instead of crashing the server', () => {
    const ws = fakeSocket();
    new EarlyMessages(ws as unknown as WebSocket);
    ws.emit('error', new Error('reset'));
    expect(ws.terminated).toBe(true);
  });
});
