/** REST calls of a workshop series; every answer is checked against the shared schemas. */
import {
  createdSeriesSchema,
  createdSessionSchema,
  seriesArchiveLinkSchema,
  seriesArchiveSchema,
  seriesTokenSchema,
  seriesViewSchema,
  type CreatedSeries,
  type CreatedSession,
  type CreateSeriesBody,
  type SeriesArchive,
  type SeriesView,
  type TopicPlanInput,
} from '@mutopia/shared/series/series-schemas';
import { tokenResponseSchema, type TokenResponse } from '@mutopia/shared/workshop-api';
import { ApiError, request } from '../api/http';

interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

function parse<T>(schema: Schema<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError('internal', 'unexpected response shape');
  return parsed.data;
}

const post = (body?: unknown) => ({ method: 'POST', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
const path = (seriesId: string) => `/series/${encodeURIComponent(seriesId)}`;

export async function createSeries(body: CreateSeriesBody): Promise<CreatedSeries> {
  return parse(createdSeriesSchema, await request('/series', post(body)));
}

/** Trades the secret from the series link for a token. */
export async function loginSeries(seriesId: string, secret: string): Promise<string> {
  return parse(seriesTokenSchema, await request(`${path(seriesId)}/login`, post({ secret }))).token;
}

export async function fetchSeries(seriesId: string, token: string, signal?: AbortSignal): Promise<SeriesView> {
  return parse(seriesViewSchema, await request(path(seriesId), { token, ...(signal ? { signal } : {}) }));
}

export async function savePlan(seriesId: string, token: string, topicPlan: TopicPlanInput): Promise<SeriesView> {
  return parse(
    seriesViewSchema,
    await request(`${path(seriesId)}/plan`, { method: 'PUT', body: JSON.stringify({ topicPlan }), token }),
  );
}

export async function createSession(
  seriesId: string,
  token: string,
  topicId: string,
  carryShipsFrom: string | null,
): Promise<CreatedSession> {
  const body = { topicId, ...(carryShipsFrom ? { carryShipsFrom } : {}) };
  return parse(createdSessionSchema, await request(`${path(seriesId)}/sessions`, { ...post(body), token }));
}

/** A facilitator token for one session of the series. */
export async function loginSession(seriesId: string, token: string, workshopId: string): Promise<TokenResponse> {
  const url = `${path(seriesId)}/workshops/${encodeURIComponent(workshopId)}/login`;
  return parse(tokenResponseSchema, await request(url, { ...post(), token }));
}

export async function renewArchiveLink(seriesId: string, token: string): Promise<string> {
  return parse(seriesArchiveLinkSchema, await request(`${path(seriesId)}/archive-link`, { ...post(), token }))
    .archivePath;
}

export async function fetchArchive(seriesId: string, key: string, signal?: AbortSignal): Promise<SeriesArchive> {
  const url = `/public/archive/${encodeURIComponent(seriesId)}/${encodeURIComponent(key)}`;
  return parse(seriesArchiveSchema, await request(url, signal ? { signal } : {}));
}
