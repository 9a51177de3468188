import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import fp from 'fastify-plugin';
import { boardIdSchema, canWriteBoards, LIMITS, WS_CLOSE, YJS_PATH } from '@mutopia/shared';
import { BOARD_TICKET_PARAM } from '@mutopia/shared/access';
import { WebSocketServer, type WebSocket } from 'ws';
import { createBoardRelay } from '../cluster/board-relay.js';
import type { Config } from '../config.js';
import { isRevoked } from '../workshops/token-versions.js';
import type { LiveWorkshop } from '../workshops/workshop-sessions.js';
import { BoardHost } from './board-host.js';
import { BoardTickets, type TicketHolder } from './board-tickets.js';
import { EarlyMessages } from './early-messages.js';
import type { HostedBoard } from './hosted-board.js';
import { syncStationTitles } from './station-titles.js';
import { SyncConnection } from './sync-connection.js';
import { ticketRoutes } from './ticket-routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    boardHost: BoardHost;
    boardTickets: BoardTickets;
  }
}

/** Outstanding tickets at most: far more than 250 people reconnecting every board at once. */
const MAX_TICKETS = 20_000;

const PING_INTERVAL_MS = 30_000;

/** The board could not be loaded (the database failed): the client reconnects later. */
const WS_CLOSE_SERVER_ERROR = 1011;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** True when the token the ticket was bought with has been revoked since (token-versions.ts). */
function revokedFor(workshop: LiveWorkshop | undefined, holder: TicketHolder): boolean {
  return isRevoked(workshop, holder.actor);
}

/**
 * Hosts board documents over the standard y-websocket protocol on
 * `${YJS_PATH}/:boardId`, so an unmodified y-websocket provider can connect.
 * A workshop's boards open only with a ticket (`?ticket=…`, see ticket-routes.ts).
 */
export const yjsPlugin = fp<{ config: Config }>(
  async (app, { config }) => {
    const { sessions } = app.workshops;
    const boardHost = new BoardHost(app.boards, app.database, {
      compactAfterUpdates: config.COMPACT_AFTER_UPDATES,
      compactAfterBytes: config.COMPACT_AFTER_BYTES,
      idleUnloadMs: config.BOARD_IDLE_UNLOAD_MS,
      onError: (error) => app.log.error({ err: error }, 'writing board updates failed; retrying'),
      // With Redis, several nodes append to one board's log: a compaction keeps what it has not read.
      sharedLog: Boolean(config.REDIS_URL),
    });
    const relay =
      config.REDIS_URL &&
      createBoardRelay(config.REDIS_URL, boardHost, (error, what) =>
        app.log.error({ err: error }, `board relay: ${what}`),
      );
    boardHost.relay = relay || null;
    boardHost.warmUp();
    const connections = new Set<SyncConnection>();
    let shuttingDown = false;
    /** Workshops whose facilitator switched cursors off (SessionState.cursorsOff), as last seen. */
    const cursorsOff = new Map<string, boolean>();
    const wss = new WebSocketServer({
      noServer: true,
      maxPayload: LIMITS.wsMaxMessageBytes,
      perMessageDeflate: false,
    });
    const allowedOrigin = config.PUBLIC_ORIGIN && new URL(config.PUBLIC_ORIGIN).origin;
    const tickets = new BoardTickets({ ttlMs: config.BOARD_TICKET_TTL_MS, maxTickets: MAX_TICKETS });
    await app.register(ticketRoutes(tickets));
    // Kept in Redis when the nodes share one: a reconnect loop spread over nodes still counts once.
    const limiter = app.createLimiter('yjs-connects', {
      burst: config.YJS_CONNECT_BURST,
      perSecond: config.YJS_CONNECTS_PER_SECOND,
    });

    const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
      upgrade(request, socket, head).catch((error: unknown) => {
        app.log.error({ err: error }, 'opening a board connection failed');
        if (!socket.destroyed) refuse(socket, 503, 'Service Unavailable');
      });
    };

    const upgrade = async (request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(`${YJS_PATH}/`)) return;
      // Before anything else: a reconnect loop must not cost a board load each time.
      if (!(await limiter.take(request.socket.remoteAddress ?? ''))) {
        refuse(socket, 429, 'Too Many Requests');
        return;
      }
      const origin = request.headers.origin;
      if (allowedOrigin && origin && origin !== allowedOrigin) {
        refuse(socket, 403, 'Forbidden');
        return;
      }
      const parsed = boardIdSchema.safeParse(safeDecode(url.pathname.slice(YJS_PATH.length + 1)));
      // Existence is checked before anything is allocated for the board.
      const access = parsed.success ? await app.boards.access(parsed.data) : undefined;
      if (!parsed.success || !access) {
        refuse(socket, 404, 'Not Found');
        return;
      }
      const boardId = parsed.data;
      let canWrite = true;
      let owner: TicketHolder | null = null;
      if (access.workshopId !== null) {
        // A workshop's boards need a ticket for this board; viewers (projectors) only read.
        owner = tickets.redeem(url.searchParams.get(BOARD_TICKET_PARAM), boardId);
        if (
          !owner ||
          owner.actor.workshopId !== access.workshopId ||
          revokedFor(await sessions.get(access.workshopId), owner)
        ) {
          refuse(socket, 401, 'Unauthorized');
          return;
        }
        canWrite = canWriteBoards(owner.actor.role);
      }
      if (socket.destroyed) return;
      const workshopId = access.workshopId;
      wss.handleUpgrade(request, socket, head, (ws) => {
        openBoard(ws, boardId, workshopId, canWrite, owner).catch((error: unknown) => {
          app.log.error({ err: error, board: boardId }, 'loading a board failed');
          ws.close(WS_CLOSE_SERVER_ERROR, 'board unavailable');
        });
      });
    };

    const openBoard = async (
      ws: WebSocket,
      boardId: string,
      workshopId: string | null,
      canWrite: boolean,
      owner: TicketHolder | null,
    ): Promise<void> => {
      // A client speaks first (its sync step 1) while the board may still be loading: keep what it sends.
      const early = new EarlyMessages(ws);
      let board: HostedBoard | undefined;
      let answeredFromStore = false;
      try {
        // The client whose connection loads the board gets it from the stored bytes before the load.
        board = await boardHost.acquire(boardId, (messages) => {
          answeredFromStore = true;
          for (const message of messages) ws.send(message, { binary: true });
        });
      } finally {
        early.stop();
      }
      if (!board) {
        ws.close(4404, 'unknown board');
        return;
      }
      if (ws.readyState !== ws.OPEN || early.overflowed) {
        boardHost.release(board);
        return;
      }
      if (board.retired) {
        boardHost.release(board);
        ws.close(WS_CLOSE.boardDeleted.code, WS_CLOSE.boardDeleted.reason);
        return;
      }
      if (shuttingDown) {
        ws.close(WS_CLOSE.shuttingDown.code, WS_CLOSE.shuttingDown.reason);
        return;
      }
      // Revoked while the board loaded: the revocation did not see this connection yet.
      if (owner && workshopId !== null && revokedFor(sessions.cached(workshopId), owner)) {
        boardHost.release(board);
        ws.close(WS_CLOSE.revoked.code, WS_CLOSE.revoked.reason);
        return;
      }
      if (board.peers.size >= config.BOARD_MAX_PEOPLE) {
        boardHost.release(board);
        ws.close(WS_CLOSE.boardCrowded.code, WS_CLOSE.boardCrowded.reason);
        return;
      }
      if (workshopId !== null) board.setCursorsOff(sessions.cached(workshopId)?.state.cursorsOff ?? false);
      const connection = new SyncConnection(ws, board, {
        canWrite,
        owner,
        maxBoardBytes: config.BOARD_MAX_BYTES,
        onClose: (closed) => {
          connections.delete(closed);
          closed.board.leave(closed);
          boardHost.releaseLater(closed.board);
        },
        onProtocolError: (error) =>
          app.log.debug({ err: error, board: boardId }, 'closing connection after undecodable message'),
        peerHolds: answeredFromStore ? board.loadedStateVector : null,
      });
      connections.add(connection);
      boardHost.join(board, connection);
      connection.start();
      for (const [data, isBinary] of early.messages) connection.receive(data, isBinary);
    };
    app.server.on('upgrade', onUpgrade);

    // Replacing a link, revoking a projector or a person's devices, or removing a person ends what the old token opened, here as on socket.io.
    const onTokensRevoked = (workshop: LiveWorkshop): void => {
      const revoked = (holder: TicketHolder) => holder.actor.workshopId === workshop.id && revokedFor(workshop, holder);
      tickets.revoke(revoked);
      for (const connection of connections) {
        if (!connection.owner || !revoked(connection.owner)) continue;
        // Off the board at once, so nothing it still sends is relayed before the close completes.
        connection.board.leave(connection);
        connection.close(WS_CLOSE.revoked.code, WS_CLOSE.revoked.reason);
      }
    };
    sessions.on('facilitatorRotated', onTokensRevoked);
    sessions.on('participantRemoved', onTokensRevoked);
    sessions.on('tokensRevoked', onTokensRevoked);
    const onDefinition = (workshop: LiveWorkshop): void => {
      syncStationTitles(workshop, app.boards, boardHost).catch((error: unknown) =>
        app.log.error({ err: error, workshop: workshop.id }, 'renaming station boards failed'),
      );
    };
    sessions.on('definition', onDefinition);
    // The facilitator's cursor switch reaches the workshop's open boards when it flips, not on every state change.
    const onState = (workshop: LiveWorkshop): void => {
      const off = workshop.state.cursorsOff;
      if ((cursorsOff.get(workshop.id) ?? false) === off) return;
      cursorsOff.set(workshop.id, off);
      for (const board of boardHost.loaded()) {
        if (board.workshopId === workshop.id) board.setCursorsOff(off);
      }
    };
    sessions.on('state', onState);

    const ping = setInterval(() => {
      limiter.prune();
      for (const connection of connections) {
        if (!connection.alive) {
          connection.ws.terminate();
          continue;
        }
        connection.alive = false;
        connection.ws.ping();
      }
    }, PING_INTERVAL_MS);
    ping.unref();

    app.decorate('boardHost', boardHost);
    app.decorate('boardTickets', tickets);

    app.addHook('preClose', async () => {
      shuttingDown = true;
      clearInterval(ping);
      app.server.off('upgrade', onUpgrade);
      sessions.off('facilitatorRotated', onTokensRevoked);
      sessions.off('participantRemoved', onTokensRevoked);
      sessions.off('tokensRevoked', onTokensRevoked);
      sessions.off('definition', onDefinition);
      sessions.off('state', onState);
      for (const connection of connections) {
        connection.board.leave(connection);
        connection.close(WS_CLOSE.shuttingDown.code, WS_CLOSE.shuttingDown.reason);
      }
      connections.clear();
      await boardHost.unloadAll();
      if (relay) await relay.close();
      wss.close();
    });
  },
  { name: 'yjs', dependencies: ['database', 'workshops'] },
);
