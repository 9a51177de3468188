import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { workshopViewSchema, type Publication, type WorkshopView } from '@mutopia/shared';
import { api as request, connectSession, joinWorkshop } from '../../server/test/harness.js';
import { connectVoter } from '../../server/test/vote-clients.js';
import { browserSuite, requestJson, waitOnline } from './browser-harness.js';
import {
  CONSOLE,
  emit,
  participantPage,
  PROJECTOR,
  questionText,
  seeAll,
  shot,
  THEMES,
  wallSocket,
} from './conference-pages.js';

/**
 * Issue 11's one script: the seed conference at the real numbers (30 teams,
 * 120 people joined over the API, four real phones, a projector), asserting
 * what people see from the morning's rooms to the published results.
 */
const suite = browserSuite();
const api = <T>(path: string, body?: unknown, token?: string) => requestJson<T>(suite.server, path, body, token);

const stationOf = (phone: Page) => phone.getByTestId('station-header').getAttribute('data-station-id');

describe('the seed conference at the real numbers', () => {
  it('moves a person, marks who wrote what in a shared room, shows all 30 questions and the vote, and keeps the morning', async () => {
    const made = await api<{ workshopId: string; joinCode: string; facilitatorSecret: string }>('/api/workshops', {
      templateId: 'weiterbildungskonferenz',
      locale: 'de',
      params: { teamCount: 30, title: 'Fachkraft im Fokus' },
    });
    const { workshopId, joinCode } = made;
    const { token } = await api<{ token: string }>(`/api/workshops/${workshopId}/login`, {
      secret: made.facilitatorSecret,
    });
    const view: WorkshopView = workshopViewSchema.parse(await api(`/api/workshops/${workshopId}`, undefined, token));
    expect(view.definition.teams).toHaveLength(30);
    const desk = await connectSession(suite.server, token);
    const facilitator = await wallSocket(suite.server, token);
    const gotoPhase = async (id: string) =>
      expect(
        await desk.command({ type: 'phase.goto', phaseIndex: view.definition.phases.findIndex((p) => p.id === id) }),
      ).toEqual({ ok: true });

    // 120 people, four per team, over the API.
    const people = [];
    for (let i = 0; i < 120; i++) {
      const name = `Person ${String(i + 1).padStart(3, '0')}`;
      people.push(await joinWorkshop(suite.server, joinCode, name, `team-${(i % 30) + 1}`));
    }
    const url = `${suite.server.httpUrl}/w/${workshopId}`;

    // Persona: Person 001 sits in team 1's space; the facilitator moves her to team 7, and her phone follows.
    await gotoPhase('persona');
    const moved = people[0]!;
    const movedPhone = await participantPage(suite, workshopId, moved, 'Person 001');
    await movedPhone.goto(url);
    await expect.poll(() => stationOf(movedPhone), { timeout: 10_000 }).toBe('space-team-1');
    expect(
      await emit(facilitator.socket, 'roster:edit', {
        type: 'move',
        participantId: moved.participantId,
        teamId: 'team-7',
      }),
    ).toEqual({ ok: true });
    await expect.poll(() => stationOf(movedPhone), { timeout: 10_000 }).toBe('space-team-7');

    // The tour of the solution rooms: in round 1 teams 1, 6 and 11 share the first room, team 7 is in the second.
    const rooms = view.definition.stations.filter((s) => s.kind === 'solutionRoom');
    expect(rooms).toHaveLength(5);
    await gotoPhase('solution-rooms');
    await expect.poll(() => stationOf(movedPhone), { timeout: 10_000 }).toBe(rooms[1]!.id);
    await shot(movedPhone, 'real-numbers-moved-phone.png');
    const writers = [
      { joined: people[30]!, team: 'Team 1' },
      { joined: people[5]!, team: 'Team 6' },
      { joined: people[10]!, team: 'Team 11' },
    ];
    const phones = await Promise.all(
      writers.map((w) => participantPage(suite, workshopId, w.joined, `Jemand aus ${w.team}`)),
    );
    await Promise.all(phones.map((p) => p.goto(url)));
    for (const phone of phones) await expect.poll(() => stationOf(phone), { timeout: 10_000 }).toBe(rooms[0]!.id);
    // The room opens on the team's persona and question; the notes are one tab away.
    for (const [i, phone] of phones.entries()) {
      await phone.getByTestId('board-tab-canvas').click();
      await waitOnline(phone);
      await phone.getByTestId('add-note').click();
      await phone.getByTestId('note-editor').fill(`Morgens im Raum: ${writers[i]!.team} schlägt vor`);
      await phone.keyboard.press('Escape');
    }
    // Every phone in the room sees three notes, each with its team's chip.
    for (const phone of phones) {
      await expect.poll(() => phone.getByTestId('note-team').count(), { timeout: 10_000 }).toBe(3);
      expect((await phone.getByTestId('note-team').allTextContents()).sort()).toEqual(['Team 1', 'Team 11', 'Team 6']);
    }
    await phones[0]!.getByTestId('zoom-fit').click();
    await shot(phones[0]!, 'real-numbers-shared-room-phone.png');

    // The question wall: 30 questions over five themes and "Ohne Thema", all reachable on the projector untouched.
    await gotoPhase('how-might-we');
    const teamSockets = await Promise.all(people.slice(1, 31).map((p) => wallSocket(suite.server, p.token)));
    for (const [i, team] of teamSockets.entries()) {
      const ack = await emit(team.socket, 'question:submit', {
        text: questionText(i + 1),
        themeId: THEMES[i % THEMES.length],
      });
      expect(ack).toEqual({ ok: true });
    }
    await expect.poll(() => facilitator.wall()?.questions.length).toBe(30);
    const questions = facilitator.wall()!.questions;
    const { token: viewerToken } = await api<{ token: string }>(
      `/api/workshops/${workshopId}/viewer-token`,
      { projectorId: 'saal' },
      token,
    );
    const projector = await suite.newPage({ viewport: PROJECTOR });
    await projector.goto(`${url}/projector/saal?pageSeconds=2#token=${viewerToken}`);
    await gotoPhase('prioritisation');
    await expect.poll(() => projector.getByTestId('wall-question').count(), { timeout: 10_000 }).toBe(30);
    await shot(projector, 'real-numbers-projector-wall.png');
    await seeAll(projector, 'wall-question', 'data-team-id', 30);

    // The question vote: 20 people vote, the projector shows the result once it is revealed.
    const voters = await Promise.all(people.slice(40, 60).map((p) => connectVoter(suite.server, p.token)));
    const votes = await connectVoter(suite.server, token);
    const opened = await votes.emit('vote:open', {
      stationId: null,
      title: 'Welche Fragen nehmen wir mit?',
      items: questions.map((q) => ({ kind: 'question', id: q.id })),
      budget: 3,
    });
    expect(opened.ok).toBe(true);
    const sessionId = (opened as { sessionId: string }).sessionId;
    for (const [i, voter] of voters.entries()) {
      const itemId = questions[i % 4]!.id;
      expect((await voter.emit('vote:cast', { sessionId, itemId })).ok).toBe(true);
    }
    expect((await votes.emit('vote:close', { sessionId })).ok).toBe(true);
    expect((await votes.emit('vote:reveal', { sessionId })).ok).toBe(true);
    await expect.poll(() => projector.getByTestId('vote-bar').count(), { timeout: 10_000 }).toBe(30);
    // The four questions that got the dots lead the result, five dots each.
    const top = projector.getByTestId('vote-bar').first();
    expect(await top.getAttribute('data-count')).toBe('5');
    await shot(projector, 'real-numbers-projector-vote.png');

    // Published: the public page and its Markdown keep the morning's room notes, with their teams.
    const published = (
      await request<Publication>(suite.server, 'PUT', `/api/workshops/${workshopId}/publication`, undefined, token)
    ).body;
    const key = published.path!.slice(3);
    const reader = await suite.newPage({ viewport: CONSOLE });
    await reader.goto(`${suite.server.httpUrl}${published.path}`);
    await reader.getByTestId('results-notes-toc').getByRole('link', { name: rooms[0]!.name, exact: false }).click();
    const room = reader.locator(`#notes-${rooms[0]!.id}`);
    await expect.poll(() => room.evaluate((el) => el.hasAttribute('open'))).toBe(true);
    for (const w of writers) {
      const note = room.getByTestId('result-note').filter({ hasText: `Morgens im Raum: ${w.team} schlägt vor` });
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain(w.team);
    }
    await shot(reader, 'real-numbers-public-results.png');
    const markdown = await fetch(`${suite.server.httpUrl}/api/public/results/${key}.md`);
    expect(markdown.status).toBe(200);
    const text = await markdown.text();
    expect(text).toContain(rooms[0]!.name);
    for (const w of writers) expect(text).toContain(`Morgens im Raum: ${w.team} schlägt vor`);

    desk.close();
    facilitator.socket.disconnect();
    for (const t of teamSockets) t.socket.disconnect();
    for (const v of [votes, ...voters]) v.close();
  }, 240_000);
});
