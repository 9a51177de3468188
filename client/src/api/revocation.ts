/** REST calls that cut a holder of access off (issue 12 §4); answers are checked against the shared schemas. */
import {
  participantRelinkSchema,
  rotatedCofacilitatorSecretSchema,
  type ParticipantRelink,
} from '@mutopia/shared/revocation';
import { ApiError, request } from './http';

const ws = (workshopId: string) => `/workshops/${encodeURIComponent(workshopId)}`;

function parse<T>(
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } },
  body: unknown,
): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError('internal', 'unexpected response shape');
  return parsed.data;
}

/** A new co-facilitator secret; everyone signed in with the old link is signed out. */
export async function rotateCofacilitatorSecret(workshopId: string, token: string): Promise<string> {
  const body = await request(`${ws(workshopId)}/cofacilitator-secret`, { method: 'POST', token });
  return parse(rotatedCofacilitatorSecretSchema, body).cofacilitatorSecret;
}

/** Signs out every screen showing this projector; its links stop working. */
export async function revokeProjector(workshopId: string, token: string, projectorId: string): Promise<void> {
  await request(`${ws(workshopId)}/projectors/${encodeURIComponent(projectorId)}/revoke`, { method: 'POST', token });
}

/** Signs out every device of this person; answers a token with which they carry on as the same person. */
export async function revokeParticipantDevices(
  workshopId: string,
  token: string,
  participantId: string,
): Promise<ParticipantRelink> {
  const body = await request(`${ws(workshopId)}/participants/${encodeURIComponent(participantId)}/revoke`, {
    method: 'POST',
    token,
  });
  return parse(participantRelinkSchema, body);
}
