import type { Role, SessionState, WorkshopDefinition } from '@mutopia/shared';
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

/**
 * Where a change was made: 'here' (this node saved it; its listeners also
 * broadcast it, which reaches every node through the socket.io adapter) or
 * 'elsewhere' (another node saved it; only what this node holds itself, its
 * own sockets and board connections, still has to follow).
 */
export type Origin = 'here' | 'elsewhere';

export interface SessionEvents {
  state: [workshop: LiveWorkshop, origin: Origin];
  roster: [workshop: LiveWorkshop, origin: Origin];
  definition: [workshop: LiveWorkshop, origin: Origin];
  facilitatorRotated: [workshop: LiveWorkshop, origin: Origin];
  /** After the roster event: this person's token no longer works, and what it opened must close. */
  participantRemoved: [workshop: LiveWorkshop, participantId: string, origin: Origin];
  /** A co-facilitator link, a projector or a person's devices were revoked: what their old tokens opened must close. */
  tokensRevoked: [workshop: LiveWorkshop, origin: Origin];
}

/** One event of a saved change, as it travels to the other nodes. */
export type Announcement =
  | { event: 'state' | 'roster' | 'definition' | 'facilitatorRotated' | 'tokensRevoked' }
  | { event: 'participantRemoved'; participantId: string };

export interface WorkshopChange {
  workshopId: string;
  announcements: Announcement[];
  /** Set when the workshop was deleted: its station boards, which other nodes may still host. */
  deletedBoards?: string[];
}

/** Reads a workshop with its people and revoked token versions from the store. */
export async function loadLiveWorkshop(store: WorkshopStore, workshopId: string): Promise<LiveWorkshop | undefined> {
  const stored = await store.get(workshopId);
  if (!stored) return undefined;
  const [participants, tokenVersions] = await Promise.all([
    store.participants(workshopId),
    store.tokenVersions(workshopId),
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
