import { describe, expect, it } from 'vitest';
import { CREATE_SECRET_HEADER } from '@mutopia/shared';
import { serverPerTest } from './harness.js';

const suite = serverPerTest();
const SECRET = 'veranstalter-geheimnis-2026';

async function post(path: string, body: unknown, secret?: string): Promise<{ status: number; code?: string }> {
  const response = await fetch(`${suite.server.httpUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { [CREATE_SECRET_HEADER]: secret } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { error?: { code: string } };
  return { status: response.status, code: json.error?.code };
}

const workshop = { templateId: 'weiterbildungskonferenz', locale: 'de', params: {} };

describe('CREATE_SECRET', () => {
  it('is not needed when unset: a LAN server stays open', async () => {
    expect((await post('/api/workshops', workshop)).status).toBe(201);
    expect((await post('/api/boards', { title: 'Offen' })).status).toBe(201);
  });

  it('when set, creating a workshop or a board needs it', async () => {
    await suite.restart({ CREATE_SECRET: SECRET });
    expect(await post('/api/workshops', workshop)).toEqual({ status: 401, code: 'create_secret_required' });
    expect((await post('/api/workshops', workshop, 'falsch-geraten-1234')).status).toBe(401);
    expect((await post('/api/boards', { title: 'Zu' })).status).toBe(401);
    expect((await post('/api/workshops', workshop, SECRET)).status).toBe(201);
    expect((await post('/api/boards', { title: 'Mit Geheimnis' }, SECRET)).status).toBe(201);
  });
});
