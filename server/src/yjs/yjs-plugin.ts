import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import fp from 'fastify-plugin';
import { boardIdSchema, canWriteBoards, LIMITS, WS_CLOSE, YJS_PATH } from '@mutopia/shared';
import { authenticate } from '../workshops/authenticate.js';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import { BoardHost } from './board-host.js';
import { SyncConnection } from './sync-connection.js';

declare module 'fastify' {
  interface FastifyInstance {
    boardHost: BoardHost;
  }
}

const PING_INTERVAL_MS = 30_000;

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

/**
 * Hosts board documents over the standard y-websocket protocol on
 * `${YJS_PATH}/:boardId`, so an unmodified y-websocket provider can connect.
 */
export const yjsPlugin = fp<{ config: Config }>(
  async (app, { config }) => {
    const { tokens, sessions } = app.workshops;
    const boardHost = new BoardHost(app.boards, app.database.db, {
      compactAfterUpdates: config.COMPACT_AFTER_UPDATES,
      compactAfterBytes: config.COMPACT_AFTER_BYTES,
      onError: (error) => app.log.error({ err: error }, 'writing board updates failed; retrying'),
    });
    const connections = new Set<SyncConnection>();
    const wss = new WebSocketServer({
      noServer: true,
      maxPayload: LIMITS.wsMaxMessageBytes,
      perMessageDeflate: false,
    });
    const allowedOrigin = config.PUBLIC_ORIGIN && new URL(config.PUBLIC_ORIGIN).origin;

    const onUpgrade = async (request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(`${YJS_PATH}/`)) return;
      const origin = request.headers.origin;
      if (allowedOrigin && origin && origin !== allowedOrigin) {
        refuse(socket, 403, 'Forbidden');
        return;
      }
      const parsed = boardIdSchema.safeParse(safeDecode(url.pathname.slice(YJS_PATH.length + 1)));
      // Existence is checked before anything is allocated for the board.
      const access = parsed.success ? app.boards.access(parsed.data) : undefined;
      if (!parsed.success || !access) {
        refuse(socket, 404, 'Not Found');
        return;
      }
      let canWrite = true;
      if (access.workshopId !== null) {
        // A workshop's boards need a token of that workshop; viewers (projectors) only read.
        const actor = await authenticate(tokens, sessions, url.searchParams.get('token') ?? undefined);
        if (!actor || actor.workshopId !== access.workshopId) {
          refuse(socket, 401, 'Unauthorized');
          return;
        }
        canWrite = canWriteBoards(actor.role);
      }
      if (socket.destroyed) return;
      const boardId = parsed.data;
      wss.handleUpgrade(request, socket, head, (ws) => {
        const board = boardHost.acquire(boardId);
        if (!board) {
          ws.close(4404, 'unknown board');
          return;
        }
        const connection = new SyncConnection(ws, board, {
          canWrite,
          onClose: (closed) => {
            connections.delete(closed);
            closed.board.leave(closed);
            boardHost.releaseIfIdle(closed.board);
          },
          onProtocolError: (error) =>
            app.log.debug({ err: error, board: board.id }, 'closing connection after undecodable message'),
        });
        connections.add(connection);
        board.join(connection);
        connection.start();
      });
    };
    const onUpgradeEvent = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
      void onUpgrade(request, socket, head);
    };
    app.server.on('upgrade', onUpgradeEvent);

    const ping = setInterval(() => {
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

    app.addHook('preClose', async () => {
      clearInterval(ping);
      app.server.off('upgrade', onUpgradeEvent);
      for (const connection of connections) {
        connection.board.leave(connection);
        connection.close(WS_CLOSE.shuttingDown.code, WS_CLOSE.shuttingDown.reason);
      }
      connections.clear();
      boardHost.unloadAll();
      wss.close();
    });
  },
  { name: 'yjs', dependencies: ['database', 'workshops'] },
);
