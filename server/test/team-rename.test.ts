import { describe, expect, it } from 'vitest';
import {
  addInsight,
  readBoardTitle,
  workshopViewSchema,
  type WorkshopDefinition,
  type WorkshopResults,
  type WorkshopView,
} from '@mutopia/shared';
import { api, connectSession, createWorkshop, serverPerTest, waitFor } from './harness.js';

const suite = serverPerTest();

async function view(workshopId: string, token: string): Promise<WorkshopView> {
  return workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).body,
  );
}

const spaceName = (v: { definition: WorkshopDefinition }) =>
  v.definition.stations.find((s) => s.id === 'space-team-1')?.name;

describe('renaming a team', () => {
  it('renames its team space in the definition, the results and the board, and tells every screen', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const before = await view(w.workshopId, w.facilitatorToken);
    expect(spaceName(before)).toBe('Teamraum Team 1');
    const boardId = before.boards['space-team-1']!;
    await suite.server.app.boardHost.edit(boardId, (doc) => addInsight(doc, 'Wartezeiten sind das Problem'));
    const screen = await connectSession(suite.server, w.facilitatorToken);
    let announced = 0;
    screen.socket.on('session:definition', () => announced++);

    const definition = {
      ...before.definition,
      teams: before.definition.teams.map((t) => (t.id === 'team-1' ? { ...t, name: 'Nordlicht' } : t)),
    };
    const saved = await api<WorkshopView>(
      suite.server,
      'PUT',
      `/api/workshops/${w.workshopId}/definition`,
      { definition },
      w.facilitatorToken,
    );
    expect(saved.status).toBe(200);
    await waitFor(() => announced === 1, 'session:definition');

    // What phones, the console and the door signs render: the fetched definition.
    const after = await view(w.workshopId, w.facilitatorToken);
    expect(spaceName(after)).toBe('Teamraum Nordlicht');
    expect(spaceName(saved.body)).toBe('Teamraum Nordlicht');
    const results = await api<WorkshopResults>(
      suite.server,
      'GET',
      `/api/workshops/${w.workshopId}/results`,
      undefined,
      w.facilitatorToken,
    );
    expect(results.body.insights.map((i) => i.stationName)).toEqual(['Teamraum Nordlicht']);
    // The board's own title (PNG export, the board page) follows as well.
    expect(await suite.server.app.boardHost.read(boardId, readBoardTitle)).toBe('Teamraum Nordlicht');
    expect((await suite.server.app.boards.get(boardId))?.title).toBe('Teamraum Nordlicht');
    screen.close();
  });

  it('imports a definition exported before names were derived, with the team’s current name', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 2 });
    const exported = (
      await api<WorkshopDefinition>(
        suite.server,
        'GET',
        `/api/workshops/${w.workshopId}/export`,
        undefined,
        w.facilitatorToken,
      )
    ).body;
    const old = {
      ...exported,
      teams: exported.teams.map((t) => (t.id === 'team-1' ? { ...t, name: 'Süd' } : t)),
    };
    expect(old.stations.find((s) => s.id === 'space-team-1')?.name).toBe('Teamraum Team 1');
    const imported = await api<{ workshopId: string; facilitatorSecret: string }>(
      suite.server,
      'POST',
      '/api/workshops',
      {
        definition: old,
      },
    );
    expect(imported.status).toBe(201);
    const login = await api<{ token: string }>(
      suite.server,
      'POST',
      `/api/workshops/${imported.body.workshopId}/login`,
      {
        secret: imported.body.facilitatorSecret,
      },
    );
    const v = await view(imported.body.workshopId, login.body.token);
    expect(spaceName(v)).toBe('Teamraum Süd');
    expect((await suite.server.app.boards.get(v.boards['space-team-1']!))?.title).toBe('Teamraum Süd');
  });
});
