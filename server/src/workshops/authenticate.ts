import type { TokenIssuer } from './tokens.js';
import type { Actor, WorkshopSessions } from './workshop-sessions.js';

/**
 * Resolves a bearer token to who is acting, checked against the current
 * state: a replaced facilitator link or an unknown participant is refused.
 * Every channel (HTTP, socket.io, Yjs) goes through here.
 */
export async function authenticate(
  tokens: TokenIssuer,
  sessions: WorkshopSessions,
  token: string | undefined,
): Promise<Actor | null> {
  if (!token) return null;
  const claims = await tokens.verify(token);
  if (!claims) return null;
  const workshop = sessions.get(claims.wid);
  if (!workshop) return null;
  if (claims.role === 'facilitator' && claims.ver !== workshop.facilitatorTokenVersion) return null;
  const base = { workshopId: workshop.id, role: claims.role, projectorId: null, participantId: null, teamId: null };
  switch (claims.role) {
    case 'participant': {
      const participant = claims.pid ? workshop.participantsById.get(claims.pid) : undefined;
      if (!participant) return null;
      return {
        ...base,
        participantId: participant.id,
        teamId: participant.teamId,
        displayName: participant.displayName,
      };
    }
    case 'viewer':
      return { ...base, projectorId: claims.prj ?? null, displayName: null };
    default:
      return { ...base, displayName: null };
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = header && /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : undefined;
}
