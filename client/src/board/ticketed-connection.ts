import type { WebsocketProvider } from 'y-websocket';
import { WS_CLOSE } from '@mutopia/shared';
import { BOARD_TICKET_PARAM, type BoardTicket } from '@mutopia/shared/access';
import { ApiError, type ApiErrorCode } from '../api/http';
import { fetchBoardTicket } from '../api/tickets';

/** Starts and stops a provider's connection to its board. */
export interface BoardConnection {
  start(): void;
  stop(): void;
  /** Drops the socket and opens a new one (a workshop board with a fresh ticket: a used one is refused). */
  restart(): void;
}

/** A plain board opens with its link alone. */
export function plainConnection(provider: WebsocketProvider): BoardConnection {
  return {
    start: () => provider.connect(),
    stop: () => provider.disconnect(),
    restart: () => {
      provider.disconnect();
      provider.connect();
    },
  };
}

/** Answers a retry cannot change: the token is not (or no longer) good for this board. */
const FINAL: ReadonlySet<ApiErrorCode> = new Set([
  'unauthorized',
  'forbidden',
  'not_found',
  'bad_request',
  'workshop_deleted',
]);

/**
 * Keeps an unmodified y-websocket provider connected to a workshop board. The
 * URL carries a single-use ticket, never the token, so before every
 * (re)connect a fresh ticket is fetched with the token and put into
 * `provider.params`. The provider's own retry would present the spent ticket,
 * so after a close this takes over the retry, with the provider's backoff.
 */
export function ticketedConnection(
  provider: WebsocketProvider,
  boardId: string,
  token: string,
  fetchTicket: (boardId: string, token: string) => Promise<BoardTicket> = fetchBoardTicket,
): BoardConnection {
  let active = false;
  let attempts = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void connect(), delayMs);
  };
  const retryLater = () => {
    attempts++;
    schedule(Math.min(100 * 2 ** attempts, provider.maxBackoffTime));
  };

  const connect = async () => {
    let ticket: BoardTicket;
    try {
      ticket = await fetchTicket(boardId, token);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'workshop_deleted' && active) {
        // The same verdict as the board's close 4410, told before a socket could open: reported as that close.
        const { code, reason } = WS_CLOSE.workshopDeleted;
        provider.emit('connection-close', [{ code, reason } as CloseEvent, provider]);
        return;
      }
      if (!active || (error instanceof ApiError && FINAL.has(error.code))) return;
      retryLater();
      return;
    }
    if (!active) return;
    provider.params = { ...provider.params, [BOARD_TICKET_PARAM]: ticket.ticket };
    provider.connect();
  };

  const onClose = (event: CloseEvent | null) => {
    // Closed on purpose here (disconnect, destroy): stay closed.
    if (!active || !provider.shouldConnect) return;
    // The server said reconnecting cannot help (such as 4401, a replaced link): the provider stops by itself.
    if (event && !provider.shouldReconnect(event, provider)) return;
    provider.shouldConnect = false;
    retryLater();
  };
  const onSync = (synced: boolean) => {
    if (synced) attempts = 0;
  };

  return {
    start() {
      if (active) return;
      active = true;
      provider.on('connection-close', onClose);
      provider.on('sync', onSync);
      void connect();
    },
    stop() {
      active = false;
      clearTimeout(timer);
      provider.off('connection-close', onClose);
      provider.off('sync', onSync);
      provider.disconnect();
    },
    restart() {
      if (!active) return;
      clearTimeout(timer);
      // Closed on purpose (shouldConnect false first), so onClose leaves it to us.
      provider.disconnect();
      attempts = 0;
      void connect();
    },
  };
}
