import type { Server } from 'socket.io';
import { z } from 'zod';
import type { WorkshopSessions } from '../workshops/workshop-sessions.js';

const EVENT = 'mutopia:workshop-changed';

/** What one node tells the others after saving a change of a workshop (see WorkshopSessions.applyRemote). */
const workshopChangeSchema = z.object({
  workshopId: z.string().min(1).max(64),
  announcements: z
    .array(
      z.union([
        z.object({ event: z.enum(['state', 'roster', 'definition', 'facilitatorRotated', 'tokensRevoked']) }),
        z.object({ event: z.literal('participantRemoved'), participantId: z.string().min(1).max(64) }),
      ]),
    )
    .max(16),
  deletedBoards: z.array(z.string().min(1).max(64)).max(1000).optional(),
});

export interface WorkshopBusOptions {
  /** True when socket.io runs on the Redis adapter (REDIS_URL); without it there is nobody to tell. */
  clustered: boolean;
  /** Another node deleted this workshop: close what this node still holds of it (board connections, tickets). */
  onDeleted: (workshopId: string, boardIds: string[]) => Promise<void>;
  log: { error: (context: object, message: string) => void; warn: (context: object, message: string) => void };
}

/**
 * Keeps every node's cached workshops current: a node that saved a change (or
 * deleted a workshop) says so over socket.io's own inter-node channel
 * (`serverSideEmit`, carried by the Redis streams adapter); the others read
 * the workshop again and close what its change ended on their side, then
 * confirm (WorkshopSessions.tellOtherNodes waits for that where access ends).
 * Returns a function that stops listening.
 */
export function connectWorkshopBus(
  io: Server,
  sessions: WorkshopSessions,
  { clustered, onDeleted, log }: WorkshopBusOptions,
): () => void {
  if (!clustered) return () => undefined;
  sessions.otherNodes = (change) =>
    new Promise<void>((resolve) => {
      // Every other node answers once it has followed; one that does not within the adapter's request timeout
      // (5 s: a node dying, Redis restarting) is logged, not waited for.
      io.serverSideEmit(EVENT, change, (error: Error | null) => {
        if (error) log.warn({ err: error, workshopId: change.workshopId }, 'a node did not confirm a workshop change');
        resolve();
      });
    });
  const receive = (payload: unknown, confirm?: (done: boolean) => void): void => {
    const parsed = workshopChangeSchema.safeParse(payload);
    if (!parsed.success) {
      log.warn({ issues: parsed.error.issues }, 'ignoring a malformed workshop change from another node');
      confirm?.(false);
      return;
    }
    const change = parsed.data;
    const done = change.deletedBoards
      ? (sessions.forget(change.workshopId), onDeleted(change.workshopId, change.deletedBoards))
      : sessions.applyRemote(change);
    done
      .catch((error: unknown) =>
        log.error({ err: error, workshopId: change.workshopId }, 'following a change from another node failed'),
      )
      .finally(() => confirm?.(true));
  };
  io.on(EVENT, receive);
  return () => {
    sessions.otherNodes = null;
    io.off(EVENT, receive);
  };
}
