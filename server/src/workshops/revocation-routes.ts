import type { FastifyInstance } from 'fastify';
import {
  API_PREFIX,
  canFacilitate,
  participantParamsSchema,
  projectorParamsSchema,
  type ParticipantRelink,
  type RotatedCofacilitatorSecret,
} from '@mutopia/shared';
import { HttpError } from '../http/errors.js';
import { requireWorkshopActor } from './authenticate.js';

/**
 * Cutting off one holder of access (issue 12 §4). WorkshopSessions bumps the
 * holder's token version and announces `tokensRevoked`; the socket.io channel
 * and the Yjs endpoint then close what the old tokens had open.
 */
export async function revocationRoutes(app: FastifyInstance): Promise<void> {
  const { sessions, tokens } = app.workshops;

  // Like replacing the facilitator link: only its holder may cut the co-facilitators off.
  app.post(`${API_PREFIX}/workshops/:workshopId/cofacilitator-secret`, async (request) => {
    const [, workshop] = await requireWorkshopActor(app, request, (role) => role === 'facilitator');
    const response: RotatedCofacilitatorSecret = {
      cofacilitatorSecret: await sessions.rotateCofacilitatorSecret(workshop),
    };
    return response;
  });

  app.post(`${API_PREFIX}/workshops/:workshopId/projectors/:projectorId/revoke`, async (request, reply) => {
    const [, workshop] = await requireWorkshopActor(app, request, canFacilitate);
    const { projectorId } = projectorParamsSchema.parse(request.params);
    await sessions.revokeProjector(workshop, projectorId);
    return reply.status(204).send();
  });

  app.post(`${API_PREFIX}/workshops/:workshopId/participants/:participantId/revoke`, async (request) => {
    const [, workshop] = await requireWorkshopActor(app, request, canFacilitate);
    const { participantId } = participantParamsSchema.parse(request.params);
    if (!(await sessions.revokeParticipantDevices(workshop, participantId)))
      throw new HttpError(404, 'not_found', 'No such person in this workshop.');
    const ver = sessions.tokenVersion(workshop, 'participant', participantId, null);
    const response: ParticipantRelink = {
      participantId,
      token: await tokens.sign({ wid: workshop.id, role: 'participant', pid: participantId, ver }),
    };
    return response;
  });
}
