import {
  canFacilitate,
  emptySessionHistory,
  rosterEditSchema,
  type Ack,
  type BoardStats,
  type ClientToServerEvents,
  type RosterEntry,
  type ServerToClientEvents,
  type SessionSnapshot,
} from '@mutopia/shared';
import type { Server, Socket } from 'socket.io';
import type { BoardHost } from '../yjs/board-host.js';
import { isRevoked } from '../workshops/token-versions.js';
import type { Actor, LiveWorkshop, WorkshopSessions } from '../workshops/workshop-sessions.js';

type IoServer = Server<ClientToServerEvents, ServerToClientEvents>;
type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

const STATS_INTERVAL_MS = 3000;

export function workshopRoom(workshopId: string): string {
  return `workshop:${workshopId}`;
}

export function facilitatorRoom(workshopId: string): string {
  return `workshop:${workshopId}:facilitators`;
}

/** Facilitators and projectors: the sockets that get the roster (a projector shows who goes where by name). */
function rosterRoom(workshopId: string): string {
  return `workshop:${workshopId}:roster`;
}

const seesRoster = (role: Actor['role']) => canFacilitate(role) || role === 'viewer';

/**
 * The running session over socket.io: each change of a workshop's state is
 * broadcast to everyone in it; facilitators also get the roster and how busy
 * each board is. Commands are checked for role in WorkshopSessions.
 */
export class SessionChannel {
  /** Roster rounds under way per workshop; `again` asks for one more after it (see emitRoster). */
  private readonly rosterRounds = new Map<string, { again: boolean }>();
  private readonly lastStats = new Map<string, string>();
  private readonly statsTimer: NodeJS.Timeout;
  private statsRunning = false;

  constructor(
    private readonly io: IoServer,
    private readonly sessions: WorkshopSessions,
    private readonly boardHost: BoardHost,
    private readonly stationBoards: (workshopId: string) => Promise<Record<string, string>>,
    private readonly log: { error: (context: object, message: string) => void },
  ) {
    // Broadcasts go out from the node that saved the change (the adapter takes them to every node);
    // what concerns this node's own sockets runs on every node.
    sessions.on('state', (workshop, origin) => {
      if (origin === 'here') io.to(workshopRoom(workshop.id)).emit('session:state', this.snapshot(workshop));
    });
    sessions.on('roster', (workshop, origin) => {
      if (origin === 'here') this.emitRoster(workshop.id);
      this.rewelcomeMoved(workshop);
    });
    sessions.on('facilitatorRotated', (workshop) => this.disconnectFacilitators(workshop.id));
    sessions.on('participantRemoved', (workshop, participantId) =>
      this.disconnectParticipant(workshop.id, participantId),
    );
    sessions.on('tokensRevoked', (workshop) => this.disconnectRevoked(workshop));
    sessions.on('definition', (workshop, origin) => {
      if (origin === 'here') io.to(workshopRoom(workshop.id)).emit('session:definition', { workshopId: workshop.id });
      this.lastStats.delete(workshop.id);
    });
    this.statsTimer = setInterval(() => {
      // A slow database must not pile up rounds: the next one waits for the last to finish.
      if (this.statsRunning) return;
      this.statsRunning = true;
      this.emitBoardStats()
        .catch((error: unknown) => this.log.error({ err: error }, 'board statistics failed'))
        .finally(() => (this.statsRunning = false));
    }, STATS_INTERVAL_MS);
    this.statsTimer.unref();
  }

  close(): void {
    clearInterval(this.statsTimer);
  }

  /** The history of phases left behind stays here: it only grows, and no screen needs it. */
  private snapshot(workshop: LiveWorkshop): SessionSnapshot {
    const state = { ...workshop.state, history: emptySessionHistory() };
    return { workshopId: workshop.id, state, serverNow: Date.now() };
  }

  /**
   * Who has a socket open, on any node: the adapter asks every node for the
   * workshop room's sockets (their `data` travels with them).
   */
  private async roster(workshop: LiveWorkshop): Promise<RosterEntry[]> {
    const sockets = await this.io.in(workshopRoom(workshop.id)).fetchSockets();
    const online = new Set(sockets.map((s) => (s.data as { actor?: Actor }).actor?.participantId));
    return workshop.participants.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      teamId: p.teamId,
      online: online.has(p.id),
    }));
  }

  /**
   * Sends the roster to facilitators and projectors. A burst of arrivals makes
   * one round at a time plus one after it, not a round across all nodes each.
   */
  private emitRoster(workshopId: string): void {
    const running = this.rosterRounds.get(workshopId);
    if (running) {
      running.again = true;
      return;
    }
    const round = { again: true };
    this.rosterRounds.set(workshopId, round);
    void (async () => {
      while (round.again) {
        round.again = false;
        // Attached sockets' workshops are in memory; one forgotten (deleted) meanwhile has nobody to tell.
        const workshop = this.sessions.cached(workshopId);
        if (!workshop) break;
        const participants = await this.roster(workshop);
        this.io.to(rosterRoom(workshopId)).emit('session:roster', { workshopId, participants });
      }
    })()
      .catch((error: unknown) => this.log.error({ err: error, workshopId }, 'roster round failed'))
      .finally(() => this.rosterRounds.delete(workshopId));
  }

  private async boardStats(workshopId: string): Promise<Record<string, BoardStats>> {
    const stats: Record<string, BoardStats> = {};
    for (const [stationId, boardId] of Object.entries(await this.stationBoards(workshopId))) {
      stats[stationId] = await this.boardHost.stats(boardId);
    }
    return stats;
  }

  /** Sends each workshop's board statistics to its facilitators when they changed. */
  private async emitBoardStats(): Promise<void> {
    const rooms: Array<[room: string, workshopId: string]> = [];
    for (const [room, sockets] of this.io.sockets.adapter.rooms) {
      const match = /^workshop:(\w+):facilitators$/.exec(room);
      if (match && sockets.size > 0) rooms.push([room, match[1]!]);
    }
    for (const [room, workshopId] of rooms) {
      const stats = await this.boardStats(workshopId);
      const text = JSON.stringify(stats);
      if (this.lastStats.get(workshopId) === text) continue;
      this.lastStats.set(workshopId, text);
      this.io.to(room).emit('session:boards', { workshopId, stats });
    }
  }

  /** A person's socket opened or closed (it has left its rooms by then): facilitators see who is online. */
  private onlineChanged(actor: Actor): void {
    if (actor.participantId) this.emitRoster(actor.workshopId);
  }

  /** A socket that connected with a valid workshop token. */
  async attach(socket: IoSocket, actor: Actor): Promise<void> {
    const workshop = await this.sessions.get(actor.workshopId);
    if (!workshop) {
      socket.disconnect(true);
      return;
    }
    await socket.join(workshopRoom(actor.workshopId));
    if (canFacilitate(actor.role)) await socket.join(facilitatorRoom(actor.workshopId));
    if (seesRoster(actor.role)) await socket.join(rosterRoom(actor.workshopId));
    // Deleted while this socket was let in: the deletion told the room before this socket was in it
    // (it forgets the workshop before telling, so a second look now finds it gone).
    if (!(await this.sessions.get(actor.workshopId))) {
      socket.emit('session:ended', { workshopId: actor.workshopId, reason: 'deleted' });
      socket.disconnect(false);
      return;
    }

    socket.on('session:command', (command, ack) => {
      this.answer(actor, ack, () => this.sessions.command(actor, command));
    });
    socket.on('roster:edit', (edit, ack) => {
      // Parsed again for the trimmed name: the event check validates, it does not transform.
      this.answer(actor, ack, () => this.sessions.editRoster(actor, rosterEditSchema.parse(edit)));
    });
    socket.on('time:sync', (_payload, ack) => {
      if (typeof ack === 'function') ack(Date.now());
    });
    socket.on('disconnect', () => this.onlineChanged(actor));

    socket.emit('session:welcome', {
      workshopId: actor.workshopId,
      role: actor.role,
      participantId: actor.participantId,
      teamId: actor.teamId,
      displayName: actor.displayName,
      projectorId: actor.projectorId,
    });
    socket.emit('session:state', this.snapshot(workshop));
    if (seesRoster(actor.role)) {
      socket.emit('session:roster', { workshopId: workshop.id, participants: await this.roster(workshop) });
    }
    this.onlineChanged(actor);
    if (canFacilitate(actor.role)) {
      socket.emit('session:boards', { workshopId: workshop.id, stats: await this.boardStats(workshop.id) });
    }
  }

  /** Every request is answered, a failed one with 'internal', and a failure never becomes an unhandled rejection. */
  private answer(actor: Actor, ack: ((res: Ack) => void) | undefined, run: () => Promise<Ack>): void {
    // Started in a promise, so a synchronous throw (a payload that fails to parse) is answered too.
    Promise.resolve()
      .then(run)
      .then(
        (outcome) => ack?.(outcome),
        (error: unknown) => {
          this.log.error({ err: error, workshopId: actor.workshopId }, 'session request failed');
          ack?.({ ok: false, error: 'internal' });
        },
      );
  }

  /**
   * A participant moved to another team (or renamed) while connected: their
   * socket's actor and their phone learn it now, not at the next reconnect.
   */
  private rewelcomeMoved(workshop: LiveWorkshop): void {
    for (const socket of this.io.sockets.sockets.values()) {
      const actor = (socket.data as { actor?: Actor }).actor;
      if (actor?.workshopId !== workshop.id || !actor.participantId) continue;
      const participant = workshop.participantsById.get(actor.participantId);
      if (!participant) continue;
      if (participant.teamId === actor.teamId && participant.displayName === actor.displayName) continue;
      actor.teamId = participant.teamId;
      actor.displayName = participant.displayName;
      socket.emit('session:welcome', {
        workshopId: actor.workshopId,
        role: actor.role,
        participantId: actor.participantId,
        teamId: actor.teamId,
        displayName: actor.displayName,
        projectorId: actor.projectorId,
      });
    }
  }

  /** A removed person's open sockets close; reconnecting with their token is refused. */
  private disconnectParticipant(workshopId: string, participantId: string): void {
    for (const socket of this.io.sockets.sockets.values()) {
      const actor = (socket.data as { actor?: Actor }).actor;
      if (actor?.workshopId === workshopId && actor.participantId === participantId) socket.disconnect(true);
    }
  }

  /** After the facilitator link was replaced: its holders must log in again (reconnects re-check tokens). */
  private disconnectFacilitators(workshopId: string): void {
    for (const socket of this.io.sockets.sockets.values()) {
      const actor = (socket.data as { actor?: Actor }).actor;
      if (actor?.workshopId === workshopId && actor.role === 'facilitator') socket.disconnect(true);
    }
  }

  /** After a link, a projector or a person's devices were revoked: sockets whose token stopped working close. */
  private disconnectRevoked(workshop: LiveWorkshop): void {
    for (const socket of this.io.sockets.sockets.values()) {
      const actor = (socket.data as { actor?: Actor }).actor;
      if (actor?.workshopId === workshop.id && isRevoked(workshop, actor)) socket.disconnect(true);
    }
  }
}
