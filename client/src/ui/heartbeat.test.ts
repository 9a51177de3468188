import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Socket } from 'socket.io-client';
import { HEARTBEAT } from '@mutopia/shared/protocol';
import { Heartbeat } from './heartbeat';

type Handler = (...args: unknown[]) => void;

/** Just enough of a socket.io client socket: events on the socket and on its manager. */
function fakeSocket() {
  const handlers = new Map<string, Set<Handler>>();
  const on = (prefix: string) => (event: string, handler: Handler) => {
    const key = `${prefix}${event}`;
    if (!handlers.has(key)) handlers.set(key, new Set());
    handlers.get(key)!.add(handler);
  };
  const off = (prefix: string) => (event: string, handler: Handler) =>
    handlers.get(`${prefix}${event}`)?.delete(handler);
  const emit = (key: string, ...args: unknown[]) => handlers.get(key)?.forEach((h) => h(...args));
  const socket = { connected: false, on: on(''), off: off(''), io: { on: on('io:'), off: off('io:') } };
  return {
    socket: socket as unknown as Socket,
    connect: () => {
      socket.connected = true;
      emit('connect');
    },
    ping: () => emit('io:ping'),
    disconnect: (reason: string) => {
      socket.connected = false;
      emit('disconnect', reason);
    },
  };
}

describe('heartbeat', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('navigator', { onLine: true });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('stays online while the server pings, and says offline after two missed pings though the socket looks connected', () => {
    const fake = fakeSocket();
    const heartbeat = new Heartbeat(fake.socket);
    expect(heartbeat.getSnapshot()).toBe('connecting');
    fake.connect();
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(HEARTBEAT.intervalMs);
      fake.ping();
    }
    expect(heartbeat.getSnapshot()).toBe('online');
    expect(heartbeat.live).toBe(true);

    // The network dies silently: no more pings, no disconnect.
    vi.advanceTimersByTime(HEARTBEAT.staleAfterMs + 100);
    expect(heartbeat.getSnapshot()).toBe('offline');
    expect(heartbeat.live).toBe(false);
    expect(HEARTBEAT.staleAfterMs).toBeLessThan(3000);

    // The network is back: the next ping says so, without a reconnect.
    fake.ping();
    expect(heartbeat.getSnapshot()).toBe('online');
    heartbeat.destroy();
  });

  it('says offline at once when the device reports no network or the socket closes, and reports a lost transport', () => {
    const fake = fakeSocket();
    const heartbeat = new Heartbeat(fake.socket);
    const lost = vi.fn();
    heartbeat.onLost(lost);
    fake.connect();
    (navigator as { onLine: boolean }).onLine = false;
    window.dispatchEvent(new Event('offline'));
    expect(heartbeat.getSnapshot()).toBe('offline');
    // A ping still in flight does not overrule the device.
    fake.ping();
    expect(heartbeat.getSnapshot()).toBe('offline');

    (navigator as { onLine: boolean }).onLine = true;
    fake.ping();
    expect(heartbeat.getSnapshot()).toBe('online');
    fake.disconnect('transport close');
    expect(heartbeat.getSnapshot()).toBe('offline');
    expect(lost).toHaveBeenCalledTimes(1);
    heartbeat.destroy();
  });
});
