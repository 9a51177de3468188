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
 * through the reducer in shared/, is written to SQLite, and is announced as an
 * event for the session channel to broadcast.
 */
export class WorkshopSessions extends EventEmitter<SessionEvents> {
  private readonly live = new Map<string, LiveWorkshop>();

  constructor(
    private readonly store: WorkshopStore,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  get(workshopId: string): LiveWorkshop | undefined {
    const cached = this.live.get(workshopId);
    if (cached) return cached;
    const stored = this.store.get(workshopId);
    if (!stored) return undefined;
    const participants = this.store.participants(workshopId);
    const workshop: LiveWorkshop = {
      id: stored.id,
      joinCode: stored.joinCode,
      definition: stored.definition,
      state: stored.state,
      facilitatorTokenVersion: stored.facilitatorTokenVersion,
      tokenVersions: this.store.tokenVersions(workshopId),
      createdAt: stored.createdAt,
      participants,
      participantsById: new Map(participants.map((p) => [p.id, p])),
    };
    this.live.set(workshopId, workshop);
    return workshop;
  }

  byJoinCode(joinCode: string): LiveWorkshop | undefined {
    const stored = this.store.byJoinCode(joinCode);
    return stored && this.get(stored.id);
  }

  /** Drops a deleted workshop from memory, so no token for it authenticates any more. */
  forget(workshopId: string): void {
    this.live.delete(workshopId);
  }

  private context(workshop: LiveWorkshop): SessionContext {
    return { definition: workshop.definition, participants: workshop.participants, now: this.now() };
  }

  private commit(workshop: LiveWorkshop, state: SessionState): void {
    this.store.saveState(workshop.id, state);
    workshop.state = state;
    this.emit('state', workshop);
  }

  command(actor: Actor, command: SessionCommand): CommandOutcome {
    const workshop = this.get(actor.workshopId);
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
    this.commit(workshop, result.state);
    return { ok: true };
  }

  /** Adds a participant to the team asked for, or by the assignment rule (assignTeam) when none is given. */
  join(workshop: LiveWorkshop, displayName: string, teamId: string | undefined): StoredParticipant | 'unknown_team' {
    const teams = workshop.definition.teams;
    if (teamId !== undefined && !teams.some((t) => t.id === teamId)) return 'unknown_team';
    const chosen =
      teamId ??
      assignTeam(
        teams.map((t) => t.id),
        workshop.participants,
      );
    const participant = this.store.addParticipant(workshop.id, displayName, chosen);
    workshop.participants.push(participant);
    workshop.participantsById.set(participant.id, participant);
    const placed = placeLateJoiner(workshop.state, this.context(workshop), participant);
    if (placed !== workshop.state) this.commit(workshop, placed);
    this.emit('roster', workshop);
    return participant;
  }

  /**
   * A facilitator moves, renames or removes a person; a participant moves or
   * renames themselves. Every change reaches all facilitators (roster) and the
   * person's own screens (welcome); a removal also ends their token.
   */
  editRoster(actor: Actor, edit: RosterEdit): RosterOutcome {
    const workshop = this.get(actor.workshopId);
    if (!workshop || !mayEditRoster(actor.role, actor.participantId, edit)) return { ok: false, error: 'forbidden' };
    const participant = workshop.participantsById.get(edit.participantId);
    if (!participant) return { ok: false, error: 'not_found' };
    switch (edit.type) {
      case 'move': {
        if (edit.teamId !== null && !workshop.definition.teams.some((t) => t.id === edit.teamId))
          return { ok: false, error: 'unknown_team' };
        if (participant.teamId === edit.teamId) return { ok: true };
        this.store.updateParticipant(participant.id, { teamId: edit.teamId });
        participant.teamId = edit.teamId;
        break;
      }
      case 'rename': {
        if (participant.displayName === edit.displayName) return { ok: true };
        this.store.updateParticipant(participant.id, { displayName: edit.displayName });
        participant.displayName = edit.displayName;
        break;
      }
      case 'remove': {
        this.store.removeParticipant(participant.id);
        workshop.participantsById.delete(participant.id);
        workshop.participants = workshop.participants.filter((p) => p.id !== participant.id);
        const next = withoutParticipant(workshop.state, participant.id);
        if (next !== workshop.state) this.commit(workshop, next);
        break;
      }
    }
    this.emit('roster', workshop);
    if (edit.type === 'remove') this.emit('participantRemoved', workshop, participant.id);
    return { ok: true };
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
  ): { ok: true } | { ok: false; error: DefinitionEditError } {
    const outcome = applyDefinitionEdit(
      workshop.definition,
      definition,
      workshop.state,
      workshop.participants,
      memberMoves,
    );
    if (!outcome.ok) return outcome;
    this.store.saveDefinition(workshop.id, definition);
    this.store.setTeams(outcome.members);
    workshop.definition = definition;
    for (const { participantId, teamId } of outcome.members) {
      const participant = workshop.participantsById.get(participantId);
      if (participant) participant.teamId = teamId;
    }
    if (outcome.state !== workshop.state) this.commit(workshop, outcome.state);
    this.emit('definition', workshop);
    if (outcome.members.length > 0) this.emit('roster', workshop);
    return { ok: true };
  }

  rotateFacilitatorSecret(workshop: LiveWorkshop): string {
    const { secret, version } = this.store.rotateFacilitatorSecret(workshop.id);
    workshop.facilitatorTokenVersion = version;
    this.emit('facilitatorRotated', workshop);
    return secret;
  }

  /** Replaces the co-facilitator link; everyone who came in with the old one is signed out. */
  rotateCofacilitatorSecret(workshop: LiveWorkshop): string {
    const { secret, version } = this.store.rotateCofacilitatorSecret(workshop.id);
    workshop.tokenVersions.set('cofacilitator', version);
    this.emit('tokensRevoked', workshop);
    return secret;
  }

  /** Signs out every screen that shows this projector; a new viewer token for it works again. */
  revokeProjector(workshop: LiveWorkshop, projectorId: string): void {
    this.revoke(workshop, tokenSubject('viewer', null, projectorId)!);
  }

  /**
   * Signs out every device this person joined with. The person stays (name,
   * team, what they wrote); a token signed afterwards lets them in again.
   */
  revokeParticipantDevices(workshop: LiveWorkshop, participantId: string): boolean {
    if (!workshop.participantsById.has(participantId)) return false;
    this.revoke(workshop, tokenSubject('participant', participantId, null)!);
    return true;
  }

  /** The version a token for this holder is signed with now. */
  tokenVersion(workshop: LiveWorkshop, role: Role, participantId: string | null, projectorId: string | null): number {
    return currentTokenVersion(workshop, role, participantId, projectorId);
  }

  private revoke(workshop: LiveWorkshop, subject: string): void {
    workshop.tokenVersions.set(subject, this.store.bumpTokenVersion(workshop.id, subject));
    this.emit('tokensRevoked', workshop);
  }
}
