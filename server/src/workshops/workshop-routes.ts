import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  API_PREFIX,
  ARCHIVE_MAX_BYTES,
  canFacilitate,
  createWorkshopBodySchema,
  facilitatorLoginBodySchema,
  findTemplate,
  joinBodySchema,
  joinCodeSchema,
  updateDefinitionBodySchema,
  viewerTokenBodySchema,
  workshopIdSchema,
  type CreatedWorkshop,
  type DefinitionEditError,
  type JoinInfo,
  type Joined,
  type Role,
  type TokenResponse,
  type WorkshopView,
} from '@mutopia/shared';
import type { Config } from '../config.js';
import { HttpError } from '../http/errors.js';
import { ConnectLimiter } from '../yjs/connect-limiter.js';
import { requireWorkshopActor } from './authenticate.js';
import { secretMatches } from './secrets.js';
import type { LiveWorkshop } from './workshop-sessions.js';

const workshopParams = z.object({ workshopId: workshopIdSchema });
const joinParams = z.object({ code: joinCodeSchema });

/**
 * Wrong login guesses per workshop: a bucket of 20 refilled at 20 a minute. Only
 * failures count, and a right secret always gets in (secrets carry 256 bits, so
 * guessing is hopeless anyway): someone on the venue wifi cannot lock the
 * facilitators out, and a per-address limit would lock out everyone behind its NAT.
 */
const LOGIN_FAILURES = { burst: 20, perSecond: 20 / 60 };
/** Looking up a code is cheap; 31^6 join codes still cannot be enumerated at this rate. */
const JOIN_LOOKUP_LIMIT = { config: { rateLimit: { max: 600, timeWindow: 60_000 } } };
const PRUNE_INTERVAL_MS = 60_000;

const EDIT_REFUSED: Record<DefinitionEditError, string> = {
  current_phase_removed: 'The session is in this phase: move on (or back) before removing it.',
  team_removed_in_rotation: 'A rotation is running: removing a team would move every team after it to another room.',
  unknown_team: 'Members can only move to a team the programme keeps.',
};

export async function workshopRoutes(app: FastifyInstance, { config }: { config: Config }): Promise<void> {
  const { store, sessions, tokens } = app.workshops;
  const loginFailures = new ConnectLimiter(LOGIN_FAILURES);
  // Joins per address: the burst lets a room behind one NAT join at once, the refill stops a flood.
  const joins = app.createLimiter('joins', { burst: config.JOIN_BURST, perSecond: config.JOINS_PER_SECOND });
  const prune = setInterval(() => {
    joins.prune();
    loginFailures.prune();
  }, PRUNE_INTERVAL_MS);
  prune.unref();
  app.addHook('onClose', async () => clearInterval(prune));

  const requireActor = (request: FastifyRequest, allowed: (role: Role) => boolean) =>
    requireWorkshopActor(app, request, allowed);

  const view = async (workshop: LiveWorkshop): Promise<WorkshopView> => ({
    id: workshop.id,
    joinCode: workshop.joinCode,
    definition: workshop.definition,
    boards: await app.boards.stationBoards(workshop.id),
    createdAt: workshop.createdAt.toISOString(),
  });

  app.post(
    `${API_PREFIX}/workshops`,
    // An archive carries every board's content, so it may be far larger than other bodies.
    { config: { rateLimit: { max: 10, timeWindow: 60_000 } }, bodyLimit: ARCHIVE_MAX_BYTES },
    async (request, reply) => {
      const body = createWorkshopBodySchema.parse(request.body);
      if ('archive' in body) return reply.status(201).send(await app.results.importArchive(body.archive));
      let definition;
      if ('definition' in body) definition = body.definition;
      else {
        const template = findTemplate(body.templateId);
        if (!template) throw new HttpError(400, 'bad_request', `No template ${body.templateId}.`);
        definition = template.build(body.params, body.locale);
      }
      const created = await store.create(definition);
      const result: CreatedWorkshop = {
        workshopId: created.workshop.id,
        joinCode: created.workshop.joinCode,
        facilitatorSecret: created.facilitatorSecret,
        cofacilitatorSecret: created.cofacilitatorSecret,
      };
      return reply.status(201).send(result);
    },
  );

  app.post(`${API_PREFIX}/workshops/:workshopId/login`, async (request) => {
    const { workshopId } = workshopParams.parse(request.params);
    const { secret } = facilitatorLoginBodySchema.parse(request.body);
    const stored = await store.get(workshopId);
    const workshop = await sessions.get(workshopId);
    if (!stored || !workshop) throw new HttpError(404, 'not_found', 'No workshop with this id.');
    let response: TokenResponse;
    if (secretMatches(secret, stored.facilitatorSecretHash)) {
      const token = await tokens.sign({ wid: workshopId, role: 'facilitator', ver: workshop.facilitatorTokenVersion });
      response = { token, role: 'facilitator' };
    } else if (secretMatches(secret, stored.cofacilitatorSecretHash)) {
      const ver = sessions.tokenVersion(workshop, 'cofacilitator', null, null);
      response = { token: await tokens.sign({ wid: workshopId, role: 'cofacilitator', ver }), role: 'cofacilitator' };
    } else if (!loginFailures.tryConnect(workshopId)) {
      throw new HttpError(429, 'rate_limited', 'Too many wrong secrets for this workshop; try again in a minute.');
    } else {
      throw new HttpError(401, 'unauthorized', 'This link is not (or no longer) valid.');
    }
    return response;
  });

  app.get(`${API_PREFIX}/workshops/:workshopId`, async (request) => {
    const [, workshop] = await requireActor(request, () => true);
    return await view(workshop);
  });

  app.put(`${API_PREFIX}/workshops/:workshopId/definition`, async (request) => {
    const [, workshop] = await requireActor(request, canFacilitate);
    const { definition, memberMoves } = updateDefinitionBodySchema.parse(request.body);
    const outcome = await sessions.updateDefinition(workshop, definition, memberMoves);
    if (!outcome.ok) throw new HttpError(409, outcome.error, EDIT_REFUSED[outcome.error]);
    return await view(workshop);
  });

  app.post(`${API_PREFIX}/workshops/:workshopId/facilitator-secret`, async (request) => {
    const [, workshop] = await requireActor(request, (role) => role === 'facilitator');
    return { facilitatorSecret: await sessions.rotateFacilitatorSecret(workshop) };
  });

  app.post(`${API_PREFIX}/workshops/:workshopId/viewer-token`, async (request) => {
    const [, workshop] = await requireActor(request, canFacilitate);
    const { projectorId } = viewerTokenBodySchema.parse(request.body);
    const response: TokenResponse = {
      token: await tokens.sign({
        wid: workshop.id,
        role: 'viewer',
        prj: projectorId,
        ver: sessions.tokenVersion(workshop, 'viewer', null, projectorId),
      }),
      role: 'viewer',
    };
    return response;
  });

  app.get(`${API_PREFIX}/workshops/:workshopId/export`, async (request, reply) => {
    const [, workshop] = await requireActor(request, canFacilitate);
    const name = workshop.definition.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'workshop';
    return reply
      .header('Content-Disposition', `attachment; filename="${encodeURIComponent(name)}.mutopia.json"`)
      .send(workshop.definition);
  });

  app.get(`${API_PREFIX}/join/:code`, JOIN_LOOKUP_LIMIT, async (request) => {
    const { code } = joinParams.parse(request.params);
    const workshop = await sessions.byJoinCode(code);
    if (!workshop) throw new HttpError(404, 'not_found', 'No workshop with this code.');
    const info: JoinInfo = {
      workshopId: workshop.id,
      title: workshop.definition.title,
      locale: workshop.definition.locale,
      teams: workshop.definition.teams,
    };
    return info;
  });

  app.post(`${API_PREFIX}/join/:code`, async (request, reply) => {
    if (!(await joins.take(request.ip)))
      throw new HttpError(429, 'rate_limited', 'Too many joins from this address; try again in a few seconds.');
    const { code } = joinParams.parse(request.params);
    const body = joinBodySchema.parse(request.body);
    const workshop = await sessions.byJoinCode(code);
    if (!workshop) throw new HttpError(404, 'not_found', 'No workshop with this code.');
    const participant = await sessions.join(
      workshop,
      body.displayName,
      body.teamId,
      config.MAX_PARTICIPANTS_PER_WORKSHOP,
    );
    if (participant === 'workshop_full')
      throw new HttpError(409, 'workshop_full', 'This workshop has as many participants as the server allows.');
    if (participant === 'unknown_team') throw new HttpError(400, 'bad_request', 'No such team in this workshop.');
    const joined: Joined = {
      token: await tokens.sign({
        wid: workshop.id,
        role: 'participant',
        pid: participant.id,
        ver: sessions.tokenVersion(workshop, 'participant', participant.id, null),
      }),
      workshopId: workshop.id,
      participantId: participant.id,
      teamId: participant.teamId,
    };
    return reply.status(201).send(joined);
  });
}
