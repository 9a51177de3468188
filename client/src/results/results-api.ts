/** REST calls of the results page; answers are checked against the shared schemas. */
import {
  publicationSchema,
  workshopResultsSchema,
  type Publication,
  type ResultsCsvTable,
  type WorkshopResults,
} from '@mutopia/shared/results/results-schema';
import { ApiError, request, requestBlob } from '../api/http';

function parsed<T>(
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } },
  body: unknown,
): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError('internal', 'unexpected response shape');
  return result.data;
}

const ws = (workshopId: string) => `/workshops/${encodeURIComponent(workshopId)}`;

export async function fetchResults(workshopId: string, token: string, signal?: AbortSignal): Promise<WorkshopResults> {
  return parsed(
    workshopResultsSchema,
    await request(`${ws(workshopId)}/results`, { token, ...(signal ? { signal } : {}) }),
  );
}

export async function fetchPublicResults(
  workshopId: string,
  key: string,
  signal?: AbortSignal,
): Promise<WorkshopResults> {
  const path = `/public/results/${encodeURIComponent(workshopId)}/${encodeURIComponent(key)}`;
  return parsed(workshopResultsSchema, await request(path, signal ? { signal } : {}));
}

export async function fetchPublication(workshopId: string, token: string): Promise<Publication> {
  return parsed(publicationSchema, await request(`${ws(workshopId)}/publication`, { token }));
}

export async function setPublished(workshopId: string, token: string, published: boolean): Promise<Publication> {
  const body = await request(`${ws(workshopId)}/publication`, { method: published ? 'PUT' : 'DELETE', token });
  return parsed(publicationSchema, body);
}

export type ResultsDownload = { kind: 'md' } | { kind: 'csv'; table: ResultsCsvTable } | { kind: 'archive' };

export async function downloadResults(workshopId: string, token: string, what: ResultsDownload) {
  const path =
    what.kind === 'md'
      ? `${ws(workshopId)}/results.md`
      : what.kind === 'csv'
        ? `${ws(workshopId)}/results.csv?table=${what.table}`
        : `${ws(workshopId)}/archive`;
  return requestBlob(path, { token });
}
