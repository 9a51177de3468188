import {
  canFacilitate,
  questionEditSchema,
  questionGenerateStationsSchema,
  questionOpenSchema,
  questionPromoteSchema,
  questionRemoveSchema,
  questionSubmitSchema,
  questionSyncSchema,
  generateMutopiaStations,
  workshopDefinitionSchema,
  type Ack,
  type ClientToServerEvents,
  type QuestionError,
  type QuestionsState,
  type ServerToClientEvents,
  type WorkshopDefinition,
} from '@mutopia/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import type { Server, Socket } from 'socket.io';
import { workshopRoom } from '../realtime/session-channel.js';
import type { Actor, WorkshopSessions } from '../workshops/workshop-sessions.js';
import type { QuestionStore } from './question-store.js';

type IoServer = Server<ClientToServerEvents, ServerToClientEvents>;
type IoSocket = Socket<ClientToServerEvents, ServerToClientEvents>;
type Outcome = { ok: true } | { ok: false; error: QuestionError };

const refused = (error: QuestionError): Outcome => ({ ok: false, error });
const OK: Outcome = { ok: true };

/** Stations a question can be filed under on the wall. */
function isTheme(definition: WorkshopDefinition, themeId: string | null): boolean {
  if (themeId === null) return true;
  return definition.stations.some((s) => s.id === themeId && (s.kind === 'solutionRoom' || s.kind === 'themedRoom'));
}

/**
 * The question wall over socket.io. Payloads were validated by the socket
 * plugin; the rules here are who may do what, and that closing submissions
 * really stops teams (a facilitator may still type in or fix a question).
 * Every change sends the whole wall to the workshop: 30 questions are a few kB.
 */
export class QuestionChannel {
  constructor(
    private readonly io: IoServer,
    private readonly store: QuestionStore,
    private readonly sessions: WorkshopSessions,
    private readonly log: FastifyBaseLogger,
  ) {
    // Team order (the wall's order) and themes come from the definition.
    // The node that saved the definition broadcasts (to every node through the adapter).
    sessions.on('definition', (workshop, origin) => {
      if (origin !== 'here') return;
      this.broadcast(workshop.id).catch((error: unknown) =>
        this.log.error({ err: error, workshopId: workshop.id }, 'question wall broadcast failed'),
      );
    });
  }

  async state(workshopId: string): Promise<QuestionsState> {
    const [open, questions] = await Promise.all([this.store.isOpen(workshopId), this.store.list(workshopId)]);
    return { workshopId, open, questions };
  }

  async broadcast(workshopId: string): Promise<void> {
    this.io.to(workshopRoom(workshopId)).emit('questions:state', await this.state(workshopId));
  }

  async promote(workshopId: string, orderedIds: readonly string[]): Promise<Outcome> {
    if ((await this.store.promote(workshopId, orderedIds)) === 'not_found') return refused('not_found');
    await this.broadcast(workshopId);
    return OK;
  }

  /** Called for each authenticated workshop socket. */
  attach(socket: IoSocket, actor: Actor): void {
    const workshopId = actor.workshopId;
    // The socket plugin validated the payload but passes it on raw: parse again for the trimmed text.
    // Every event is answered, also when the store fails: a rejection here would otherwise go unhandled.
    const handle =
      <S extends z.ZodType>(schema: S, run: (payload: z.output<S>) => Promise<Outcome>) =>
      (payload: unknown, ack?: (res: Ack) => void) => {
        void (async () => {
          let outcome: Outcome;
          try {
            outcome = await run(schema.parse(payload));
          } catch (error) {
            this.log.error({ err: error, workshopId }, 'question event failed');
            return ack?.({ ok: false, error: 'internal' });
          }
          ack?.(outcome);
        })();
      };
    const facilitating = <S extends z.ZodType>(schema: S, run: (payload: z.output<S>) => Promise<Outcome>) =>
      handle(schema, async (payload) => (canFacilitate(actor.role) ? run(payload) : refused('forbidden')));

    socket.on(
      'question:submit',
      handle(questionSubmitSchema, async ({ text, themeId, teamId }) => {
        const workshop = await this.sessions.get(workshopId);
        if (!workshop) return refused('not_found');
        const facilitator = canFacilitate(actor.role);
        if (!facilitator && actor.role !== 'participant') return refused('forbidden');
        if (!facilitator && teamId !== undefined && teamId !== actor.teamId) return refused('forbidden');
        const team = facilitator ? teamId : actor.teamId;
        if (!team || !workshop.definition.teams.some((t) => t.id === team)) return refused('no_team');
        if (!facilitator && !(await this.store.isOpen(workshopId))) return refused('questions_closed');
        if (!isTheme(workshop.definition, themeId)) return refused('unknown_theme');
        await this.store.submit(workshopId, team, text, themeId);
        await this.broadcast(workshopId);
        return OK;
      }),
    );

    socket.on(
      'question:open',
      facilitating(questionOpenSchema, async ({ open }) => {
        await this.store.setOpen(workshopId, open);
        await this.broadcast(workshopId);
        return OK;
      }),
    );

    socket.on(
      'question:promote',
      facilitating(questionPromoteSchema, ({ ids }) => this.promote(workshopId, ids)),
    );

    socket.on(
      'question:edit',
      facilitating(questionEditSchema, async ({ id, text, themeId }) => {
        const workshop = await this.sessions.get(workshopId);
        if (!workshop) return refused('not_found');
        if (!isTheme(workshop.definition, themeId)) return refused('unknown_theme');
        if (!(await this.store.edit(workshopId, id, text, themeId))) return refused('not_found');
        await this.broadcast(workshopId);
        return OK;
      }),
    );

    socket.on(
      'question:remove',
      facilitating(questionRemoveSchema, async ({ id }) => {
        if (!(await this.store.remove(workshopId, id))) return refused('not_found');
        await this.broadcast(workshopId);
        return OK;
      }),
    );

    socket.on(
      'question:generate-stations',
      facilitating(questionGenerateStationsSchema, async () => {
        const workshop = await this.sessions.get(workshopId);
        if (!workshop) return refused('not_found');
        const promoted = await this.store.promoted(workshopId);
        if (promoted.length === 0) return refused('nothing_promoted');
        // Past the definition's limit of 300 stations (20 questions × many perspectives).
        const parsed = workshopDefinitionSchema.safeParse(generateMutopiaStations(workshop.definition, promoted));
        if (!parsed.success) return refused('too_many_stations');
        // Saves, creates the boards of new stations and tells every client to refetch.
        await this.sessions.updateDefinition(workshop, parsed.data);
        return OK;
      }),
    );

    socket.on(
      'question:sync',
      handle(questionSyncSchema, async () => {
        socket.emit('questions:state', await this.state(workshopId));
        return OK;
      }),
    );

    this.state(workshopId).then(
      (state) => socket.emit('questions:state', state),
      (error: unknown) => this.log.error({ err: error, workshopId }, 'question wall failed'),
    );
  }
}
