import { describe, expect, it } from 'vitest';
import {
  addInsight,
  addPhase,
  locate,
  movePhase,
  readInsights,
  removePhase,
  removeTeam,
  workshopViewSchema,
  type RosterEntry,
  type SessionWelcome,
  type WorkshopDefinition,
  type WorkshopView,
} from '@mutopia/shared';
import { api, connectSession, createWorkshop, joinWorkshop, serverPerTest, waitFor } from './harness.js';

const suite = serverPerTest();

async function view(workshopId: string, token: string): Promise<WorkshopView> {
  return workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).body,
  );
}

const pause = {
  id: 'kaffeepause',
  title: 'Kaffeepause',
  instruction: '',
  durationMinutes: 15,
  mode: 'plenary' as const,
  stationIds: [],
  rounds: 1,
};

async function put(workshopId: string, token: string, definition: WorkshopDefinition, memberMoves = {}) {
  return api<WorkshopView & { error?: { code: string } }>(
    suite.server,
    'PUT',
    `/api/workshops/${workshopId}/definition`,
    { definition, memberMoves },
    token,
  );
}

describe('changing the programme during the event', () => {
  it('reorders, adds and removes phases and removes a team: every screen follows and stays in its phase', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 6 });
    const before = await view(w.workshopId, w.facilitatorToken);
    const people = [];
    for (let i = 0; i < 12; i++)
      people.push(await joinWorkshop(suite.server, w.joinCode, `Person ${i}`, `team-${(i % 6) + 1}`));
    const leaving = people.filter((p) => p.teamId === 'team-6');
    const spaceBoard = before.boards['space-team-6']!;
    await suite.server.app.boardHost.edit(spaceBoard, (doc) => addInsight(doc, 'Was Team 6 am Morgen fand'));

    const console_ = await connectSession(suite.server, w.facilitatorToken);
    const phone = await connectSession(suite.server, leaving[0]!.token);
    const welcomes: SessionWelcome[] = [];
    phone.socket.on('session:welcome', (welcome: SessionWelcome) => welcomes.push(welcome));
    let roster: RosterEntry[] = [];
    console_.socket.on('session:roster', (payload: { participants: RosterEntry[] }) => (roster = payload.participants));
    let announced = 0;
    phone.socket.on('session:definition', () => announced++);

    const personaIndex = before.definition.phases.findIndex((p) => p.id === 'persona');
    expect((await console_.command({ type: 'phase.goto', phaseIndex: personaIndex })).ok).toBe(true);
    await waitFor(() => phone.last()?.state.phaseIndex === personaIndex, 'persona phase on the phone');

    // A coffee break first, lunch moved up one, the welcome dropped, team 6 merged into team 2.
    let edited = addPhase(before.definition, pause, 0);
    edited = movePhase(edited, 'lunch', -1);
    edited = removePhase(edited, 'welcome');
    edited = removeTeam(edited, 'team-6');
    const saved = await put(w.workshopId, w.facilitatorToken, edited, { 'team-6': 'team-2' });
    expect(saved.status).toBe(200);

    await waitFor(() => announced === 1, 'session:definition on the phone');
    await waitFor(() => welcomes.some((x) => x.teamId === 'team-2'), 'the moved phone learns its new team');
    await waitFor(
      () => leaving.every((p) => roster.find((r) => r.id === p.participantId)?.teamId === 'team-2'),
      'the console roster shows the moved members in team 2',
    );
    const after = await view(w.workshopId, w.facilitatorToken);
    for (const client of [console_, phone]) {
      const state = client.last()!.state;
      expect(after.definition.phases[state.phaseIndex!]!.id).toBe('persona');
    }
    const state = phone.last()!.state;
    expect(locate(after.definition, state, { id: leaving[0]!.participantId, teamId: 'team-2' })).toEqual({
      kind: 'station',
      stationId: 'space-team-2',
      reason: 'teamSpace',
    });
    expect(after.definition.phases.map((p) => p.id).slice(0, 2)).toEqual(['kaffeepause', 'persona']);
    expect(after.definition.teams.map((t) => t.id)).not.toContain('team-6');
    // The team's space left the programme; its board is archived, not deleted.
    expect(after.definition.stations.some((s) => s.id === 'space-team-6')).toBe(false);
    expect((await suite.server.app.boardHost.read(spaceBoard, readInsights))?.map((i) => i.text)).toEqual([
      'Was Team 6 am Morgen fand',
    ]);
    // Stored, not only in memory.
    const stored = await suite.server.app.workshops.store.participants(w.workshopId);
    expect(stored.filter((p) => p.teamId === 'team-2')).toHaveLength(4);
    expect(stored.some((p) => p.teamId === 'team-6')).toBe(false);

    console_.close();
    phone.close();
  });

  it('refuses to remove the current phase and leaves programme and session as they were', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 4 });
    const before = await view(w.workshopId, w.facilitatorToken);
    const screen = await connectSession(suite.server, w.facilitatorToken);
    let announced = 0;
    screen.socket.on('session:definition', () => announced++);
    const lunch = before.definition.phases.findIndex((p) => p.id === 'lunch');
    await screen.command({ type: 'phase.goto', phaseIndex: lunch });
    await waitFor(() => screen.last()?.state.phaseIndex === lunch, 'lunch');
    const revision = screen.last()!.state.revision;

    const refused = await put(w.workshopId, w.facilitatorToken, removePhase(before.definition, 'lunch'));
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('current_phase_removed');
    const after = await view(w.workshopId, w.facilitatorToken);
    expect(after.definition.phases.map((p) => p.id)).toContain('lunch');
    expect((await suite.server.app.workshops.sessions.get(w.workshopId))!.state.revision).toBe(revision);
    expect(announced).toBe(0);
    screen.close();
  });

  it('refuses to remove a team while a rotation runs, and to move members into a team that is gone', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 6 });
    const before = await view(w.workshopId, w.facilitatorToken);
    const screen = await connectSession(suite.server, w.facilitatorToken);
    const rotation = before.definition.phases.findIndex((p) => p.id === 'solution-rooms');
    await screen.command({ type: 'phase.goto', phaseIndex: rotation });
    await waitFor(() => screen.last()?.state.phaseIndex === rotation, 'rotation');

    const inRotation = await put(w.workshopId, w.facilitatorToken, removeTeam(before.definition, 'team-3'));
    expect(inRotation.status).toBe(409);
    expect(inRotation.body.error?.code).toBe('team_removed_in_rotation');

    await screen.command({ type: 'phase.goto', phaseIndex: rotation + 1 });
    const bothGone = removeTeam(removeTeam(before.definition, 'team-3'), 'team-4');
    const wrongTarget = await put(w.workshopId, w.facilitatorToken, bothGone, { 'team-3': 'team-4' });
    expect(wrongTarget.status).toBe(409);
    expect(wrongTarget.body.error?.code).toBe('unknown_team');
    expect((await view(w.workshopId, w.facilitatorToken)).definition.teams).toHaveLength(6);
    screen.close();
  });
});
