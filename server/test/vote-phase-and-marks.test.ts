import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import {
  PROTOCOL_VERSION,
  workshopResultsSchema,
  workshopViewSchema,
  type Ack,
  type QuestionsState,
  type VoteAck,
  type VoteSessionsPayload,
  type VoteSessionView,
  type WorkshopView,
} from '@mutopia/shared';
import type { Socket } from 'socket.io-client';
import { api, connectSocket, createWorkshop, joinWorkshop, serverPerTest, waitFor } from './harness.js';

const suite = serverPerTest();

/** A workshop socket that keeps the last vote sessions and question wall it was sent. */
interface Client {
  sessions: () => VoteSessionView[];
  wall: () => QuestionsState | undefined;
  emit: <T = VoteAck>(event: string, payload: unknown) => Promise<T>;
  close: () => void;
}

async function connect(token: string): Promise<Client> {
  const socket: Socket = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token });
  let sessions: VoteSessionView[] = [];
  let wall: QuestionsState | undefined;
  socket.on('vote:sessions', (p: VoteSessionsPayload) => (sessions = p.sessions));
  socket.on('questions:state', (state: QuestionsState) => (wall = state));
  // The votes feature sends its state once it is attached; only then are its events handled.
  await new Promise<void>((resolve, reject) => {
    socket.once('vote:sessions', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    sessions: () => sessions,
    wall: () => wall,
    emit: <T>(event: string, payload: unknown) => new Promise<T>((resolve) => socket.emit(event, payload, resolve)),
    close: () => socket.disconnect(),
  };
}

async function workshopView(workshopId: string, token: string): Promise<WorkshopView> {
  return workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).body,
  );
}

async function download(path: string, token: string): Promise<string> {
  const res = await fetch(`${suite.server.httpUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return res.text();
}

/** Four teams' questions, a revealed question vote with clear winners (no tie at the cut), the top two promoted. */
async function promotedQuestionVote() {
  const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 4 });
  const view = await workshopView(w.workshopId, w.facilitatorToken);
  const facilitator = await connect(w.facilitatorToken);
  for (const [i, team] of view.definition.teams.entries()) {
    expect(
      await facilitator.emit<Ack>('question:submit', {
        text: `Wie können wir ${i + 1} …?`,
        themeId: null,
        teamId: team.id,
      }),
    ).toEqual({ ok: true });
  }
  await waitFor(() => facilitator.wall()?.questions.length === 4, 'the four questions on the wall');
  const [q1, q2, q3, q4] = facilitator.wall()!.questions.map((q) => q.id) as [string, string, string, string];
  const voters = await Promise.all(
    [0, 1, 2].map(async (i) => connect((await joinWorkshop(suite.server, w.joinCode, `P${i}`)).token)),
  );
  const opened = await facilitator.emit<{ ok: true; sessionId: string }>('vote:open', {
    stationId: null,
    title: 'Welche Fragen nehmen wir mit?',
    items: [q1, q2, q3, q4].map((id) => ({ kind: 'question', id })),
  });
  const sessionId = opened.sessionId;
  // q1: 3 dots, q2: 2, q3: 1, q4: none.
  const dots: Array<[number, string]> = [
    [0, q1],
    [1, q1],
    [2, q1],
    [0, q2],
    [1, q2],
    [2, q3],
  ];
  for (const [voter, itemId] of dots) {
    expect(await voters[voter]!.emit('vote:cast', { sessionId, itemId })).toMatchObject({ ok: true });
  }
  expect(await facilitator.emit('vote:reveal', { sessionId })).toMatchObject({ ok: true });
  expect(await facilitator.emit('vote:promote', { sessionId, count: 2 })).toMatchObject({
    ok: true,
    promotion: { promoted: [q1, q2] },
  });
  return { w, facilitator, voters, sessionId, ids: { q1, q2, q3, q4 } };
}

describe('"übernommen" marks', () => {
  it('follow the question wall when the facilitator swaps a promoted question: results, Markdown and CSV', async () => {
    const { w, facilitator, voters, ids } = await promotedQuestionVote();
    const { q1, q2, q3 } = ids;
    const label = (id: string) => facilitator.wall()!.questions.find((q) => q.id === id)!.text;

    // Swap the second winner for the third-placed question on the wall.
    expect(await facilitator.emit<Ack>('question:promote', { ids: [q1, q3] })).toEqual({ ok: true });

    const res = await api<unknown>(
      suite.server,
      'GET',
      `/api/workshops/${w.workshopId}/results`,
      undefined,
      w.facilitatorToken,
    );
    const results = workshopResultsSchema.parse(res.body);
    expect(results.promotedQuestions.map((q) => q.id)).toEqual([q1, q3]);
    const [vote] = results.votes;
    expect(vote!.promoted).toEqual([q1, q3]);

    const md = await download(`/api/workshops/${w.workshopId}/results.md`, w.facilitatorToken);
    const mdRow = (id: string) => md.split('\n').find((line) => line.startsWith(`| ${label(id)}`));
    expect(mdRow(q1)).toBe(`| ${label(q1)} **(Weiterverfolgt)** | 3 |`);
    expect(mdRow(q2)).toBe(`| ${label(q2)} | 2 |`);
    expect(mdRow(q3)).toBe(`| ${label(q3)} **(Weiterverfolgt)** | 1 |`);

    const csv = parseCsv(await download(`/api/workshops/${w.workshopId}/results.csv?table=votes`, w.facilitatorToken), {
      delimiter: ';',
      bom: true,
    }) as string[][];
    expect(csv[0]).toEqual(['Abstimmung', 'Station', 'Option', 'Punkte', 'Weiterverfolgt']);
    const csvMark = (id: string) => csv.find((row) => row[2] === label(id))?.[4];
    expect([csvMark(q1), csvMark(q2), csvMark(q3), csvMark(ids.q4)]).toEqual(['ja', 'nein', 'ja', 'nein']);

    // Clearing the selection clears the marks too.
    expect(await facilitator.emit<Ack>('question:promote', { ids: [] })).toEqual({ ok: true });
    const cleared = workshopResultsSchema.parse(
      (await api<unknown>(suite.server, 'GET', `/api/workshops/${w.workshopId}/results`, undefined, w.facilitatorToken))
        .body,
    );
    expect(cleared.votes[0]!.promoted).toEqual([]);
    for (const c of [facilitator, ...voters]) c.close();
  });
});

describe('the phase a vote belongs to', () => {
  it('is the phase it was opened in, and the phase of its reveal if that came later', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 2 });
    const view = await workshopView(w.workshopId, w.facilitatorToken);
    const facilitator = await connect(w.facilitatorToken);
    const phone = await connect((await joinWorkshop(suite.server, w.joinCode, 'Pia')).token);
    const [team] = view.definition.teams;
    await facilitator.emit<Ack>('question:submit', { text: 'Wie können wir …?', themeId: null, teamId: team!.id });
    await waitFor(() => facilitator.wall()?.questions.length === 1, 'the question on the wall');
    const items = [{ kind: 'question', id: facilitator.wall()!.questions[0]!.id }];
    const command = (c: unknown) => facilitator.emit<Ack>('session:command', c);

    // Before the start: no phase.
    const early = await facilitator.emit<{ sessionId: string }>('vote:open', { stationId: null, title: 'Früh', items });
    await waitFor(() => phone.sessions().some((s) => s.id === early.sessionId), 'the first vote on the phone');
    expect(phone.sessions().find((s) => s.id === early.sessionId)!.phaseIndex).toBeNull();
    await facilitator.emit('vote:close', { sessionId: early.sessionId });

    expect(await command({ type: 'phase.goto', phaseIndex: 1 })).toMatchObject({ ok: true });
    const { sessionId } = await facilitator.emit<{ sessionId: string }>('vote:open', {
      stationId: null,
      title: 'In Phase 2',
      items,
    });
    const onPhone = () => phone.sessions().find((s) => s.id === sessionId);
    await waitFor(() => onPhone()?.phaseIndex === 1, 'the vote of phase 2 on the phone');

    // Moving on leaves an open vote where it was opened …
    expect(await command({ type: 'phase.goto', phaseIndex: 2 })).toMatchObject({ ok: true });
    expect(await facilitator.emit('vote:close', { sessionId })).toMatchObject({ ok: true });
    await waitFor(() => onPhone()?.status === 'closed', 'the close on the phone');
    expect(onPhone()!.phaseIndex).toBe(1);
    // … and its result, revealed later, belongs to the phase everybody is in now.
    expect(await facilitator.emit('vote:reveal', { sessionId })).toMatchObject({ ok: true });
    await waitFor(() => onPhone()?.status === 'revealed', 'the reveal on the phone');
    expect(onPhone()!.phaseIndex).toBe(2);
    for (const c of [facilitator, phone]) c.close();
  });
});
