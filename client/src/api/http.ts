/** REST calls; every response is checked against the schema in shared/ before use. */
import {
  boardMetaSchema,
  createdBoardSchema,
  errorBodySchema,
  type BoardMeta,
  type CreatedBoard,
  type ErrorCode,
} from '@mutopia/shared/rest';
import { API_PREFIX } from '@mutopia/shared/protocol';
import { createSecretHeader } from './create-secret';

/**
 * A server error code, `unauthorized`/`forbidden`/`conflict` for answers whose
 * status says so, or `network` when no well-formed answer arrived at all.
 */
export type ApiErrorCode = ErrorCode | 'unauthorized' | 'forbidden' | 'conflict' | 'network';

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

export interface RequestOptions extends RequestInit {
  /** A workshop token, sent as `Authorization: Bearer …`. */
  token?: string | undefined;
}

/** What an error answer means when its body does not name a code this client knows. */
function codeForStatus(status: number): ApiErrorCode {
  if (status === 400 || status === 422) return 'bad_request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  return status >= 500 ? 'network' : 'internal';
}

async function send(path: string, { token, ...init }: RequestOptions = {}): Promise<Response> {
  try {
    return await fetch(API_PREFIX + path, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...createSecretHeader(path, init.method),
      },
    });
  } catch (cause) {
    throw new ApiError('network', cause instanceof Error ? cause.message : String(cause));
  }
}

async function failure(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = errorBodySchema.safeParse(body);
  if (error.success) return new ApiError(error.data.error.code, error.data.error.message, response.status);
  // A proxy, a server still starting, or a code newer than this client: the status says enough.
  return new ApiError(codeForStatus(response.status), `HTTP ${response.status}`, response.status);
}

export async function request(path: string, init: RequestOptions = {}): Promise<unknown> {
  const response = await send(path, init);
  if (!response.ok) throw await failure(response);
  return response.json().catch(() => undefined);
}

/** A download (such as an export): the raw body and the file name the server suggests. */
export async function requestBlob(
  path: string,
  init: RequestOptions = {},
): Promise<{ blob: Blob; fileName: string | null }> {
  const response = await send(path, init);
  if (!response.ok) throw await failure(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
  return { blob: await response.blob(), fileName: fileName ? decodeURIComponent(fileName) : null };
}

export async function createBoard(title: string): Promise<CreatedBoard> {
  const parsed = createdBoardSchema.safeParse(
    await request('/boards', { method: 'POST', body: JSON.stringify({ title }) }),
  );
  if (!parsed.success) throw new ApiError('internal', 'unexpected response shape');
  return parsed.data;
}

export async function fetchBoard(boardId: string, signal?: AbortSignal): Promise<BoardMeta> {
  return asMeta(await request(`/boards/${encodeURIComponent(boardId)}`, signal ? { signal } : {}));
}

export function errorCodeOf(error: unknown): ApiErrorCode | 'unknown' {
  return error instanceof ApiError ? error.code : 'unknown';
}
