import { describe, expect, it } from 'vitest';
import {
  PROTOCOL_VERSION,
  workshopViewSchema,
  type Ack,
  type Joined,
  type QuestionsState,
  type WorkshopView,
} from '@mutopia/shared';
import type { Socket } from 'socket.io-client';
import { api, connectSocket, createWorkshop, joinWorkshop, serverPerTest, waitFor } from './harness.js';

const suite = serverPerTest();

/** A workshop socket that keeps the last question wall it was sent (listening before it connects). */
interface WallClient {
  socket: Socket;
  wall: () => QuestionsState;
  definitionChanges: () => number;
  send: (event: string, payload: unknown) => Promise<Ack>;
  close: () => void;
}

async function connectWall(token: string): Promise<WallClient> {
  const socket = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token });
  let last: QuestionsState | undefined;
  let definitionChanges = 0;
  socket.on('questions:state', (state: QuestionsState) => (last = state));
  socket.on('session:definition', () => definitionChanges++);
  await new Promise<void>((resolve, reject) => {
    socket.once('questions:state', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    socket,
    wall: () => last!,
    definitionChanges: () => definitionChanges,
    send: (event, payload) => new Promise<Ack>((resolve) => socket.emit(event, payload, resolve)),
    close: () => socket.disconnect(),
  };
}

async function workshopView(workshopId: string, token: string): Promise<WorkshopView> {
  return workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).body,
  );
}

async function viewerToken(workshopId: string, facilitatorToken: string): Promise<string> {
  const res = await api<{ token: string }>(
    suite.server,
    'POST',
    `/api/workshops/${workshopId}/viewer-token`,
    { projectorId: 'beamer-1' },
    facilitatorToken,
  );
  return res.body.token;
}

const storedText = (teamId: string) =>
  (
    suite.server.app.database.sqlite!.prepare('SELECT text FROM questions WHERE team_id = ?').get(teamId) as
      { text: string } | undefined
  )?.text;

describe('question wall', () => {
  it('collects one question from each of 30 teams, live for everyone, until the facilitator closes it', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 30 });
    const facilitator = await connectWall(w.facilitatorToken);
    const joined: Joined[] = [];
    for (let i = 1; i <= 30; i++) joined.push(await joinWorkshop(suite.server, w.joinCode, `P${i}`, `team-${i}`));
    const teams = await Promise.all(joined.map((j) => connectWall(j.token)));
    expect(facilitator.wall()).toMatchObject({ open: true, questions: [] });

    // All 30 at once.
    const acks = await Promise.all(
      teams.map((team, i) =>
        team.send('question:submit', {
          text: `  Wie können wir Team ${i + 1} helfen?  `,
          themeId: i % 2 === 0 ? 'solution-room-sprache' : null,
        }),
      ),
    );
    expect(acks.every((a) => a.ok)).toBe(true);
    await waitFor(() => facilitator.wall().questions.length === 30, 'the facilitator to see 30 questions');
    await waitFor(() => teams[7]!.wall().questions.length === 30, 'a participant to see 30 questions');
    const wall = facilitator.wall();
    // In team order, trimmed, with their themes.
    expect(wall.questions.map((q) => q.teamId)).toEqual(joined.map((j) => j.teamId));
    expect(wall.questions[0]).toMatchObject({
      text: 'Wie können wir Team 1 helfen?',
      themeId: 'solution-room-sprache',
      promotedRank: null,
    });
    expect(wall.questions[1]!.themeId).toBeNull();

    // A second submit from a team changes its question; there is still one per team.
    expect(
      await teams[2]!.send('question:submit', { text: 'Wie können wir es besser machen?', themeId: null }),
    ).toEqual({
      ok: true,
    });
    await waitFor(
      () => facilitator.wall().questions.some((q) => q.text === 'Wie können wir es besser machen?'),
      'the edit',
    );
    expect(facilitator.wall().questions).toHaveLength(30);
    expect(facilitator.wall().questions[2]!.teamId).toBe('team-3');

    // Closed: a late edit is refused and nothing changes.
    expect(await teams[0]!.send('question:open', { open: false })).toEqual({ ok: false, error: 'forbidden' });
    expect(await facilitator.send('question:open', { open: false })).toEqual({ ok: true });
    await waitFor(() => teams[4]!.wall().open === false, 'participants to see the wall closed');
    expect(await teams[4]!.send('question:submit', { text: 'Zu spät', themeId: null })).toEqual({
      ok: false,
      error: 'questions_closed',
    });
    expect(storedText('team-5')).toBe('Wie können wir Team 5 helfen?');
    // A facilitator can still type in a question handed in on paper, or fix one.
    expect(await facilitator.send('question:submit', { text: 'Von Papier', themeId: null, teamId: 'team-5' })).toEqual({
      ok: true,
    });
    expect(storedText('team-5')).toBe('Von Papier');

    for (const c of [facilitator, ...teams]) c.close();
  });

  it('lets only facilitators run the wall and nobody without a team submit', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 4 });
    const facilitator = await connectWall(w.facilitatorToken);
    const ada = await connectWall((await joinWorkshop(suite.server, w.joinCode, 'Ada', 'team-1')).token);
    const projector = await connectWall(await viewerToken(w.workshopId, w.facilitatorToken));
    expect(await ada.send('question:submit', { text: 'Wie können wir?', themeId: null })).toEqual({ ok: true });
    await waitFor(() => facilitator.wall().questions.length === 1, 'the question');
    const id = facilitator.wall().questions[0]!.id;

    expect(await projector.send('question:submit', { text: 'Beamer', themeId: null })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    // A participant writes only for its own team.
    expect(await ada.send('question:submit', { text: 'Fremd', themeId: null, teamId: 'team-2' })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(await facilitator.send('question:submit', { text: 'Ohne Team', themeId: null })).toEqual({
      ok: false,
      error: 'no_team',
    });
    expect(await ada.send('question:submit', { text: 'x', themeId: 'plenary' })).toEqual({
      ok: false,
      error: 'unknown_theme',
    });
    for (const [event, payload] of [
      ['question:promote', { ids: [id] }],
      ['question:open', { open: false }],
      ['question:edit', { id, text: 'Geändert', themeId: null }],
      ['question:remove', { id }],
      ['question:generate-stations', {}],
    ] as const) {
      expect(await ada.send(event, payload), event).toEqual({ ok: false, error: 'forbidden' });
      expect(await projector.send(event, payload), event).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(await ada.send('question:submit', { text: '', themeId: null })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expect(await ada.send('question:submit', { text: 'x'.repeat(301), themeId: null })).toEqual({
      ok: false,
      error: 'invalid_payload',
    });
    expect(storedText('team-1')).toBe('Wie können wir?');
    expect(facilitator.wall()).toMatchObject({ open: true, questions: [{ id, promotedRank: null }] });

    // Facilitators fix typos and remove.
    expect(await facilitator.send('question:edit', { id, text: 'Wie können wir das?', themeId: null })).toEqual({
      ok: true,
    });
    await waitFor(() => ada.wall().questions[0]?.text === 'Wie können wir das?', 'the fix to reach the team');
    expect(await facilitator.send('question:remove', { id })).toEqual({ ok: true });
    await waitFor(() => projector.wall().questions.length === 0, 'the projector to drop it');
    for (const c of [facilitator, ada, projector]) c.close();
  });

  it('promotes six questions and turns them into the 18 [M]Utopie stations with boards', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 10 });
    const facilitator = await connectWall(w.facilitatorToken);
    const joined: Joined[] = [];
    for (let i = 1; i <= 10; i++) joined.push(await joinWorkshop(suite.server, w.joinCode, `P${i}`, `team-${i}`));
    const teams = await Promise.all(joined.map((j) => connectWall(j.token)));
    await Promise.all(
      teams.map((t, i) => t.send('question:submit', { text: `Wie können wir ${i + 1}?`, themeId: null })),
    );
    await waitFor(() => facilitator.wall().questions.length === 10, 'ten questions');
    expect(await facilitator.send('question:generate-stations', {})).toEqual({
      ok: false,
      error: 'nothing_promoted',
    });

    // Teams 9, 2, 5, 1, 10, 7 in this order.
    const chosen = [9, 2, 5, 1, 10, 7].map((n) => facilitator.wall().questions[n - 1]!);
    expect(await facilitator.send('question:promote', { ids: chosen.map((q) => q.id) })).toEqual({ ok: true });
    await waitFor(() => teams[0]!.wall().questions.some((q) => q.promotedRank === 6), 'the ranks');
    expect(teams[0]!.wall().questions.filter((q) => q.promotedRank !== null)).toHaveLength(6);
    expect(teams[0]!.wall().questions[8]!.promotedRank).toBe(1);
    expect(teams[0]!.wall().questions[2]!.promotedRank).toBeNull();

    expect(await facilitator.send('question:generate-stations', {})).toEqual({ ok: true });
    await waitFor(() => teams[3]!.definitionChanges() > 0, 'participants to be told to refetch');
    const view = await workshopView(w.workshopId, joined[0]!.token);
    const mutopia = view.definition.stations.filter((s) => s.kind === 'mutopia');
    expect(mutopia).toHaveLength(18);
    chosen.forEach((question, q) => {
      const ofQuestion = mutopia.slice(q * 3, q * 3 + 3);
      expect(ofQuestion.map((s) => s.prompt)).toEqual([question.text, question.text, question.text]);
      expect(ofQuestion.every((s) => s.questionId === question.id)).toBe(true);
      expect(ofQuestion[0]!.name).toBe(`Frage ${q + 1} · Pippi Langstrumpf`);
    });
    for (const station of mutopia) expect(view.boards[station.id], station.id).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const phaseId of ['mutopia', 'solution-ships']) {
      expect(view.definition.phases.find((p) => p.id === phaseId)!.stationIds).toEqual(mutopia.map((s) => s.id));
    }

    // A seventh question (promoted by the vote, through app.questions.promote) makes three new stations with new boards.
    const seventh = facilitator.wall().questions[3]!;
    const promoted = [...chosen, seventh].map((q) => q.id);
    expect(await suite.server.app.questions.promote(w.workshopId, promoted)).toEqual({ ok: true });
    await waitFor(() => teams[0]!.wall().questions[3]!.promotedRank === 7, 'the seventh rank to be broadcast');
    expect(await facilitator.send('question:generate-stations', {})).toEqual({ ok: true });
    const after = await workshopView(w.workshopId, w.facilitatorToken);
    const seven = after.definition.stations.filter((s) => s.kind === 'mutopia');
    expect(seven).toHaveLength(21);
    expect(seven.slice(18).map((s) => [s.id, s.prompt])).toEqual([
      ['mutopia-7-pippi', seventh.text],
      ['mutopia-7-agassi-graf', seventh.text],
      ['mutopia-7-einstein', seventh.text],
    ]);
    expect(new Set(seven.map((s) => after.boards[s.id])).size).toBe(21);
    // The first 18 kept their boards.
    for (const station of mutopia) expect(after.boards[station.id]).toBe(view.boards[station.id]);

    // Removing a promoted question closes the gap in the ranks.
    expect(await facilitator.send('question:remove', { id: chosen[1]!.id })).toEqual({ ok: true });
    await waitFor(() => facilitator.wall().questions.length === 9, 'the removal');
    const ranks = facilitator
      .wall()
      .questions.filter((q) => q.promotedRank !== null)
      .sort((a, b) => a.promotedRank! - b.promotedRank!);
    expect(ranks.map((q) => q.id)).toEqual(promoted.filter((id) => id !== chosen[1]!.id));
    expect(ranks.map((q) => q.promotedRank)).toEqual([1, 2, 3, 4, 5, 6]);

    for (const c of [facilitator, ...teams]) c.close();
  });

  it('replaces the whole wall for an archive import and keeps it across a restart', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const { store } = suite.server.app.questions;
    const at = '2026-09-23T10:00:00.000Z';
    await store.replaceAll(
      w.workshopId,
      [
        { id: 'q-b', teamId: 'team-2', text: 'B?', themeId: null, promotedRank: 1, createdAt: at, updatedAt: at },
        { id: 'q-a', teamId: 'team-1', text: 'A?', themeId: null, promotedRank: null, createdAt: at, updatedAt: at },
      ],
      false,
    );
    await suite.restart();
    const { store: reopened } = suite.server.app.questions;
    expect(await reopened.isOpen(w.workshopId)).toBe(false);
    expect((await reopened.list(w.workshopId)).map((q) => [q.id, q.teamId, q.promotedRank])).toEqual([
      ['q-a', 'team-1', null],
      ['q-b', 'team-2', 1],
    ]);
    const facilitator = await connectWall(w.facilitatorToken);
    expect(facilitator.wall().questions).toHaveLength(2);
    facilitator.close();
  });
});
