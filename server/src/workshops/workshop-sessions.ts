import { EventEmitter } from 'node:events';
import {
  applyDefinitionEdit,
  applyFacilitatorCommand,
  applyParticipantCommand,
  assignTeam,
  isFacilitatorCommand,
  mayEditRoster,
  withoutParticipant,
  placeLateJoiner,
  canFacilitate,
  type DefinitionEditError,
  type MemberMoves,
  type Role,
  type RosterEdit,
  type RosterEditError,
  type SessionCommand,
  type SessionContext,
  type SessionError,
  type SessionState,
  type WorkshopDefinition,
} from '@mutopia/shared';
import { KeyedQueue } from './keyed-queue.js';
import { currentTokenVersion, tokenSubject } from './token-versions.js';
import type { StoredParticipant, WorkshopStore } from './workshop-store.js';

/** Who is acting: resolved from a verified token. */
export interface Actor {
  workshopId: string;
  role: Role;
  participantId: string | null;
  teamId: string | null;
  displayName: string | null;
  projectorId: string | null;
  /** The version the token was signed with (see token-versions.ts). */
  tokenVersion: number;
}

export interface LiveWorkshop {
  id: string;
  joinCode: string;
  definition: WorkshopDefinition;
  state: SessionState;
  facilitatorTokenVersion: number;
  /** Revoked holders other than the facilitator link: subject → version (token-versions.ts). */
  tokenVersions: Map<string, number>;
  createdAt: Date;
  /** In join order. */
  participants: StoredParticipant[];
  participantsById: Map<string, StoredParticipant>;
}

interface SessionEvents {
  state: [workshop: LiveWorkshop];
  roster: [workshop: LiveWorkshop];
  definition: [workshop: LiveWorkshop];
  facilitatorRotated: [workshop: LiveWorkshop];
  /** After the roster event: this person's token no longer works, and what it opened must close. */
  participantRemoved: [workshop: LiveWorkshop, participantId: string];
  /** A co-facilitator link, a projector or a person's devices were revoked: what their old tokens opened must close. */
  tokensRevoked: [workshop: LiveWorkshop];
}

export type CommandOutcome = { ok: true } | { ok: false; error: SessionError | 'forbidden' };
export type RosterOutcome = { ok: true } | { ok: false; error: RosterEditError };

/**
 * The running workshops, kept in memory once touched. Every change goes
 * through the reducer in shared/, is written to the store, and is announced as
 * an event for the session channel to broadcast. Changes of one workshop run
 * one after another (withWorkshop), since saving awaits the database.
 */
export class WorkshopSessions extends EventEmitter<SessionEvents> {
  private readonly live = new Map<string, LiveWorkshop>();
  /** Loads under way, so that callers racing for one workshop share one LiveWorkshop. */
  private readonly loading = new Map<string, Promise<LiveWorkshop | undefined>>();
  /** Each workshop's chain of changes (see withWorkshop). */
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly store: WorkshopStore,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  /** The workshop, loaded from the store the first time it is asked for. */
  get(workshopId: string): Promise<LiveWorkshop | undefined> {
    const cached = this.live.get(workshopId);
    if (cached) return Promise.resolve(cached);
    const already = this.loading.get(workshopId);
    if (already) return already;
    const pending: Promise<LiveWorkshop | undefined> = this.load(workshopId).then(
      (workshop) => {
        // Forgotten (deleted) while it loaded: it must not come back into memory.
        if (this.loading.get(workshopId) !== pending) return undefined;
        this.loading.delete(workshopId);
        if (workshop) this.live.set(workshopId, workshop);
        return workshop;
      },
      (error: unknown) => {
        if (this.loading.get(workshopId) === pending) this.loading.delete(workshopId);
        throw error;
      },
    );
    this.loading.set(workshopId, pending);
    return pending;
  }

  /** The workshop if it is in memory already; for synchronous readers that may skip one not loaded yet. */
  cached(workshopId: string): LiveWorkshop | undefined {
    return this.live.get(workshopId);
  }

  private async load(workshopId: string): Promise<LiveWorkshop | undefined> {
    const stored = await this.store.get(workshopId);
    if (!stored) return undefined;
    const [participants, tokenVersions] = await Promise.all([
      this.store.participants(workshopId),
      this.store.tokenVersions(workshopId),
    ]);
    return {
      id: stored.id,
      joinCode: stored.joinCode,
      definition: stored.definition,
      state: stored.state,
      facilitatorTokenVersion: stored.facilitatorTokenVersion,
      tokenVersions,
      createdAt: stored.createdAt,
      participants,
      participantsById: new Map(participants.map((p) => [p.id, p])),
    };
  }

  async byJoinCode(joinCode: string): Promise<LiveWorkshop | undefined> {
    const stored = await this.store.byJoinCode(joinCode);
    return stored && this.get(stored.id);
  }

  /** Drops a deleted workshop from memory, so no token for it authenticates any more. */
  forget(workshopId: string): void {
    this.live.delete(workshopId);
    this.loading.delete(workshopId);
  }

  /**
   * Runs `fn` once every change of this workshop asked for earlier has
   * finished, so read → reduce → save → broadcast of two commands never
   * interleave. Every change of a workshop's session goes through here, and
   * nothing in `fn` may call it again for the same workshop (it would wait for
   * itself). This is the one place that would take a lock across nodes.
   */
  withWorkshop<T>(workshopId: string, fn: (workshop: LiveWorkshop | undefined) => Promise<T>): Promise<T> {
    return this.queue.run(workshopId, async () => fn(await this.get(workshopId)));
  }

  private context(workshop: LiveWorkshop): SessionContext {
    return { definition: workshop.definition, participants: workshop.participants, now: this.now() };
  }

  /** Saved before memory changes, so a failed write leaves the session as everyone last saw it. */
  private async commit(workshop: LiveWorkshop, state: SessionState): Promise<void> {
    await this.store.saveState(workshop.id, state);
    workshop.state = state;
    this.emit('state', workshop);
  }

  command(actor: Actor, command: SessionCommand): Promise<CommandOutcome> {
    return this.withWorkshop(actor.workshopId, async (workshop): Promise<CommandOutcome> => {
      if (!workshop) return { ok: false, error: 'forbidden' };
      let result;
      if (isFacilitatorCommand(command)) {
        if (!canFacilitate(actor.role)) return { ok: false, error: 'forbidden' };
        result = applyFacilitatorCommand(workshop.state, command, this.context(workshop));
      } else {
        const participant = actor.participantId ? workshop.participantsById.get(actor.participantId) : undefined;
        if (actor.role !== 'participant' || !participant) return { ok: false, error: 'forbidden' };
        result = applyParticipantCommand(workshop.state, command, this.context(workshop), participant);
      }
      if (!result.ok) return result;
      await this.commit(workshop, result.state);
      return { ok: true };
    });
  }

  /**
   * Adds a participant to the team asked for, or by the assignment rule (assignTeam) when none is given;
   * refused once the workshop has `maxParticipants` (checked in turn, so a burst of joins cannot pass it).
   */
  join(
    workshop: LiveWorkshop,
    displayName: string,
    teamId: string | undefined,
    maxParticipants = Number.POSITIVE_INFINITY,
  ): Promise<StoredParticipant | 'unknown_team' | 'workshop_full'> {
    return this.withWorkshop(workshop.id, async () => {
      if (workshop.participants.length >= maxParticipants) return 'workshop_full' as const;
      const teams = workshop.definition.teams;
      if (teamId !== undefined && !teams.some((t) => t.id === teamId)) return 'unknown_team' as const;
      const chosen =
        teamId ??
        assignTeam(
          teams.map((t) => t.id),
          workshop.participants,
        );
      const participant = await this.store.addParticipant(workshop.id, displayName, chosen);
      workshop.participants.push(participant);
      workshop.participantsById.set(participant.id, participant);
      const placed = placeLateJoiner(workshop.state, this.context(workshop), participant);
      if (placed !== workshop.state) await this.commit(workshop, placed);
      this.emit('roster', workshop);
      return participant;
    });
  }

  /**
   * A facilitator moves, renames or removes a person; a participant moves or
   * renames themselves. Every change reaches all facilitators (roster) and the
   * person's own screens (welcome); a removal also ends their token.
   */
  editRoster(actor: Actor, edit: RosterEdit): Promise<RosterOutcome> {
    return this.withWorkshop(actor.workshopId, async (workshop): Promise<RosterOutcome> => {
      if (!workshop || !mayEditRoster(actor.role, actor.participantId, edit)) return { ok: false, error: 'forbidden' };
      const participant = workshop.participantsById.get(edit.participantId);
      if (!participant) return { ok: false, error: 'not_found' };
      switch (edit.type) {
        case 'move': {
          if (edit.teamId !== null && !workshop.definition.teams.some((t) => t.id === edit.teamId))
            return { ok: false, error: 'unknown_team' };
          if (participant.teamId === edit.teamId) return { ok: true };
          await this.store.updateParticipant(participant.id, { teamId: edit.teamId });
          participant.teamId = edit.teamId;
          break;
        }
        case 'rename': {
          if (participant.displayName === edit.displayName) return { ok: true };
          await this.store.updateParticipant(participant.id, { displayName: edit.displayName });
          participant.displayName = edit.displayName;
          break;
        }
        case 'remove': {
          await this.store.removeParticipant(participant.id);
          workshop.participantsById.delete(participant.id);
          workshop.participants = workshop.participants.filter((p) => p.id !== participant.id);
          const next = withoutParticipant(workshop.state, participant.id);
          if (next !== workshop.state) await this.commit(workshop, next);
          break;
        }
      }
      this.emit('roster', workshop);
      if (edit.type === 'remove') this.emit('participantRemoved', workshop, participant.id);
      return { ok: true };
    });
  }

  /**
   * Saves an edited programme and carries the running session over (same
   * phase by id, members of removed teams moved); refused, with nothing
   * saved, when the edit would pull the session out from under people.
   */
  updateDefinition(
    workshop: LiveWorkshop,
    definition: WorkshopDefinition,
    memberMoves: MemberMoves = {},
  ): Promise<{ ok: true } | { ok: false; error: DefinitionEditError }> {
    return this.withWorkshop(workshop.id, async () => {
      const outcome = applyDefinitionEdit(
        workshop.definition,
        definition,
        workshop.state,
        workshop.participants,
        memberMoves,
      );
      if (!outcome.ok) return outcome;
      await this.store.saveDefinition(workshop.id, definition, outcome.members);
      workshop.definition = definition;
      for (const { participantId, teamId } of outcome.members) {
        const participant = workshop.participantsById.get(participantId);
        if (participant) participant.teamId = teamId;
      }
      if (outcome.state !== workshop.state) await this.commit(workshop, outcome.state);
      this.emit('definition', workshop);
      if (outcome.members.length > 0) this.emit('roster', workshop);
      return { ok: true as const };
    });
  }

  rotateFacilitatorSecret(workshop: LiveWorkshop): Promise<string> {
    return this.withWorkshop(workshop.id, async () => {
      const { secret, version } = await this.store.rotateFacilitatorSecret(workshop.id);
      workshop.facilitatorTokenVersion = version;
      this.emit('facilitatorRotated', workshop);
      return secret;
    });
  }

  /** Replaces the co-facilitator link; everyone who came in with the old one is signed out. */
  rotateCofacilitatorSecret(workshop: LiveWorkshop): Promise<string> {
    return this.withWorkshop(workshop.id, async () => {
      const { secret, version } = await this.store.rotateCofacilitatorSecret(workshop.id);
      workshop.tokenVersions.set('cofacilitator', version);
      this.emit('tokensRevoked', workshop);
      return secret;
    });
  }

  /** Signs out every screen that shows this projector; a new viewer token for it works again. */
  revokeProjector(workshop: LiveWorkshop, projectorId: string): Promise<void> {
    return this.revoke(workshop, tokenSubject('viewer', null, projectorId)!);
  }

  /**
   * Signs out every device this person joined with. The person stays (name,
   * team, what they wrote); a token signed afterwards lets them in again.
   */
  async revokeParticipantDevices(workshop: LiveWorkshop, participantId: string): Promise<boolean> {
    if (!workshop.participantsById.has(participantId)) return false;
    await this.revoke(workshop, tokenSubject('participant', participantId, null)!);
    return true;
  }

  /** The version a token for this holder is signed with now. */
  tokenVersion(workshop: LiveWorkshop, role: Role, participantId: string | null, projectorId: string | null): number {
    return currentTokenVersion(workshop, role, participantId, projectorId);
  }

  private revoke(workshop: LiveWorkshop, subject: string): Promise<void> {
    return this.withWorkshop(workshop.id, async () => {
      workshop.tokenVersions.set(subject, await this.store.bumpTokenVersion(workshop.id, subject));
      this.emit('tokensRevoked', workshop);
    });
  }
}
