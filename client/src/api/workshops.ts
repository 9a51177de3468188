/** REST calls of running a workshop; every answer is checked against the shared schemas. */
import {
  createdWorkshopSchema,
  joinedSchema,
  joinInfoSchema,
  rotatedSecretSchema,
  tokenResponseSchema,
  workshopViewSchema,
  type CreatedWorkshop,
  type CreateWorkshopBody,
  type JoinBody,
  type Joined,
  type JoinInfo,
  type TokenResponse,
  type WorkshopView,
} from '@mutopia/shared/workshop-api';
import type { WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { ApiError, request, requestBlob } from './http';

interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

function parse<T>(schema: Schema<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError('internal', 'unexpected response shape');
  return parsed.data;
}

const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });
const ws = (workshopId: string) => `/workshops/${encodeURIComponent(workshopId)}`;

export async function createWorkshop(body: CreateWorkshopBody): Promise<CreatedWorkshop> {
  return parse(createdWorkshopSchema, await request('/workshops', json(body)));
}

/** Trades a facilitator or co-facilitator secret from a link for a session token. */
export async function loginWithSecret(workshopId: string, secret: string): Promise<TokenResponse> {
  return parse(tokenResponseSchema, await request(`${ws(workshopId)}/login`, json({ secret })));
}

export async function fetchWorkshop(workshopId: string, token: string, signal?: AbortSignal): Promise<WorkshopView> {
  return parse(workshopViewSchema, await request(ws(workshopId), { token, ...(signal ? { signal } : {}) }));
}

export async function updateDefinition(
  workshopId: string,
  token: string,
  definition: WorkshopDefinition,
  /** Where the members of teams this edit removes go (team id, or null: no team). */
  memberMoves: Record<string, string | null> = {},
): Promise<WorkshopView> {
  return parse(
    workshopViewSchema,
    await request(`${ws(workshopId)}/definition`, {
      method: 'PUT',
      body: JSON.stringify({ definition, memberMoves }),
      token,
    }),
  );
}

/** Issues a new facilitator secret; the old link and the tokens made from it stop working. */
export async function rotateFacilitatorSecret(workshopId: string, token: string): Promise<string> {
  const body = await request(`${ws(workshopId)}/facilitator-secret`, { method: 'POST', token });
  return parse(rotatedSecretSchema, body).facilitatorSecret;
}

export async function createViewerToken(workshopId: string, token: string, projectorId: string): Promise<string> {
  const body = await request(`${ws(workshopId)}/viewer-token`, { ...json({ projectorId }), token });
  return parse(tokenResponseSchema, body).token;
}

export async function exportWorkshop(workshopId: string, token: string) {
  return requestBlob(`${ws(workshopId)}/export`, { token });
}

export async function fetchJoinInfo(code: string, signal?: AbortSignal): Promise<JoinInfo> {
  return parse(joinInfoSchema, await request(`/join/${encodeURIComponent(code)}`, signal ? { signal } : {}));
}

export async function joinWorkshop(code: string, body: JoinBody): Promise<Joined> {
  return parse(joinedSchema, await request(`/join/${encodeURIComponent(code)}`, json(body)));
}
