/** Deleting a workshop and its retention settings (see docs/protocol.md). */
import { retentionInfoSchema, type RetentionInfo } from '@mutopia/shared/retention';
import { ApiError, request } from './http';

const path = (workshopId: string) => `/workshops/${encodeURIComponent(workshopId)}`;

function asInfo(body: unknown): RetentionInfo {
  const parsed = retentionInfoSchema.safeParse(body);
  if (!parsed.success) throw new ApiError('internal', 'unexpected response shape');
  return parsed.data;
}

export async function fetchRetention(workshopId: string, token: string, signal?: AbortSignal): Promise<RetentionInfo> {
  return asInfo(await request(`${path(workshopId)}/retention`, { token, ...(signal ? { signal } : {}) }));
}

export async function setKeepResults(workshopId: string, token: string, keepResults: boolean): Promise<RetentionInfo> {
  return asInfo(
    await request(`${path(workshopId)}/retention`, { method: 'PUT', token, body: JSON.stringify({ keepResults }) }),
  );
}

export async function deleteWorkshop(workshopId: string, token: string): Promise<void> {
  await request(path(workshopId), { method: 'DELETE', token });
}
