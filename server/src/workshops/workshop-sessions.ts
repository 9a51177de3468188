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
import {
  loadLiveWorkshop,
  type Actor,
  type Announcement,
  type LiveWorkshop,
  type Origin,
  type SessionEvents,
  type WorkshopChange,
} from './live-workshop.js';
import { currentTokenVersion, tokenSubject } from './token-versions.js';
import type { StoredParticipant, WorkshopStore } from './workshop-store.js';

export type { Actor, Announcement, LiveWorkshop, Origin, WorkshopChange } from './live-workshop.js';

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
  /**
   * Tells the other nodes of a fleet about a saved change (cluster/workshop-bus.ts);
   * resolves once they have all followed it, and never rejects. Null when serving alone.
   */
  otherNodes: ((change: WorkshopChange) => Promise<void>) | null = null;

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
        // A change saved meanwhile may have put a newer copy in memory (adopt): that one stays.
        const current = this.live.get(workshopId);
        if (current) return current;
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

  private load(workshopId: string): Promise<LiveWorkshop | undefined> {
    return loadLiveWorkshop(this.store, workshopId);
  }

  async byJoinCode(joinCode: string): Promise<LiveWorkshop | undefined> {
    const stored = await this.store.byJoinCode(joinCode);
    return stored && this.get(stored.id);
  }

  /**
   * Reads a cached workshop again. With several nodes, a person who joined (or a
   * link replaced) on another node may connect here a moment before that node's
   * change message arrives; a token this copy refuses gets one fresh look
   * before it is refused. One node alone has nothing to catch up with.
   */
  async reread(workshopId: string): Promise<LiveWorkshop | undefined> {
    if (!this.otherNodes || !this.live.has(workshopId)) return this.get(workshopId);
    return this.queue.run(workshopId, async () => {
      const fresh = await this.load(workshopId);
      return fresh && this.live.has(workshopId) ? this.adopt(fresh) : this.live.get(workshopId);
    });
  }

  /** Drops a deleted workshop from memory, so no token for it authenticates any more. */
  forget(workshopId: string): void {
    this.live.delete(workshopId);
    this.loading.delete(workshopId);
  }

  /**
   * Runs `fn` once every change of this workshop asked for earlier has
   * finished, so read → reduce → save → broadcast of two commands never
   * interleave. Every change of a workshop goes through here, and nothing in
   * `fn` may call it again for the same workshop (it would wait for itself).
   *
   * On PostgreSQL other nodes change the same workshop: `fn` then runs in one
   * transaction that first locks the workshop's row and reads the current
   * workshop from the database, so two nodes take turns and neither loses the
   * other's change. That transaction may run again after a conflict, so `fn`
   * announces instead of emitting; the events go out once it has committed.
   */
  async withWorkshop<T>(
    workshopId: string,
    fn: (workshop: LiveWorkshop | undefined, announce: (a: Announcement) => void) => Promise<T>,
  ): Promise<T> {
    const { result, told } = await this.queue.run(workshopId, async () => {
      let announcements: Announcement[] = [];
      const announce = (a: Announcement) => void announcements.push(a);
      let workshop: LiveWorkshop | undefined;
      let result: T;
      if (this.store.dialect === 'postgres') {
        [result, workshop] = await this.store.inTransaction(async () => {
          announcements = [];
          const fresh = (await this.store.lockForUpdate(workshopId)) ? await this.load(workshopId) : undefined;
          return [await fn(fresh, announce), fresh] as const;
        });
        if (workshop) workshop = this.adopt(workshop);
      } else {
        workshop = await this.get(workshopId);
        result = await fn(workshop, announce);
      }
      if (!workshop || announcements.length === 0) return { result, told: undefined };
      for (const a of announcements) this.announceHere(workshop, a, 'here');
      return { result, told: this.tellOtherNodes({ workshopId, announcements }) };
    });
    // Awaited outside the chain: two nodes waiting for each other's confirmation must not hold up the other's change.
    await told;
    return result;
  }

  /** A freshly read workshop replaces the cached one's contents, so whoever holds that object sees the change. */
  private adopt(fresh: LiveWorkshop): LiveWorkshop {
    const cached = this.live.get(fresh.id);
    if (!cached) {
      this.live.set(fresh.id, fresh);
      return fresh;
    }
    return Object.assign(cached, fresh);
  }

  private announceHere(workshop: LiveWorkshop, a: Announcement, origin: Origin): void {
    if (a.event === 'participantRemoved') this.emit('participantRemoved', workshop, a.participantId, origin);
    else this.emit(a.event, workshop, origin);
  }

  /**
   * Another node saved a change of this workshop: the cached copy is read
   * again (in turn with this node's own changes), and this node's listeners
   * follow with origin 'elsewhere'. Not cached here means nothing here holds it.
   */
  applyRemote(change: WorkshopChange): Promise<void> {
    const { workshopId } = change;
    const held = () => this.live.has(workshopId) || this.loading.has(workshopId);
    if (!held()) return Promise.resolve();
    return this.queue.run(workshopId, async () => {
      const fresh = await this.load(workshopId);
      if (!fresh) {
        this.forget(workshopId);
        return;
      }
      if (!held()) return;
      const workshop = this.adopt(fresh);
      for (const a of change.announcements) this.announceHere(workshop, a, 'elsewhere');
    });
  }

  /** Tells other nodes that this workshop was deleted (they forget it and close what they hold of it). */
  announceDeleted(workshopId: string, boardIds: string[]): Promise<void> {
    return this.tellOtherNodes({ workshopId, announcements: [], deletedBoards: boardIds });
  }

  /**
   * A change that ends someone's access (revocation, removal, a new facilitator
   * link, deletion) is confirmed by every other node before the caller hears of
   * success, so no node still admits the old token afterwards; other changes
   * are sent without waiting (their broadcast already reached every screen).
   */
  private async tellOtherNodes(change: WorkshopChange): Promise<void> {
    if (!this.otherNodes) return;
    const sent = this.otherNodes(change);
    const endsAccess =
      change.deletedBoards !== undefined ||
      change.announcements.some((a) => a.event !== 'state' && a.event !== 'roster' && a.event !== 'definition');
    if (endsAccess) await sent;
  }

  private context(workshop: LiveWorkshop): SessionContext {
    return { definition: workshop.definition, participants: workshop.participants, now: this.now() };
  }

  /** Saved before memory changes, so a failed write leaves the session as everyone last saw it. */
  private async commit(
    workshop: LiveWorkshop,
    state: SessionState,
    announce: (a: Announcement) => void,
  ): Promise<void> {
    await this.store.saveState(workshop.id, state);
    workshop.state = state;
    announce({ event: 'state' });
  }

  command(actor: Actor, command: SessionCommand): Promise<CommandOutcome> {
    return this.withWorkshop(actor.workshopId, async (workshop, announce): Promise<CommandOutcome> => {
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
      await this.commit(workshop, result.state, announce);
      return { ok: true };
    });
  }

  /**
   * Adds a participant to the team asked for, or by the assignment rule (assignTeam) when none is given;
   * refused once the workshop has `maxParticipants` (checked in turn, so a burst of joins cannot pass it).
   */
  join(
    { id }: LiveWorkshop,
    displayName: string,
    teamId: string | undefined,
    maxParticipants = Number.POSITIVE_INFINITY,
  ): Promise<StoredParticipant | 'unknown_team' | 'workshop_full'> {
    return this.withWorkshop(id, async (workshop, announce) => {
      if (!workshop) throw new WorkshopGone(id);
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
      if (placed !== workshop.state) await this.commit(workshop, placed, announce);
      announce({ event: 'roster' });
      return participant;
    });
  }

  /**
   * A facilitator moves, renames or removes a person; a participant moves or
   * renames themselves. Every change reaches all facilitators (roster) and the
   * person's own screens (welcome); a removal also ends their token.
   */
  editRoster(actor: Actor, edit: RosterEdit): Promise<RosterOutcome> {
    return this.withWorkshop(actor.workshopId, async (workshop, announce): Promise<RosterOutcome> => {
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
          if (next !== workshop.state) await this.commit(workshop, next, announce);
          break;
        }
      }
      announce({ event: 'roster' });
      if (edit.type === 'remove') announce({ event: 'participantRemoved', participantId: participant.id });
      return { ok: true };
    });
  }

  /**
   * Saves an edited programme and carries the running session over (same
   * phase by id, members of removed teams moved); refused, with nothing
   * saved, when the edit would pull the session out from under people.
   */
  updateDefinition(
    { id }: LiveWorkshop,
    definition: WorkshopDefinition,
    memberMoves: MemberMoves = {},
  ): Promise<{ ok: true } | { ok: false; error: DefinitionEditError }> {
    return this.withWorkshop(id, async (workshop, announce) => {
      if (!workshop) throw new WorkshopGone(id);
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
      if (outcome.state !== workshop.state) await this.commit(workshop, outcome.state, announce);
      announce({ event: 'definition' });
      if (outcome.members.length > 0) announce({ event: 'roster' });
      return { ok: true as const };
    });
  }

  rotateFacilitatorSecret({ id }: LiveWorkshop): Promise<string> {
    return this.withWorkshop(id, async (workshop, announce) => {
      if (!workshop) throw new WorkshopGone(id);
      const { secret, version } = await this.store.rotateFacilitatorSecret(workshop.id);
      workshop.facilitatorTokenVersion = version;
      announce({ event: 'facilitatorRotated' });
      return secret;
    });
  }

  /** Replaces the co-facilitator link; everyone who came in with the old one is signed out. */
  rotateCofacilitatorSecret({ id }: LiveWorkshop): Promise<string> {
    return this.withWorkshop(id, async (workshop, announce) => {
      if (!workshop) throw new WorkshopGone(id);
      const { secret, version } = await this.store.rotateCofacilitatorSecret(workshop.id);
      workshop.tokenVersions.set('cofacilitator', version);
      announce({ event: 'tokensRevoked' });
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

  private revoke({ id }: LiveWorkshop, subject: string): Promise<void> {
    return this.withWorkshop(id, async (workshop, announce) => {
      if (!workshop) throw new WorkshopGone(id);
      workshop.tokenVersions.set(subject, await this.store.bumpTokenVersion(workshop.id, subject));
      announce({ event: 'tokensRevoked' });
    });
  }
}

/** The workshop was deleted while a change of it waited its turn. */
export class WorkshopGone extends Error {
  constructor(workshopId: string) {
    super(`workshop ${workshopId} no longer exists`);
  }
}
