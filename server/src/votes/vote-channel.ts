import {
  canCast,
  canRunVotes,
  clientEventSchemas,
  closeRefusal,
  planPromotion,
  progressVisible,
  promoteRefusal,
  talliesVisible,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type VoteAck,
  type VoteBatch,
  type VoteError,
  type VoteProgress,
  type VoteSessionView,
  type VoteStationPreview,
  type VoteSyncState,
} from '@mutopia/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { Server, Socket } from 'socket.io';
import type { z } from 'zod';
import { workshopRoom } from '../realtime/session-channel.js';
import { KeyedQueue } from '../workshops/keyed-queue.js';
import type { Actor, LiveWorkshop } from '../workshops/workshop-sessions.js';
import {
  promoteItems,
  resolveItems,
  wholeBoardPreview,
  wholeBoardVoteItems,
  type VoteContentDeps,
} from './vote-content.js';
import type { DotOutcome, VoteSessionRecord, VoteStore } from './vote-store.js';

type IoServer = Server<ClientToServerEvents, ServerToClientEvents>;
type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents>;
type VoteEvent = Exclude<Extract<keyof typeof clientEventSchemas, `vote:${string}`>, 'vote:sync'>;
type Payload<E extends VoteEvent> = z.output<(typeof clientEventSchemas)[E]>;

/** One participant's sockets (phone and laptop): the only place their own dots are sent. */
export function participantRoom(workshopId: string, participantId: string): string {
  return `workshop:${workshopId}:participant:${participantId}`;
}

/** Facilitators and projectors: the sockets that see how far a running vote has got. */
function progressRoom(workshopId: string): string {
  return `workshop:${workshopId}:vote-progress`;
}

const refused = (error: VoteError): VoteAck => ({ ok: false, error });

/**
 * Dot voting over socket.io. The whole workshop gets the sessions (tallies only
 * once revealed); a participant's own dots go to that participant's sockets
 * only; facilitators and projectors get progress counts. A cast changes nothing anybody else
 * receives except the facilitators' counter, so the vote cannot be read off
 * the traffic either.
 */
export class VoteChannel {
  /** Progress updates waiting for the end of the event-loop turn: 30 dots at once make one message. */
  private readonly pendingProgress = new Map<string, Set<string>>();
  private progressScheduled = false;
  /**
   * A workshop's facilitator actions (open, close, reveal, promote, delete) one
   * at a time: each reads a vote, then writes it, and two promotions of one
   * vote must not both launch the same ships.
   */
  private readonly facilitatorActions = new KeyedQueue();

  constructor(
    private readonly io: IoServer,
    private readonly store: VoteStore,
    private readonly content: VoteContentDeps,
    private readonly log: FastifyBaseLogger,
  ) {}

  private async view(session: VoteSessionRecord): Promise<VoteSessionView> {
    return {
      id: session.id,
      stationId: session.stationId,
      title: session.title,
      items: session.items,
      budget: session.budget,
      capPerItem: session.capPerItem,
      status: session.status,
      // One message for every role in the room, so the rule that holds for all of them decides.
      tallies: talliesVisible('participant', session.status) ? await this.store.tallies(session.id) : null,
      promoted: session.promoted,
      phaseIndex: session.phaseIndex,
      createdAt: session.createdAt,
      closedAt: session.closedAt,
      revealedAt: session.revealedAt,
    };
  }

  async views(workshopId: string): Promise<VoteSessionView[]> {
    return Promise.all((await this.store.list(workshopId)).map((s) => this.view(s)));
  }

  async broadcast(workshopId: string): Promise<void> {
    const sessions = await this.views(workshopId);
    this.io.to(workshopRoom(workshopId)).emit('vote:sessions', { workshopId, sessions });
  }

  private async progressOf(workshopId: string): Promise<Record<string, VoteProgress>> {
    const out: Record<string, VoteProgress> = {};
    for (const s of await this.store.list(workshopId)) out[s.id] = await this.store.progress(s.id);
    return out;
  }

  private queueProgress(workshopId: string, sessionId: string): void {
    let sessions = this.pendingProgress.get(workshopId);
    if (!sessions) this.pendingProgress.set(workshopId, (sessions = new Set()));
    sessions.add(sessionId);
    if (this.progressScheduled) return;
    this.progressScheduled = true;
    setImmediate(() => {
      this.progressScheduled = false;
      const pending = [...this.pendingProgress];
      this.pendingProgress.clear();
      void Promise.all(
        pending.flatMap(([workshopId, ids]) =>
          [...ids].map(async (sessionId) => {
            const progress = await this.store.progress(sessionId);
            this.io.to(progressRoom(workshopId)).emit('vote:progress', { workshopId, sessionId, ...progress });
          }),
        ),
      ).catch((error: unknown) => this.log.error({ err: error }, 'vote progress failed'));
    });
  }

  /** What this socket may know now; sent when it attaches and on `vote:sync`. */
  async syncState(actor: Actor): Promise<VoteSyncState> {
    const sessions = await this.views(actor.workshopId);
    const mine =
      canCast(actor.role) && actor.participantId
        ? await this.store.mineIn(
            sessions.map((s) => s.id),
            actor.participantId,
          )
        : {};
    const progress = progressVisible(actor.role) ? await this.progressOf(actor.workshopId) : {};
    return { sessions, mine, progress };
  }

  private async sendState(socket: IoSocket, actor: Actor): Promise<void> {
    const { sessions, mine, progress } = await this.syncState(actor);
    const workshopId = actor.workshopId;
    socket.emit('vote:sessions', { workshopId, sessions });
    for (const [sessionId, dots] of Object.entries(mine)) socket.emit('vote:mine', { workshopId, sessionId, dots });
    for (const [sessionId, p] of Object.entries(progress))
      socket.emit('vote:progress', { workshopId, sessionId, ...p });
  }

  private async previewStation(
    workshop: LiveWorkshop,
    stationId: string,
    running: ReadonlySet<string | null>,
  ): Promise<VoteStationPreview> {
    const found = await wholeBoardPreview(this.content, workshop, stationId);
    if (typeof found === 'string') return { stationId, groups: 0, looseNotes: 0, items: 0, error: found };
    const { ballot } = found;
    const counts = {
      groups: ballot.groups.length,
      looseNotes: ballot.looseNotes.length,
      items: ballot.items.length,
    };
    if (running.has(stationId)) return { stationId, ...counts, error: 'vote_in_progress' };
    return { stationId, ...counts, ...(ballot.items.length === 0 ? { error: 'no_items' as const } : {}) };
  }

  attach(socket: IoSocket, actor: Actor): void {
    const workshopId = actor.workshopId;
    // Every event is answered, also when the store fails: a rejection here would otherwise go unhandled.
    const handle = <E extends VoteEvent>(event: E, run: (payload: Payload<E>) => Promise<VoteAck>) => {
      return (payload: unknown, ack?: (res: VoteAck) => void) => {
        void (async () => {
          let outcome: VoteAck;
          try {
            outcome = await run(clientEventSchemas[event].parse(payload) as Payload<E>);
          } catch (error) {
            this.log.error({ err: error, workshopId, event }, 'vote event failed');
            outcome = { ok: false, error: 'internal' };
          }
          if (typeof ack === 'function') ack(outcome);
        })();
      };
    };
    const facilitating = <E extends VoteEvent>(event: E, run: (payload: Payload<E>) => Promise<VoteAck>) =>
      handle(event, async (payload) =>
        canRunVotes(actor.role) ? this.facilitatorActions.run(workshopId, () => run(payload)) : refused('forbidden'),
      );
    const voting = <E extends 'vote:cast' | 'vote:retract'>(
      event: E,
      run: (participantId: string, payload: Payload<E>) => Promise<VoteAck>,
    ) =>
      handle(event, async (payload) =>
        canCast(actor.role) && actor.participantId ? run(actor.participantId, payload) : refused('forbidden'),
      );

    if (actor.participantId) void socket.join(participantRoom(workshopId, actor.participantId));
    if (progressVisible(actor.role)) void socket.join(progressRoom(workshopId));

    socket.on(
      'vote:open',
      facilitating('vote:open', async ({ stationId, title, items: refs, budget, capPerItem }) => {
        const workshop = await this.content.sessions.get(workshopId);
        if (!workshop) return refused('unknown_session');
        const items = await resolveItems(this.content, workshop, stationId, refs);
        if (typeof items === 'string') return refused(items);
        const created = await this.store.create(workshopId, {
          stationId,
          title,
          items,
          budget,
          capPerItem: capPerItem ?? null,
          phaseIndex: workshop.state.phaseIndex,
        });
        if (typeof created === 'string') return refused(created);
        await this.broadcast(workshopId);
        this.queueProgress(workshopId, created.id);
        return { ok: true, sessionId: created.id };
      }),
    );

    socket.on(
      'vote:openStations',
      facilitating('vote:openStations', async ({ stationIds, title, budget, capPerItem }) => {
        const workshop = await this.content.sessions.get(workshopId);
        if (!workshop) return refused('unknown_session');
        const batch: VoteBatch = { opened: [], skipped: [] };
        for (const stationId of stationIds) {
          const items = await wholeBoardVoteItems(this.content, workshop, stationId);
          const created =
            typeof items === 'string'
              ? items
              : await this.store.create(workshopId, {
                  stationId,
                  title,
                  items,
                  budget,
                  capPerItem: capPerItem ?? null,
                  phaseIndex: workshop.state.phaseIndex,
                });
          if (typeof created === 'string') batch.skipped.push({ stationId, error: created });
          else batch.opened.push({ stationId, sessionId: created.id });
        }
        if (batch.opened.length > 0) {
          await this.broadcast(workshopId);
          for (const { sessionId } of batch.opened) this.queueProgress(workshopId, sessionId);
        }
        return { ok: true, batch };
      }),
    );

    socket.on(
      'vote:previewStations',
      facilitating('vote:previewStations', async ({ stationIds }) => {
        const workshop = await this.content.sessions.get(workshopId);
        if (!workshop) return refused('unknown_session');
        const running = new Set(
          (await this.store.list(workshopId)).filter((s) => s.status === 'open').map((s) => s.stationId),
        );
        const preview: VoteStationPreview[] = [];
        for (const stationId of stationIds) preview.push(await this.previewStation(workshop, stationId, running));
        return { ok: true, preview };
      }),
    );

    socket.on(
      'vote:close',
      facilitating('vote:close', async ({ sessionId }) => {
        const session = await this.store.get(workshopId, sessionId);
        if (!session) return refused('unknown_session');
        const refusal = closeRefusal(session.status);
        if (refusal) return refused(refusal);
        const closed = await this.store.close(workshopId, sessionId);
        if (typeof closed === 'string') return refused(closed);
        await this.broadcast(workshopId);
        return { ok: true, sessionId };
      }),
    );

    socket.on(
      'vote:reveal',
      facilitating('vote:reveal', async ({ sessionId }) => {
        const phaseIndex = (await this.content.sessions.get(workshopId))?.state.phaseIndex ?? null;
        const revealed = await this.store.reveal(workshopId, sessionId, phaseIndex);
        if (typeof revealed === 'string') return refused(revealed);
        await this.broadcast(workshopId);
        return { ok: true, sessionId };
      }),
    );

    socket.on(
      'vote:promote',
      facilitating('vote:promote', async ({ sessionId, count, resolution }) => {
        const workshop = await this.content.sessions.get(workshopId);
        const session = await this.store.get(workshopId, sessionId);
        if (!workshop || !session) return refused('unknown_session');
        const refusal = promoteRefusal(session.status);
        if (refusal) return refused(refusal);
        const plan = planPromotion(
          session.items,
          await this.store.tallies(sessionId),
          count,
          session.promoted,
          resolution,
        );
        // The list order must never decide a tie: nothing moves until the facilitator has chosen.
        if (plan.kind === 'tie') return { ok: false, error: 'tie_at_cut', tie: plan.tie };
        if (plan.kind === 'refused') return refused(plan.error);
        if (plan.ids.length === 0) return { ok: true, sessionId, promotion: { promoted: [] } };
        const promoted = await promoteItems(this.content, workshop, session, plan.ids);
        if (typeof promoted === 'string') return refused(promoted);
        await this.store.setPromoted(sessionId, [...session.promoted, ...promoted]);
        await this.broadcast(workshopId);
        return { ok: true, sessionId, promotion: { promoted } };
      }),
    );

    socket.on(
      'vote:delete',
      facilitating('vote:delete', async ({ sessionId }) => {
        if (!(await this.store.delete(workshopId, sessionId))) return refused('unknown_session');
        await this.broadcast(workshopId);
        return { ok: true, sessionId };
      }),
    );

    const afterDot = (participantId: string, sessionId: string, outcome: DotOutcome): VoteAck => {
      if (!outcome.ok) return refused(outcome.error);
      // The participant's other devices show the same ballot.
      this.io
        .to(participantRoom(workshopId, participantId))
        .emit('vote:mine', { workshopId, sessionId, dots: outcome.dots });
      this.queueProgress(workshopId, sessionId);
      return { ok: true, sessionId, dots: outcome.dots };
    };

    socket.on(
      'vote:cast',
      voting('vote:cast', async (participantId, { sessionId, itemId }) =>
        afterDot(participantId, sessionId, await this.store.cast(workshopId, sessionId, participantId, itemId)),
      ),
    );

    socket.on(
      'vote:retract',
      voting('vote:retract', async (participantId, { sessionId, itemId }) =>
        afterDot(participantId, sessionId, await this.store.retract(workshopId, sessionId, participantId, itemId)),
      ),
    );

    socket.on('vote:sync', (_payload, ack) => {
      const sync = typeof ack === 'function' ? this.syncState(actor).then(ack) : this.sendState(socket, actor);
      sync.catch((error: unknown) => this.log.error({ err: error, workshopId }, 'vote sync failed'));
    });

    this.sendState(socket, actor).catch((error: unknown) =>
      this.log.error({ err: error, workshopId }, 'vote state failed'),
    );
  }
}
