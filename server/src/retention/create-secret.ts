import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX, CREATE_SECRET_HEADER, CREATE_SECRET_REQUIRED } from '@mutopia/shared';
import { HttpError } from '../http/errors.js';

/** What creates something new without a token: a workshop (or an imported archive), a series, a plain board. */
const GUARDED = new Set([`${API_PREFIX}/workshops`, `${API_PREFIX}/series`, `${API_PREFIX}/boards`]);

function matches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * With CREATE_SECRET set, creating anything needs it in the `x-create-secret`
 * header; without it the server stays open, as it should on a venue LAN.
 * Checked before the body is read, so a refused import costs nothing.
 */
export function guardCreation(app: FastifyInstance, secret: string | undefined): void {
  if (!secret) return;
  app.addHook('onRequest', async (request) => {
    if (request.method !== 'POST' || !GUARDED.has(request.url.split('?')[0]!)) return;
    const given = request.headers[CREATE_SECRET_HEADER];
    if (typeof given !== 'string' || !matches(given, secret))
      throw new HttpError(401, CREATE_SECRET_REQUIRED, 'This server asks for its creation secret (CREATE_SECRET).');
  });
}
