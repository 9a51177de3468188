import { describe, expect, it } from 'vitest';
import {
  createdWorkshopSchema,
  errorBodySchema,
  findTemplate,
  joinedSchema,
  joinInfoSchema,
  workshopViewSchema,
  type WorkshopView,
} from '@mutopia/shared';
import { api, createWorkshop, joinWorkshop, serverPerTest } from './harness.js';

const suite = serverPerTest();

describe('workshops over HTTP', () => {
  it('creates a workshop from a template with one board per station, and keeps only hashes of the link secrets', async () => {
    const created = await api<unknown>(suite.server, 'POST', '/api/workshops', {
      templateId: 'weiterbildungskonferenz',
      locale: 'de',
      params: { title: 'WBK Halle', teamCount: 30 },
    });
    expect(created.status).toBe(201);
    const { workshopId, facilitatorSecret, joinCode } = createdWorkshopSchema.parse(created.body);
    expect(joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);

    const login = await api<{ token: string; role: string }>(
      suite.server,
      'POST',
      `/api/workshops/${workshopId}/login`,
      {
        secret: facilitatorSecret,
      },
    );
    expect(login.body.role).toBe('facilitator');
    const view = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, login.body.token)).body,
    );
    expect(view.definition.title).toBe('WBK Halle');
    expect(Object.keys(view.boards).sort()).toEqual(view.definition.stations.map((s) => s.id).sort());

    const row = suite.server.app.database.sqlite!.prepare('SELECT * FROM workshops').get() as Record<string, unknown>;
    expect(JSON.stringify(row)).not.toContain(facilitatorSecret);
    expect(row['facilitator_secret_hash']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses requests without a valid token or with the wrong role', async () => {
    const w = await createWorkshop(suite.server);
    expect((await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`)).status).toBe(401);
    expect(
      (await api(suite.server, 'POST', `/api/workshops/${w.workshopId}/login`, { secret: 'x'.repeat(43) })).status,
    ).toBe(401);
    const participant = await joinWorkshop(suite.server, w.joinCode, 'Ada');
    const asParticipant = await api<unknown>(
      suite.server,
      'GET',
      `/api/workshops/${w.workshopId}`,
      undefined,
      participant.token,
    );
    expect(asParticipant.status).toBe(200);
    const edit = await api<unknown>(
      suite.server,
      'PUT',
      `/api/workshops/${w.workshopId}/definition`,
      { definition: (asParticipant.body as WorkshopView).definition },
      participant.token,
    );
    expect(edit.status).toBe(403);
    expect(errorBodySchema.parse(edit.body).error.code).toBe('forbidden');
    const other = await createWorkshop(suite.server);
    expect(
      (await api(suite.server, 'GET', `/api/workshops/${other.workshopId}`, undefined, w.facilitatorToken)).status,
    ).toBe(401);
  });

  it('replaces the facilitator link: the old link and tokens stop working, the co-facilitator link still works', async () => {
    const w = await createWorkshop(suite.server);
    const rotated = await api<{ facilitatorSecret: string }>(
      suite.server,
      'POST',
      `/api/workshops/${w.workshopId}/facilitator-secret`,
      undefined,
      w.facilitatorToken,
    );
    expect(rotated.status).toBe(200);
    expect(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).status,
    ).toBe(401);
    expect(
      (await api(suite.server, 'POST', `/api/workshops/${w.workshopId}/login`, { secret: w.facilitatorSecret })).status,
    ).toBe(401);
    const fresh = await api<{ token: string }>(suite.server, 'POST', `/api/workshops/${w.workshopId}/login`, {
      secret: rotated.body.facilitatorSecret,
    });
    expect((await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, fresh.body.token)).status).toBe(
      200,
    );
    const co = await api<{ role: string }>(suite.server, 'POST', `/api/workshops/${w.workshopId}/login`, {
      secret: w.cofacilitatorSecret,
    });
    expect(co.body.role).toBe('cofacilitator');
  });

  it('lets people join by code, picking a team or joining a team with members and space', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const info = joinInfoSchema.parse((await api(suite.server, 'GET', `/api/join/${w.joinCode.toLowerCase()}`)).body);
    expect(info.teams.map((t) => t.id)).toEqual(['team-1', 'team-2', 'team-3']);
    const picked = await joinWorkshop(suite.server, w.joinCode, 'Bea', 'team-2');
    expect(picked.teamId).toBe('team-2');
    const assigned = await Promise.all(['C', 'D', 'E'].map((name) => joinWorkshop(suite.server, w.joinCode, name)));
    // Bea is not left alone in team 2 while others open the empty teams 1 and 3.
    expect(assigned.map((p) => p.teamId)).toEqual(['team-2', 'team-2', 'team-2']);
    expect((await joinWorkshop(suite.server, w.joinCode, 'F')).teamId).toBe('team-1');
    const unknown = await api(suite.server, 'POST', `/api/join/${w.joinCode}`, { displayName: 'G', teamId: 'team-9' });
    expect(unknown.status).toBe(400);
    expect((await api(suite.server, 'GET', '/api/join/ZZZZZZ')).status).toBe(404);
    expect(joinedSchema.safeParse(picked).success).toBe(true);
  });

  it('edits the definition during the event, adding a board for a new station, and exports it', async () => {
    const w = await createWorkshop(suite.server, 'praxisaustausch');
    const view = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
    );
    const definition = {
      ...view.definition,
      title: 'Praxisaustausch März: Anerkennung',
      stations: [...view.definition.stations, { id: 'extra', kind: 'plenary', name: 'Parkplatz', prompt: '' }],
    };
    const edited = await api<WorkshopView>(
      suite.server,
      'PUT',
      `/api/workshops/${w.workshopId}/definition`,
      { definition },
      w.facilitatorToken,
    );
    expect(edited.status).toBe(200);
    expect(edited.body.boards['extra']).toBeTruthy();

    const exported = await api<unknown>(
      suite.server,
      'GET',
      `/api/workshops/${w.workshopId}/export`,
      undefined,
      w.facilitatorToken,
    );
    const reimported = await api<{ workshopId: string }>(suite.server, 'POST', '/api/workshops', {
      definition: exported.body,
    });
    expect(reimported.status).toBe(201);
    const bad = await api(
      suite.server,
      'PUT',
      `/api/workshops/${w.workshopId}/definition`,
      { definition: { ...definition, phases: [] } },
      w.facilitatorToken,
    );
    expect(bad.status).toBe(400);
  });

  it('builds the same definition as the template in shared/', async () => {
    const w = await createWorkshop(suite.server, 'meetingpoint');
    const view = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
    );
    expect(view.definition).toEqual(findTemplate('meetingpoint')!.build({}, 'de'));
  });
});
