import type { Role } from '@mutopia/shared';

/**
 * Which revocable holder a token belongs to. The facilitator link keeps its
 * version on the workshop row (null here); everyone else has a row in
 * `token_versions` under this name once revoked.
 */
export function tokenSubject(role: Role, participantId: string | null, projectorId: string | null): string | null {
  switch (role) {
    case 'facilitator':
      return null;
    case 'cofacilitator':
      return 'cofacilitator';
    case 'viewer':
      return `projector:${projectorId ?? ''}`;
    case 'participant':
      return `participant:${participantId ?? ''}`;
  }
}

export interface VersionedWorkshop {
  facilitatorTokenVersion: number;
  /** Subject → version; a subject never revoked is absent (version 0). */
  tokenVersions: Map<string, number>;
  participantsById: Map<string, unknown>;
}

/** The version a token of this holder must carry to be valid now. */
export function currentTokenVersion(
  workshop: VersionedWorkshop,
  role: Role,
  participantId: string | null,
  projectorId: string | null,
): number {
  const subject = tokenSubject(role, participantId, projectorId);
  return subject === null ? workshop.facilitatorTokenVersion : (workshop.tokenVersions.get(subject) ?? 0);
}

/**
 * True when a token (as resolved into who it acts for, with the version it was
 * signed with) no longer works: its holder was revoked, or the person removed.
 * Tokens signed before versions existed carry none, which reads as 0.
 */
export function isRevoked(
  workshop: VersionedWorkshop | undefined,
  holder: { role: Role; participantId: string | null; projectorId: string | null; tokenVersion: number },
): boolean {
  if (!workshop) return true;
  if (holder.role === 'participant' && (!holder.participantId || !workshop.participantsById.has(holder.participantId)))
    return true;
  return holder.tokenVersion !== currentTokenVersion(workshop, holder.role, holder.participantId, holder.projectorId);
}
