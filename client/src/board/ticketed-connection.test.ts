import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import { WS_CLOSE } from '@mutopia/shared';
import * as Y from 'yjs';
import { ApiError } from '../api/http';
import { ticketedConnection } from './ticketed-connection';

/** Stands in for the browser's WebSocket, so the real provider runs and the test plays the server. */
class FakeSocket {
  static opened: FakeSocket[] = [];
  readonly OPEN = 1;
  readyState = 0;
  binaryType = 'blob';
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onmessage: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
  }
  send(): void {}
  close(): void {
    this.readyState = 3;
  }
  accept(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  closeFromServer(code: number): void {
    this.readyState = 3;
    this.onclose?.({ code, reason: '' });
  }
}

const ticketOf = (socket: FakeSocket | undefined) => socket && new URL(socket.url).searchParams.get('ticket');

describe('a workshop board connection with tickets', () => {
  let provider: WebsocketProvider;
  let issued: number;
  let fetchTicket: ReturnType<
    typeof vi.fn<(boardId: string, token: string) => Promise<{ ticket: string; expiresInMs: number }>>
  >;

  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.opened = [];
    issued = 0;
    fetchTicket = vi.fn(async () => {
      // A round trip takes a while: long enough for the provider's own retry to fire first.
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { ticket: `ticket-${++issued}`.padEnd(22, 'x'), expiresInMs: 30_000 };
    });
    provider = new WebsocketProvider('ws://venue.example/yjs', 'board1', new Y.Doc(), {
      connect: false,
      disableBc: true,
      WebSocketPolyfill: FakeSocket as unknown as typeof WebSocket,
    });
  });

  afterEach(() => {
    provider.destroy();
    vi.useRealTimers();
  });

  it('connects with a fresh ticket, never the token, and buys a new one before every reconnect', async () => {
    const connection = ticketedConnection(provider, 'board1', 'secret-token', fetchTicket);
    connection.start();
    await vi.advanceTimersByTimeAsync(100);
    expect(fetchTicket).toHaveBeenCalledWith('board1', 'secret-token');
    expect(FakeSocket.opened).toHaveLength(1);
    expect(FakeSocket.opened[0]!.url).not.toContain('secret-token');
    expect(ticketOf(FakeSocket.opened[0])).toBe('ticket-1'.padEnd(22, 'x'));
    FakeSocket.opened[0]!.accept();

    // The wifi drops: the provider's own retry would present the used ticket.
    FakeSocket.opened[0]!.closeFromServer(1006);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(FakeSocket.opened).toHaveLength(2);
    expect(ticketOf(FakeSocket.opened[1])).toBe('ticket-2'.padEnd(22, 'x'));

    // A refused upgrade (the ticket expired on the way) is retried with the next ticket.
    FakeSocket.opened[1]!.closeFromServer(1006);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(FakeSocket.opened.map(ticketOf)).toEqual(['ticket-1', 'ticket-2', 'ticket-3'].map((t) => t.padEnd(22, 'x')));
    connection.stop();
  });

  it('restarts with a fresh ticket when the page asks for a new socket (the session socket was lost)', async () => {
    const connection = ticketedConnection(provider, 'board1', 'secret-token', fetchTicket);
    connection.start();
    await vi.advanceTimersByTimeAsync(100);
    FakeSocket.opened[0]!.accept();

    connection.restart();
    await vi.advanceTimersByTimeAsync(5_000);
    // One new socket, with a new ticket: the used one would be refused by the server.
    expect(FakeSocket.opened.map(ticketOf)).toEqual(['ticket-1', 'ticket-2'].map((t) => t.padEnd(22, 'x')));
    connection.stop();
  });

  it('stops when the server says reconnecting cannot help (a replaced facilitator link)', async () => {
    const connection = ticketedConnection(provider, 'board1', 'secret-token', fetchTicket);
    const closed = vi.fn();
    provider.on('closed', closed);
    connection.start();
    await vi.advanceTimersByTimeAsync(100);
    FakeSocket.opened[0]!.accept();
    FakeSocket.opened[0]!.closeFromServer(4401);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(closed).toHaveBeenCalledWith(expect.objectContaining({ code: 4401 }), provider);
    expect(FakeSocket.opened).toHaveLength(1);
    expect(fetchTicket).toHaveBeenCalledTimes(1);
    connection.stop();
  });

  it('retries after a network error but gives up on a refused token', async () => {
    fetchTicket.mockRejectedValueOnce(new ApiError('network', 'offline'));
    const connection = ticketedConnection(provider, 'board1', 'secret-token', fetchTicket);
    connection.start();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(FakeSocket.opened).toHaveLength(1);
    FakeSocket.opened[0]!.accept();

    fetchTicket.mockRejectedValue(new ApiError('unauthorized', 'link replaced'));
    FakeSocket.opened[0]!.closeFromServer(1006);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(FakeSocket.opened).toHaveLength(1);
    expect(fetchTicket).toHaveBeenCalledTimes(3);
    connection.stop();
  });

  it('reports a workshop deleted before its socket opened as the close 4410, and stops', async () => {
    fetchTicket.mockRejectedValue(new ApiError('workshop_deleted', 'deleted', 410));
    const closes: Array<{ code: number; reason?: string } | null> = [];
    provider.on('connection-close', (event) => closes.push(event && { code: event.code, reason: event.reason }));
    const connection = ticketedConnection(provider, 'board1', 'secret-token', fetchTicket);
    connection.start();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(closes).toEqual([{ code: WS_CLOSE.workshopDeleted.code, reason: WS_CLOSE.workshopDeleted.reason }]);
    expect(FakeSocket.opened).toHaveLength(0);
    expect(fetchTicket).toHaveBeenCalledTimes(1);
    connection.stop();
  });

  it('stays closed once stopped, even if a ticket was on its way', async () => {
    const connection = ticketedConnection(provider, 'board1', 'secret-token', fetchTicket);
    connection.start();
    connection.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(FakeSocket.opened).toHaveLength(0);
  });
});
