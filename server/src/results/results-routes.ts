import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  API_PREFIX,
  attachmentHeader,
  canFacilitate,
  exportFileName,
  resultsCsv,
  resultsCsvTableSchema,
  resultsMarkdown,
  workshopIdSchema,
  type Publication,
  type ResultsCsvTable,
  type WorkshopResults,
} from '@mutopia/shared';
import { HttpError } from '../http/errors.js';
import { authenticate, bearerToken } from '../workshops/authenticate.js';
import { PublishKeys } from './publish-key.js';

const workshopParams = z.object({ workshopId: workshopIdSchema });
const publicParams = z.object({
  workshopId: workshopIdSchema,
  // The key, optionally with the export's extension: keys are base64url, so a dot cannot be part of one.
  key: z.string().regex(/^[A-Za-z0-9_-]{22}(\.(md|csv))?$/),
});
const csvQuery = z.object({ table: resultsCsvTableSchema.default('ships') });

/** A venue's whole audience may open the public page from one address. */
const PUBLIC_LIMIT = { config: { rateLimit: { max: 600, timeWindow: 60_000 } } };

function sendResults(
  reply: FastifyReply,
  results: WorkshopResults,
  format: 'json' | 'md' | 'csv',
  table: ResultsCsvTable,
): FastifyReply {
  // A withdrawn page must disappear at once, so nothing along the way may keep a copy.
  reply.header('Cache-Control', 'no-store');
  if (format === 'md') {
    return reply
      .type('text/markdown; charset=utf-8')
      .header('Content-Disposition', attachmentHeader(exportFileName(results.workshop.title, '.md')))
      .send(resultsMarkdown(results));
  }
  if (format === 'csv') {
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', attachmentHeader(exportFileName(results.workshop.title, `-${table}.csv`)))
      .send(resultsCsv(results, table));
  }
  return reply.send(results);
}

/** The results page's data, its exports, the archive and publishing (see docs/protocol.md). */
export async function resultsRoutes(app: FastifyInstance): Promise<void> {
  const { tokens, sessions } = app.workshops;
  const keys = new PublishKeys(tokens);

  async function facilitatorWorkshop(request: FastifyRequest): Promise<string> {
    const { workshopId } = workshopParams.parse(request.params);
    const actor = await authenticate(tokens, sessions, bearerToken(request.headers.authorization));
    if (!actor || actor.workshopId !== workshopId)
      throw new HttpError(401, 'unauthorized', 'A valid token for this workshop is required.');
    if (!canFacilitate(actor.role)) throw new HttpError(403, 'forbidden', 'Only facilitators see the results here.');
    return workshopId;
  }

  async function resultsOf(workshopId: string): Promise<WorkshopResults> {
    const results = await app.results.build(workshopId);
    if (!results) throw new HttpError(404, 'not_found', 'No workshop with this id.');
    return results;
  }

  const base = `${API_PREFIX}/workshops/:workshopId`;

  app.get(`${base}/results`, async (request, reply) =>
    sendResults(reply, await resultsOf(await facilitatorWorkshop(request)), 'json', 'ships'),
  );
  app.get(`${base}/results.md`, async (request, reply) =>
    sendResults(reply, await resultsOf(await facilitatorWorkshop(request)), 'md', 'ships'),
  );
  app.get(`${base}/results.csv`, async (request, reply) => {
    const workshopId = await facilitatorWorkshop(request);
    const { table } = csvQuery.parse(request.query);
    return sendResults(reply, await resultsOf(workshopId), 'csv', table);
  });

  app.get(`${base}/archive`, async (request, reply) => {
    const workshopId = await facilitatorWorkshop(request);
    const archive = await app.results.exportArchive(workshopId);
    if (!archive) throw new HttpError(404, 'not_found', 'No workshop with this id.');
    return reply
      .header('Cache-Control', 'no-store')
      .header(
        'Content-Disposition',
        attachmentHeader(exportFileName(archive.definition.title, '.mutopia-archive.json')),
      )
      .send(archive);
  });

  const publication = async (workshopId: string): Promise<Publication> => {
    const path = await app.results.publicPath(workshopId);
    return { published: path !== null, path };
  };
  app.get(`${base}/publication`, async (request) => publication(await facilitatorWorkshop(request)));
  app.put(`${base}/publication`, async (request) => {
    const workshopId = await facilitatorWorkshop(request);
    await app.results.publication.publish(workshopId);
    return publication(workshopId);
  });
  app.delete(`${base}/publication`, async (request) => {
    const workshopId = await facilitatorWorkshop(request);
    await app.results.publication.withdraw(workshopId);
    return publication(workshopId);
  });

  app.get(`${API_PREFIX}/public/results/:workshopId/:key`, PUBLIC_LIMIT, async (request, reply) => {
    const parsed = publicParams.safeParse(request.params);
    // A wrong key and a withdrawn page look the same from outside: not found.
    const notFound = new HttpError(404, 'not_found', 'These results are not (or no longer) published.');
    if (!parsed.success) throw notFound;
    const { workshopId } = parsed.data;
    const [key, extension] = parsed.data.key.split('.') as [string, 'md' | 'csv' | undefined];
    // A deleted workshop's results stay at their link if its organiser chose to keep them (without names).
    const results = (await app.results.isPublicKey(workshopId, key))
      ? await resultsOf(workshopId)
      : await app.retention.kept.publicResults(workshopId, key, keys);
    if (!results) throw notFound;
    const { table } = csvQuery.parse(request.query);
    return sendResults(reply, results, extension ?? 'json', table);
  });
}
