import { describe, expect, it } from 'vitest';
import { serverInfoSchema } from '@mutopia/shared/access';
import { lanOrigins } from '../src/lan-origins.js';
import { api, createWorkshop, joinWorkshop, serverPerTest } from './harness.js';

const suite = serverPerTest();

describe('GET /api/server-info', () => {
  it('tells facilitators and projectors where phones reach the server, and nobody else', async () => {
    await suite.restart({ HOST: '0.0.0.0' });
    const w = await createWorkshop(suite.server, 'praxisaustausch');
    const info = await api(suite.server, 'GET', '/api/server-info', undefined, w.facilitatorToken);
    expect(info.status).toBe(200);
    const body = serverInfoSchema.parse(info.body);
    expect(body.publicOrigin).toBeNull();
    // The port is the one the server really listens on, not the configured 0.
    expect(body.lanOrigins).toEqual(lanOrigins(suite.server.port, '0.0.0.0'));
    for (const origin of body.lanOrigins) expect(origin).toMatch(new RegExp(`^http://[0-9.]+:${suite.server.port}$`));

    const viewer = await api<{ token: string }>(
      suite.server,
      'POST',
      `/api/workshops/${w.workshopId}/viewer-token`,
      { projectorId: 'beamer' },
      w.facilitatorToken,
    );
    expect((await api(suite.server, 'GET', '/api/server-info', undefined, viewer.body.token)).status).toBe(200);
    const ada = await joinWorkshop(suite.server, w.joinCode, 'Ada');
    expect((await api(suite.server, 'GET', '/api/server-info', undefined, ada.token)).status).toBe(403);
    expect((await api(suite.server, 'GET', '/api/server-info')).status).toBe(401);
  });

  it('names PUBLIC_ORIGIN when it is set', async () => {
    await suite.restart({ PUBLIC_ORIGIN: 'https://workshop.example.org/' });
    const w = await createWorkshop(suite.server, 'praxisaustausch');
    const info = await api(suite.server, 'GET', '/api/server-info', undefined, w.facilitatorToken);
    expect(info.body).toEqual({ publicOrigin: 'https://workshop.example.org', lanOrigins: [] });
  });
});
