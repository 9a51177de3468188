import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { workshopIdSchema, type Role } from '@mutopia/shared';
import { HttpError } from '../http/errors.js';
import type { TokenIssuer } from './tokens.js';
import { isRevoked } from './token-versions.js';
import type { Actor, LiveWorkshop, WorkshopSessions } from './workshop-sessions.js';

/**
 * Resolves a bearer token to who is acting, checked against the current
 * state: a replaced link, a revoked projector or device, or a removed
 * participant is refused. Every channel (HTTP, socket.io, Yjs) goes through here.
 */
export async function authenticate(
  tokens: TokenIssuer,
  sessions: WorkshopSessions,
  token: string | undefined,
): Promise<Actor | null> {
  if (!token) return null;
  const claims = await tokens.verify(token);
  if (!claims) return null;
  const holder = {
    role: claims.role,
    participantId: claims.role === 'participant' ? (claims.pid ?? null) : null,
    projectorId: claims.role === 'viewer' ? (claims.prj ?? null) : null,
    tokenVersion: claims.ver ?? 0,
  };
  let workshop = await sessions.get(claims.wid);
  // This node's copy may lag behind another node's change (a join there a moment ago).
  if (workshop && isRevoked(workshop, holder)) workshop = await sessions.reread(claims.wid);
  if (!workshop || isRevoked(workshop, holder)) return null;
  const base = { ...holder, workshopId: workshop.id, teamId: null };
  if (claims.role === 'participant') {
    const participant = workshop.participantsById.get(holder.participantId!)!;
    return { ...base, teamId: participant.teamId, displayName: participant.displayName };
  }
  return { ...base, displayName: null };
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = header && /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : undefined;
}

/**
 * A token that `authenticate` refused but that was genuinely issued for a workshop that no longer exists:
 * the workshop was deleted (a screen that was offline or loading at that moment learns it this way).
 */
export async function isDeletedWorkshopToken(
  tokens: TokenIssuer,
  sessions: WorkshopSessions,
  token: string | undefined,
  workshopId?: string,
): Promise<boolean> {
  const claims = token ? await tokens.verify(token) : null;
  if (!claims || (workshopId !== undefined && claims.wid !== workshopId)) return false;
  return !(await sessions.get(claims.wid));
}

export function workshopDeletedError(): HttpError {
  return new HttpError(410, 'workshop_deleted', 'This workshop was deleted.');
}

const workshopParams = z.object({ workshopId: workshopIdSchema });

/** The actor of a request to `/api/workshops/:workshopId/…`: 401 without a valid token for it, 403 for a role not allowed. */
export async function requireWorkshopActor(
  app: FastifyInstance,
  request: FastifyRequest,
  allowed: (role: Role) => boolean,
): Promise<[Actor, LiveWorkshop]> {
  const { tokens, sessions } = app.workshops;
  const { workshopId } = workshopParams.parse(request.params);
  const token = bearerToken(request.headers.authorization);
  const actor = await authenticate(tokens, sessions, token);
  if (!actor || actor.workshopId !== workshopId) {
    if (await isDeletedWorkshopToken(tokens, sessions, token, workshopId)) throw workshopDeletedError();
    throw new HttpError(401, 'unauthorized', 'A valid token for this workshop is required.');
  }
  if (!allowed(actor.role)) throw new HttpError(403, 'forbidden', 'Your role may not do this.');
  const workshop = await sessions.get(workshopId);
  // Deleted between the token check and here.
  if (!workshop) throw workshopDeletedError();
  return [actor, workshop];
}
