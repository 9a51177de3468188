import fp from 'fastify-plugin';
import {
  clientEventSchemas,
  HEARTBEAT,
  LIMITS,
  PROTOCOL_VERSION,
  SOCKET_IO_PATH,
  socketAuthSchema,
  type Ack,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@mutopia/shared';
import { Server, type ServerOptions, type Socket } from 'socket.io';
import { connectWorkshopBus } from '../cluster/workshop-bus.js';
import { rateBucket } from '../rate-bucket.js';
import { closeWorkshopHere } from '../retention/delete-workshop.js';
import { authenticate, isDeletedWorkshopToken } from '../workshops/authenticate.js';
import type { Actor } from '../workshops/workshop-sessions.js';
import { boardRoom } from './presence.js';
import { SessionChannel } from './session-channel.js';

type IoServer = Server<ClientToServerEvents, ServerToClientEvents>;
type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/**
 * A feature with socket events of its own (votes, the question wall): called for
 * every socket that connected with a valid workshop token, after the session
 * channel has put it into its workshop's rooms.
 */
export type WorkshopSocketFeature = (socket: IoSocket, actor: Actor) => void;

declare module 'fastify' {
  interface FastifyInstance {
    io: IoServer;
    /** Features register here from their own plugins, which must depend on 'socket'. */
    addWorkshopSocketFeature: (feature: WorkshopSocketFeature) => void;
  }
}

function isEventName(name: unknown): name is keyof typeof clientEventSchemas {
  return typeof name === 'string' && Object.hasOwn(clientEventSchemas, name);
}

/**
 * The server-authoritative session channel. Every event is rate limited and its
 * payload validated against the schema in shared/ before a handler sees it.
 */
export const socketPlugin = fp<{ publicOrigin?: string | undefined; adapter?: ServerOptions['adapter'] | undefined }>(
  async (app, { publicOrigin, adapter }) => {
    // Like the Yjs endpoint: with PUBLIC_ORIGIN set, a browser page of another origin is refused.
    const allowedOrigin = publicOrigin && new URL(publicOrigin).origin;
    const io: IoServer = new Server(app.server, {
      allowRequest: (request, callback) => {
        const origin = request.headers.origin;
        callback(null, !allowedOrigin || !origin || origin === allowedOrigin);
      },
      path: SOCKET_IO_PATH,
      serveClient: false,
      maxHttpBufferSize: LIMITS.socketMaxMessageBytes,
      // Frequent pings let clients notice a dead network in seconds, not the default 45 s.
      pingInterval: HEARTBEAT.intervalMs,
      pingTimeout: HEARTBEAT.timeoutMs,
      // Leave upgrades on other paths (the Yjs endpoint) alone.
      destroyUpgrade: false,
      // With several nodes, rooms and recovery sessions live in Redis (cluster/redis-plugin.ts).
      ...(adapter ? { adapter } : {}),
      // A client back within two minutes gets the events it missed, on whichever node it reaches.
      // The middleware still runs (skipMiddlewares: false): a revoked token or a deleted workshop stays refused.
      connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    });

    const { sessions, tokens } = app.workshops;
    const channel = new SessionChannel(io, sessions, app.boardHost, (id) => app.boards.stationBoards(id), app.log);
    const features: WorkshopSocketFeature[] = [];
    const disconnectBus = connectWorkshopBus(io, sessions, {
      clustered: adapter !== undefined,
      onDeleted: (workshopId, boardIds) =>
        // The rows are gone already; a board this node still held cannot store its last writes (logged, not fatal).
        closeWorkshopHere(app, workshopId, new Set(boardIds)).catch((error: unknown) =>
          app.log.warn({ err: error, workshopId }, 'closing a workshop deleted on another node'),
        ),
      log: app.log,
    });

    // Runs on every connection, reconnections included: a token that stopped working is refused.
    io.use((socket, next) => {
      // socket.io does not catch a middleware's rejection: a failed store read must still answer.
      admit(socket).then(next, (error: unknown) => {
        app.log.error({ err: error }, 'socket authentication failed');
        next(new Error('internal'));
      });
    });
    const admit = async (socket: IoSocket): Promise<Error | undefined> => {
      const auth = socketAuthSchema.safeParse(socket.handshake.auth);
      if (!auth.success) return new Error('invalid_auth');
      if (auth.data.protocol !== PROTOCOL_VERSION) return new Error('protocol_mismatch');
      if (auth.data.token !== undefined) {
        const actor = await authenticate(tokens, sessions, auth.data.token);
        if (!actor) {
          // A genuine token of a workshop that no longer exists: the workshop was deleted (a screen that was
          // offline at that moment learns it here, not as "no access").
          const deleted = await isDeletedWorkshopToken(tokens, sessions, auth.data.token);
          return new Error(deleted ? 'workshop_deleted' : 'invalid_token');
        }
        (socket.data as { actor?: Actor }).actor = actor;
      }
      return undefined;
    };

    // Counted on every node (the adapter asks them all), one round per board at a time plus one after it.
    const countRounds = new Map<string, { again: boolean }>();
    const emitCount = (boardId: string): void => {
      const running = countRounds.get(boardId);
      if (running) {
        running.again = true;
        return;
      }
      const round = { again: true };
      countRounds.set(boardId, round);
      void (async () => {
        while (round.again) {
          round.again = false;
          const count = (await io.in(boardRoom(boardId)).fetchSockets()).length;
          io.to(boardRoom(boardId)).emit('presence:count', { boardId, count });
        }
      })()
        .catch((error: unknown) => app.log.error({ err: error, board: boardId }, 'presence count failed'))
        .finally(() => countRounds.delete(boardId));
    };

    io.on('connection', (socket: IoSocket) => {
      const bucket = rateBucket(LIMITS.socketEventsPerSecond, LIMITS.socketEventBurst);
      const boardsOf = new Set<string>();

      socket.use(([event, payload, ack], next) => {
        const reply = typeof ack === 'function' ? (ack as (res: Ack) => void) : undefined;
        if (!bucket.tryRemoveTokens(1)) return reply?.({ ok: false, error: 'rate_limited' });
        if (!isEventName(event)) return reply?.({ ok: false, error: 'unknown_event' });
        const parsed = clientEventSchemas[event].safeParse(payload);
        if (!parsed.success) return reply?.({ ok: false, error: 'invalid_payload' });
        next();
      });

      socket.on('presence:join', async ({ boardId }, ack) => {
        const access = await app.boards.access(boardId).catch((error: unknown) => {
          app.log.error({ err: error, board: boardId }, 'presence lookup failed');
          return null;
        });
        if (access === null) return ack?.({ ok: false, error: 'internal' });
        if (!access) return ack?.({ ok: false, error: 'not_found' });
        // The same rule as the board itself: a workshop board only for tokens of its workshop.
        const actor = (socket.data as { actor?: Actor }).actor;
        if (access.workshopId !== null && actor?.workshopId !== access.workshopId)
          return ack?.({ ok: false, error: 'unauthorized' });
        boardsOf.add(boardId);
        await socket.join(boardRoom(boardId));
        emitCount(boardId);
        ack?.({ ok: true });
      });

      socket.on('presence:leave', async ({ boardId }, ack) => {
        boardsOf.delete(boardId);
        await socket.leave(boardRoom(boardId));
        emitCount(boardId);
        ack?.({ ok: true });
      });

      // After it has left its rooms, so it is no longer counted.
      socket.on('disconnect', () => {
        for (const boardId of boardsOf) emitCount(boardId);
      });

      const actor = (socket.data as { actor?: Actor }).actor;
      if (actor) {
        channel.attach(socket, actor).then(
          () => {
            if (socket.connected) for (const feature of features) feature(socket, actor);
          },
          (error: unknown) => {
            app.log.error({ err: error, workshopId: actor.workshopId }, 'socket attach failed');
            socket.disconnect(true);
          },
        );
      }
    });

    app.decorate('io', io);
    app.decorate('addWorkshopSocketFeature', (feature: WorkshopSocketFeature) => {
      features.push(feature);
    });
    app.addHook('preClose', async () => {
      disconnectBus();
      channel.close();
      // Only the transports close, as in a crash: clients reconnect to the next server. A socket.io
      // disconnect (disconnectSockets) would tell them to stay away for good.
      // Not io.close(): that would also close the HTTP server Fastify is closing.
      io.engine.close();
    });
  },
  { name: 'socket', dependencies: ['database', 'workshops', 'yjs'] },
);
