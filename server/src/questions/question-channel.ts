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
    sessions.on('definition', (workshop) => this.broadcast(workshop.id));
  }

  state(workshopId: string): QuestionsState {
    return { workshopId, open: this.store.isOpen(workshopId), questions: this.store.list(workshopId) };
  }

  broadcast(workshopId: string): void {
    this.io.to(workshopRoom(workshopId)).emit('questions:state', this.state(workshopId));
  }

  promote(workshopId: string, orderedIds: readonly string[]): Outcome {
    if (this.store.promote(workshopId, orderedIds) === 'not_found') return refused('not_found');
    this.broadcast(workshopId);
    return OK;
  }

  /** Called for each authenticated workshop socket. */
  attach(socket: IoSocket, actor: Actor): void {
    const workshopId = actor.workshopId;
    // The socket plugin validated the payload but passes it on raw: parse again for the trimmed text.
    const handle =
      <S extends z.ZodType>(schema: S, run: (payload: z.output<S>) => Outcome) =>
      (payload: unknown, ack?: (res: Ack) => void) => {
        let outcome: Outcome;
        try {
          outcome = run(schema.parse(payload));
        } catch (error) {
          this.log.error({ err: error, workshopId }, 'question event failed');
          return ack?.({ ok: false, error: 'internal' });
        }
        ack?.(outcome);
      };
    const facilitating = <S extends z.ZodType>(schema: S, run: (payload: z.output<S>) => Outcome) =>
      handle(schema, (payload) => (canFacilitate(actor.role) ? run(payload) : refused('forbidden')));

    socket.on(
      'question:submit',
      handle(questionSubmitSchema, ({ text, themeId, teamId }) => {
        const workshop = this.sessions.get(workshopId);
        if (!workshop) return refused('not_found');
        const facilitator = canFacilitate(actor.role);
        if (!facilitator && actor.role !== 'participant') return refused('forbidden');
        if (!facilitator && teamId !== undefined && teamId !== actor.teamId) return refused('forbidden');
        const team = facilitator ? teamId : actor.teamId;
        if (!team || !workshop.definition.teams.some((t) => t.id === team)) return refused('no_team');
        if (!facilitator && !this.store.isOpen(workshopId)) return refused('questions_closed');
        if (!isTheme(workshop.definition, themeId)) return refused('unknown_theme');
        this.store.submit(workshopId, team, text, themeId);
        this.broadcast(workshopId);
        return OK;
      }),
    );

    socket.on(
      'question:open',
      facilitating(questionOpenSchema, ({ open }) => {
        this.store.setOpen(workshopId, open);
        this.broadcast(workshopId);
        return OK;
      }),
    );

    socket.on(
      'question:promote',
      facilitating(questionPromoteSchema, ({ ids }) => this.promote(workshopId, ids)),
    );

    socket.on(
      'question:edit',
      facilitating(questionEditSchema, ({ id, text, themeId }) => {
        const workshop = this.sessions.get(workshopId);
        if (!workshop) return refused('not_found');
        if (!isTheme(workshop.definition, themeId)) return refused('unknown_theme');
        if (!this.store.edit(workshopId, id, text, themeId)) return refused('not_found');
        this.broadcast(workshopId);
        return OK;
      }),
    );

    socket.on(
      'question:remove',
      facilitating(questionRemoveSchema, ({ id }) => {
        if (!this.store.remove(workshopId, id)) return refused('not_found');
        this.broadcast(workshopId);
        return OK;
      }),
    );

    socket.on(
      'question:generate-stations',
      facilitating(questionGenerateStationsSchema, () => {
        const workshop = this.sessions.get(workshopId);
        if (!workshop) return refused('not_found');
        const promoted = this.store.promoted(workshopId);
        if (promoted.length === 0) return refused('nothing_promoted');
        // Past the definition's limit of 300 stations (20 questions × many perspectives).
        const parsed = workshopDefinitionSchema.safeParse(generateMutopiaStations(workshop.definition, promoted));
        if (!parsed.success) return refused('too_many_stations');
        // Saves, creates the boards of new stations and tells every client to refetch.
        this.sessions.updateDefinition(workshop, parsed.data);
        return OK;
      }),
    );

    socket.on(
      'question:sync',
      handle(questionSyncSchema, () => {
        socket.emit('questions:state', this.state(workshopId));
        return OK;
      }),
    );

    socket.emit('questions:state', this.state(workshopId));
  }
}
