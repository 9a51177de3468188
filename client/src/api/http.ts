/** REST calls; every response is checked against the schema in shared/ before use. */
import { boardMetaSchema, errorBodySchema, type BoardMeta, type ErrorCode } from '@mutopia/shared/rest';
import { API_PREFIX } from '@mutopia/shared/protocol';

/** A server error code, or `network` when no well-formed answer arrived at all. */
export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function asMeta(body: unknown): BoardMeta {
  const parsed = boardMetaSchema.safeParse(body);
  if (!parsed.success) throw new ApiError('internal', 'unexpected response shape');
  return parsed.data;
}

async function request(path: string, init: RequestInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(API_PREFIX + path, {
      ...init,
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });
  } catch (cause) {
    throw new ApiError('network', cause instanceof Error ? cause.message : String(cause));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body;
  const error = errorBodySchema.safeParse(body);
  if (error.success) throw new ApiError(error.data.error.code, error.data.error.message, response.status);
  // A proxy, or a server still starting, answers without our error shape.
  const code: ApiErrorCode = response.status === 404 ? 'not_found' : response.status >= 500 ? 'network' : 'internal';
  throw new ApiError(code, `HTTP ${response.status}`, response.status);
}

export async function createBoard(title: string): Promise<BoardMeta> {
  return asMeta(await request('/boards', { method: 'POST', body: JSON.stringify({ title }) }));
}

export async function fetchBoard(boardId: string, signal?: AbortSignal): Promise<BoardMeta> {
  return asMeta(await request(`/boards/${encodeURIComponent(boardId)}`, signal ? { signal } : {}));
}

export function errorCodeOf(error: unknown): ApiErrorCode | 'unknown' {
  return error instanceof ApiError ? error.code : 'unknown';
}
