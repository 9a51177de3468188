import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  API_PREFIX,
  canFacilitate,
  retentionUpdateBodySchema,
  workshopIdSchema,
  type RetentionInfo,
  type Role,
} from '@mutopia/shared';
import { HttpError } from '../http/errors.js';
import { authenticate, bearerToken } from '../workshops/authenticate.js';
import { deleteWorkshop } from './delete-workshop.js';
import type { KeptResultsStore } from './kept-results.js';
import { deletionDateOf } from './retention-sweep.js';

const workshopParams = z.object({ workshopId: workshopIdSchema });

/** Deleting a workshop by hand, and what the console shows about its automatic deletion (see docs/protocol.md). */
export function deleteRoutes(kept: KeptResultsStore, retentionDays: number) {
  return async (app: FastifyInstance): Promise<void> => {
    const { tokens, sessions } = app.workshops;

    async function requireRole(request: FastifyRequest, allowed: (role: Role) => boolean): Promise<string> {
      const { workshopId } = workshopParams.parse(request.params);
      const actor = await authenticate(tokens, sessions, bearerToken(request.headers.authorization));
      if (!actor || actor.workshopId !== workshopId)
        throw new HttpError(401, 'unauthorized', 'A valid token for this workshop is required.');
      if (!allowed(actor.role)) throw new HttpError(403, 'forbidden', 'Your role may not do this.');
      return workshopId;
    }

    const info = async (workshopId: string): Promise<RetentionInfo> => ({
      retentionDays,
      deleteOn: await deletionDateOf(app, workshopId, retentionDays),
      keepResults: await kept.keepResults(workshopId),
    });

    // Only the holder of the facilitator link: deleting cannot be undone.
    app.delete(`${API_PREFIX}/workshops/:workshopId`, async (request) => {
      const workshopId = await requireRole(request, (role) => role === 'facilitator');
      if (!(await deleteWorkshop(app, workshopId))) throw new HttpError(404, 'not_found', 'No workshop with this id.');
      return { deleted: true };
    });

    app.get(`${API_PREFIX}/workshops/:workshopId/retention`, async (request) =>
      info(await requireRole(request, canFacilitate)),
    );

    app.put(`${API_PREFIX}/workshops/:workshopId/retention`, async (request) => {
      const workshopId = await requireRole(request, (role) => role === 'facilitator');
      const { keepResults } = retentionUpdateBodySchema.parse(request.body);
      await kept.setKeepResults(workshopId, keepResults);
      return info(workshopId);
    });
  };
}
