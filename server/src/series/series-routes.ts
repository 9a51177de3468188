import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  API_PREFIX,
  createSeriesBodySchema,
  createSessionBodySchema,
  createShip,
  findTemplate,
  isShipOpen,
  readShips,
  seriesIdSchema,
  seriesLoginBodySchema,
  sessionDefinition,
  shipsToCarry,
  sortPlan,
  topicPlanSchema,
  updatePlanBodySchema,
  workshopIdSchema,
  type CreatedSeries,
  type CreatedSession,
  type SeriesArchive,
  type SeriesArchiveEntry,
  type SeriesSession,
  type SeriesToken,
  type SeriesView,
  type Ship,
  type TokenResponse,
  type TopicPlan,
} from '@mutopia/shared';
import { HttpError } from '../http/errors.js';
import { PublishKeys } from '../results/publish-key.js';
import { bearerToken } from '../workshops/authenticate.js';
import { KeyedQueue } from '../workshops/keyed-queue.js';
import { secretMatches } from '../workshops/secrets.js';
import type { StoredSeries } from './series-store.js';

const seriesParams = z.object({ seriesId: seriesIdSchema });
const sessionParams = z.object({ seriesId: seriesIdSchema, workshopId: workshopIdSchema });
const archiveParams = z.object({ seriesId: seriesIdSchema, key: z.string().regex(/^[A-Za-z0-9_-]{22}$/) });

/** Like creating a workshop: each series is a row and a secret. */
const CREATE_LIMIT = { config: { rateLimit: { max: 10, timeWindow: 60_000 } } };
/** Logins are where a secret could be guessed: keep them slow. */
const LOGIN_LIMIT = { config: { rateLimit: { max: 20, timeWindow: 60_000 } } };
/** The archive is public and cheap, but reads every session's harbour: no crawling at full speed. */
const ARCHIVE_LIMIT = { config: { rateLimit: { max: 120, timeWindow: 60_000 } } };

/** A session whose date has left the plan: its time and place went with the date. */
const NO_LOGISTICS = { startTime: null, endTime: null, place: null, onlineUrl: null } as const;

/** What the results part offers (server/src/results): the public results page of a published workshop. */
interface ResultsPublication {
  publicPath(workshopId: string): Promise<string | null>;
}

export async function seriesRoutes(app: FastifyInstance): Promise<void> {
  const store = app.series.store;
  const { tokens, sessions, store: workshopStore } = app.workshops;

  // Looked up per request: the results plugin may be registered after this one.
  const results = (): ResultsPublication | undefined => (app as unknown as { results?: ResultsPublication }).results;

  async function requireSeries(request: FastifyRequest): Promise<StoredSeries> {
    const { seriesId } = seriesParams.parse(request.params);
    const token = bearerToken(request.headers.authorization);
    const claims = token ? await tokens.verifySeries(token) : null;
    const found = claims?.sid === seriesId ? await store.get(seriesId) : undefined;
    if (!found) throw new HttpError(401, 'unauthorized', 'A valid token for this series is required.');
    return found;
  }

  const keys = new PublishKeys(tokens);
  const archivePath = (s: StoredSeries) => `/a/${s.id}/${tokens.linkKey('series-archive', s.id, s.archiveVersion)}`;

  async function harbourShips(workshopId: string): Promise<Ship[]> {
    const workshop = await sessions.get(workshopId);
    const harbour = workshop?.definition.stations.find((station) => station.kind === 'harbour');
    const boardId = harbour && (await app.boards.stationBoards(workshopId))[harbour.id];
    return (boardId && (await app.boardHost.read(boardId, readShips))) || [];
  }

  /** `countShips` reads each session's harbour: the console shows it, the public archive does not need it. */
  async function sessionsOf(s: StoredSeries, countShips: boolean): Promise<SeriesSession[]> {
    const topicOf = new Map(s.topicPlan.flatMap((e) => (e.workshopId ? [[e.workshopId, e.id] as const] : [])));
    const list: SeriesSession[] = [];
    for (const { workshopId, published } of await store.sessions(s.id)) {
      const workshop = await sessions.get(workshopId);
      if (!workshop) continue;
      const publication = results();
      const publicPath = publication ? await publication.publicPath(workshopId) : null;
      list.push({
        workshopId,
        topicId: topicOf.get(workshopId) ?? null,
        title: workshop.definition.title,
        date: workshop.definition.date ?? null,
        published: publication ? publicPath !== null : published,
        publicPath,
        openShips: countShips ? (await harbourShips(workshopId)).filter(isShipOpen).length : 0,
      });
    }
    // Sessions without a date go last; sort is stable, so creation order breaks ties.
    return list.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  }

  const view = async (s: StoredSeries): Promise<SeriesView> => ({
    id: s.id,
    title: s.title,
    locale: s.locale,
    templateId: s.templateId,
    topicPlan: sortPlan(s.topicPlan),
    sessions: await sessionsOf(s, true),
    archivePath: archivePath(s),
  });

  app.post(`${API_PREFIX}/series`, CREATE_LIMIT, async (request, reply) => {
    const body = createSeriesBodySchema.parse(request.body);
    if (!findTemplate(body.templateId)) throw new HttpError(400, 'bad_request', `No template ${body.templateId}.`);
    const created = await store.create({ ...body, topicPlan: sortPlan(body.topicPlan) });
    const result: CreatedSeries = { seriesId: created.series.id, facilitatorSecret: created.facilitatorSecret };
    return reply.status(201).send(result);
  });

  app.post(`${API_PREFIX}/series/:seriesId/login`, LOGIN_LIMIT, async (request) => {
    const { seriesId } = seriesParams.parse(request.params);
    const { secret } = seriesLoginBodySchema.parse(request.body);
    const found = await store.get(seriesId);
    if (!found) throw new HttpError(404, 'not_found', 'No series with this id.');
    if (!secretMatches(secret, found.facilitatorSecretHash))
      throw new HttpError(401, 'unauthorized', 'This link is not (or no longer) valid.');
    const response: SeriesToken = { token: await tokens.signSeries(seriesId) };
    return response;
  });

  app.get(`${API_PREFIX}/series/:seriesId`, async (request) => view(await requireSeries(request)));

  app.put(`${API_PREFIX}/series/:seriesId/plan`, async (request) => {
    const s = await requireSeries(request);
    const { topicPlan } = updatePlanBodySchema.parse(request.body);
    // Only the server links topics to sessions; an entry keeps its session while its id stays.
    const linked = new Map(s.topicPlan.map((e) => [e.id, e.workshopId]));
    const plan: TopicPlan = topicPlanSchema.parse(
      sortPlan(topicPlan).map((e) => {
        const workshopId = linked.get(e.id);
        return workshopId ? { ...e, workshopId } : e;
      }),
    );
    await store.savePlan(s.id, plan);
    return await view({ ...s, topicPlan: plan });
  });

  // One new session of a series at a time, the plan read afresh in turn: two clicks cannot both create a session for one topic.
  const creatingSessions = new KeyedQueue();
  app.post(`${API_PREFIX}/series/:seriesId/sessions`, async (request, reply) => {
    const { id } = await requireSeries(request);
    const { topicId, carryShipsFrom } = createSessionBodySchema.parse(request.body);
    const result = await creatingSessions.run(id, () => createSession(id, topicId, carryShipsFrom));
    return reply.status(201).send(result);
  });

  async function createSession(
    seriesId: string,
    topicId: string,
    carryShipsFrom: string | undefined,
  ): Promise<CreatedSession> {
    const s = await store.get(seriesId);
    if (!s) throw new HttpError(404, 'not_found', 'No series with this id.');
    const entry = s.topicPlan.find((e) => e.id === topicId);
    if (!entry) throw new HttpError(404, 'not_found', 'No topic with this id in the plan.');
    if (entry.workshopId) throw new HttpError(400, 'bad_request', 'This topic has a session already.');
    const template = findTemplate(s.templateId);
    if (!template) throw new HttpError(400, 'bad_request', `No template ${s.templateId}.`);
    if (carryShipsFrom && (await store.seriesOf(carryShipsFrom)) !== s.id)
      throw new HttpError(400, 'bad_request', 'Ships can only be carried from a session of this series.');

    // The new harbour is empty: nothing there can already hold a carried ship.
    const carried = carryShipsFrom
      ? shipsToCarry(
          { workshopId: carryShipsFrom, ships: await harbourShips(carryShipsFrom) },
          { workshopId: '', ships: [] },
        )
      : [];
    const { definition, harbourStationId } = sessionDefinition(template.build({}, s.locale), {
      topic: entry.topic,
      seriesTitle: s.title,
      date: entry.date,
      locale: s.locale,
      withCarriedShips: carried.length > 0,
    });
    const created = await workshopStore.create(definition);
    const workshopId = created.workshop.id;
    const harbourBoard = (await app.boards.stationBoards(workshopId))[harbourStationId];
    const launched = harbourBoard
      ? ((await app.boardHost.edit(
          harbourBoard,
          (doc) => carried.filter((ship) => createShip(doc, ship) !== null).length,
        )) ?? 0)
      : 0;
    await store.attachSession(
      s.id,
      workshopId,
      s.topicPlan.map((e) => (e.id === topicId ? { ...e, workshopId } : e)),
    );
    const result: CreatedSession = {
      workshopId,
      joinCode: created.workshop.joinCode,
      facilitatorSecret: created.facilitatorSecret,
      cofacilitatorSecret: created.cofacilitatorSecret,
      carriedShips: launched,
    };
    return result;
  }

  /** The series console opens any of its sessions without that session's own link. */
  app.post(`${API_PREFIX}/series/:seriesId/workshops/:workshopId/login`, async (request) => {
    const s = await requireSeries(request);
    const { workshopId } = sessionParams.parse(request.params);
    const workshop = (await store.seriesOf(workshopId)) === s.id ? await sessions.get(workshopId) : undefined;
    if (!workshop) throw new HttpError(404, 'not_found', 'No session with this id in this series.');
    const response: TokenResponse = {
      token: await tokens.sign({ wid: workshopId, role: 'facilitator', ver: workshop.facilitatorTokenVersion }),
      role: 'facilitator',
    };
    return response;
  });

  app.post(`${API_PREFIX}/series/:seriesId/archive-link`, async (request) => {
    const s = await requireSeries(request);
    const archiveVersion = await store.bumpArchiveVersion(s.id);
    return { archivePath: archivePath({ ...s, archiveVersion }) };
  });

  app.get(`${API_PREFIX}/public/archive/:seriesId/:key`, ARCHIVE_LIMIT, async (request) => {
    const params = archiveParams.safeParse(request.params);
    const s = params.success ? await store.get(params.data.seriesId) : undefined;
    const expected = s && Buffer.from(tokens.linkKey('series-archive', s.id, s.archiveVersion));
    const given = params.success ? Buffer.from(params.data.key) : undefined;
    // One answer for an unknown series and a wrong key: the archive's existence is not revealed.
    if (!s || !expected || !given || given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new HttpError(404, 'not_found', 'No archive at this address.');
    return archiveOf(s);
  });

  async function archiveOf(s: StoredSeries): Promise<SeriesArchive> {
    const bySession = new Map((await sessionsOf(s, false)).map((session) => [session.workshopId, session]));
    const entries: SeriesArchiveEntry[] = [];
    for (const e of s.topicPlan) {
      const session = e.workshopId ? bySession.get(e.workshopId) : undefined;
      if (session) bySession.delete(session.workshopId);
      entries.push({
        topic: e.topic ?? null,
        date: e.date,
        startTime: e.startTime ?? null,
        endTime: e.endTime ?? null,
        place: e.place ?? null,
        onlineUrl: e.onlineUrl ?? null,
        // A deleted session whose organiser kept its results links to them (retention).
        resultsPath: session?.publicPath ?? (await app.retention.kept.publicPath(e.workshopId, keys)),
      });
    }
    // Sessions whose topic has left the plan still belong to the series' record.
    for (const session of bySession.values())
      entries.push({
        ...NO_LOGISTICS,
        topic: session.title,
        date: session.date,
        resultsPath: session.publicPath,
      });
    return {
      title: s.title,
      locale: s.locale,
      entries: entries.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')),
    };
  }
}
