import { describe, expect, it } from 'vitest';
import { addInsight, createShip, workshopViewSchema, type WorkshopView } from '@mutopia/shared';
import { connectSession, joinWorkshop, type SessionClient } from '../../server/test/harness.js';
import { addNotes, connectVoter, type VoteClient } from '../../server/test/vote-clients.js';
import { browserSuite, requestJson } from './browser-harness.js';
import { emit, PROJECTOR, questionText, seeAll, shot, shown, THEMES, wallSocket } from './conference-pages.js';

const suite = browserSuite();
const VIEWPORT = PROJECTOR;

const api = <T>(path: string, body?: unknown, token?: string) => requestJson<T>(suite.server, path, body, token);

describe('the projector at the real numbers (30 teams, 120 people)', () => {
  it('shows every question, ship, station, room and name, the votes and the insights, without anyone touching it', async () => {
    const made = await api<{ workshopId: string; joinCode: string; facilitatorSecret: string }>('/api/workshops', {
      templateId: 'weiterbildungskonferenz',
      locale: 'de',
      params: { teamCount: 30 },
    });
    const { workshopId, joinCode } = made;
    const { token } = await api<{ token: string }>(`/api/workshops/${workshopId}/login`, {
      secret: made.facilitatorSecret,
    });
    const viewOf = async (): Promise<WorkshopView> =>
      workshopViewSchema.parse(await api(`/api/workshops/${workshopId}`, undefined, token));
    let view = await viewOf();
    const desk: SessionClient = await connectSession(suite.server, token);
    const command = async (c: unknown) => expect(await desk.command(c)).toEqual({ ok: true });
    const gotoPhase = (id: string) => command({ type: 'phase.goto', phaseIndex: phaseIndex(id) });
    const phaseIndex = (id: string) => view.definition.phases.findIndex((p) => p.id === id);

    // 120 people, four per team; the first of each team hands in the team's question.
    const people = [];
    for (let i = 0; i < 120; i++) {
      const team = (i % 30) + 1;
      people.push(
        await joinWorkshop(suite.server, joinCode, `Person ${String(i + 1).padStart(3, '0')}`, `team-${team}`),
      );
    }
    const teams = await Promise.all(people.slice(0, 30).map((p) => wallSocket(suite.server, p.token)));
    const facilitatorWall = await wallSocket(suite.server, token);
    await gotoPhase('how-might-we');
    await Promise.all(
      teams.map(async (team, i) =>
        expect(
          await emit(team.socket, 'question:submit', { text: questionText(i + 1), themeId: THEMES[i % THEMES.length] }),
        ).toEqual({ ok: true }),
      ),
    );
    await expect.poll(() => facilitatorWall.wall()?.questions.length).toBe(30);
    // The leaders choose six, two of them without a theme (the column that used to fall off the screen).
    const questions = facilitatorWall.wall()!.questions;
    const chosen = [0, 5, 6, 11, 12, 17].map((i) => questions[i]!.id);
    expect(await emit(facilitatorWall.socket, 'question:promote', { ids: chosen })).toEqual({ ok: true });

    // The projector in the hall, paging every 2 seconds (?pageSeconds=2).
    const { token: viewerToken } = await api<{ token: string }>(
      `/api/workshops/${workshopId}/viewer-token`,
      { projectorId: 'saal' },
      token,
    );
    const projector = await suite.newPage({ viewport: VIEWPORT });
    await projector.goto(`${suite.server.httpUrl}/w/${workshopId}/projector/saal?pageSeconds=2#token=${viewerToken}`);
    await projector.getByTestId('projector-phase').waitFor();
    expect(await projector.locator('html').getAttribute('lang')).toBe('de');

    // 1. The question wall: all 30 questions over 5 themes and "Ohne Thema", all 6 chosen marked.
    await gotoPhase('prioritisation');
    await projector.getByTestId('question-wall-pages').waitFor();
    await expect.poll(() => projector.getByTestId('wall-question').count()).toBe(30);
    expect(await projector.getByTestId('question-wall-column').count()).toBe(6);
    expect(await projector.getByTestId('wall-question-rank').count()).toBe(6);
    await shot(projector, 'projector-question-wall-30.png');
    await seeAll(projector, 'wall-question', 'data-team-id', 30, /^Seite \d von \d$/);
    // Long words are hyphenated by the browser, never broken anywhere.
    const wrap = await projector
      .getByTestId('wall-question')
      .first()
      .locator('.wall-question__text')
      .evaluate((el) => {
        const style = el.ownerDocument.defaultView!.getComputedStyle(el);
        return [style.hyphens, style.overflowWrap, el.closest('[lang]')?.getAttribute('lang')];
      });
    expect(wrap).toEqual(['auto', 'break-word', 'de']);

    // 2. The question vote: the room sees it fill up, then the result.
    const voters: VoteClient[] = await Promise.all(people.slice(0, 12).map((p) => connectVoter(suite.server, p.token)));
    const facilitatorVotes = await connectVoter(suite.server, token);
    const opened = await facilitatorVotes.emit('vote:open', {
      stationId: null,
      title: 'Welche Fragen nehmen wir mit?',
      items: questions.map((q) => ({ kind: 'question', id: q.id })),
      budget: 3,
    });
    expect(opened.ok).toBe(true);
    const sessionId = (opened as { sessionId: string }).sessionId;
    await projector.getByTestId('projector-vote').waitFor();
    for (const [i, voter] of voters.entries()) {
      for (let d = 0; d < 3; d++) {
        expect((await voter.emit('vote:cast', { sessionId, itemId: questions[(i + d * 7) % 30]!.id })).ok).toBe(true);
      }
    }
    await projector.locator('[data-testid="projector-vote-dots"][data-dots="36"]').waitFor();
    await projector.locator('[data-testid="projector-vote-voters"][data-voters="12"]').waitFor();
    expect(await projector.getByTestId('projector-vote-voters').textContent()).toBe(
      '12 von 120 Personen haben abgestimmt',
    );
    expect(await projector.getByTestId('projector-vote-dots').textContent()).toBe('36 Punkte vergeben');
    expect(await projector.getByTestId('vote-bar').count()).toBe(0);
    await shot(projector, 'projector-question-vote-running.png');
    expect((await facilitatorVotes.emit('vote:close', { sessionId })).ok).toBe(true);
    expect((await facilitatorVotes.emit('vote:reveal', { sessionId })).ok).toBe(true);
    await expect.poll(() => projector.getByTestId('vote-bar').count()).toBe(30);
    await seeAll(projector, 'vote-bar', 'data-item-id', 30);
    await shot(projector, 'projector-question-vote-result.png');

    // 3. 18 [M]Utopie stations from the six questions: the self-selection shows every station and who chose it.
    expect(await emit(facilitatorWall.socket, 'question:generate-stations', {})).toEqual({ ok: true });
    view = await viewOf();
    const mutopia = view.definition.stations.filter((s) => s.kind === 'mutopia');
    expect(mutopia).toHaveLength(18);
    await gotoPhase('mutopia');
    const sessions = await Promise.all(people.slice(0, 40).map((p) => connectSession(suite.server, p.token)));
    for (const [i, s] of sessions.entries()) {
      expect(await s.command({ type: 'station.choose', stationId: mutopia[i % 18]!.id })).toEqual({ ok: true });
    }
    await projector.locator('[data-testid="projector-phase"][data-layout="where"]').waitFor();
    await expect.poll(() => projector.getByTestId('where-station').count()).toBe(18);
    await projector.getByTestId('where-choosing').filter({ hasText: '80 Personen wählen noch' }).waitFor();
    await seeAll(projector, 'where-station', 'data-station-id', 18);
    await shot(projector, 'projector-mutopia-18-stations.png');

    // 4. A station vote, on the projector showing that station: progress, then the bars.
    const station = mutopia[0]!;
    const noteIds = await addNotes(suite.server, view.boards[station.id]!, [
      'Lotsen in jeder Kammer',
      'Azubi-Tandems',
      'Sprach-App',
    ]);
    const stationVote = await facilitatorVotes.emit('vote:open', {
      stationId: station.id,
      title: 'Welche Ansätze werden Schiffe?',
      items: noteIds.map((id) => ({ kind: 'note', id })),
      budget: 2,
    });
    expect(stationVote.ok).toBe(true);
    const stationSession = (stationVote as { sessionId: string }).sessionId;
    await command({ type: 'projector.show', projectorId: 'saal', view: { kind: 'station', stationId: station.id } });
    await projector.getByTestId('projector-station-name').filter({ hasText: station.name }).waitFor();
    await projector.locator('[data-testid="projector-vote"][data-status="open"]').waitFor();
    for (const voter of voters.slice(0, 5)) {
      expect((await voter.emit('vote:cast', { sessionId: stationSession, itemId: noteIds[1]! })).ok).toBe(true);
    }
    await projector.locator('[data-testid="projector-vote-dots"][data-dots="5"]').waitFor();
    await shot(projector, 'projector-station-vote-running.png');
    expect((await facilitatorVotes.emit('vote:close', { sessionId: stationSession })).ok).toBe(true);
    expect((await facilitatorVotes.emit('vote:reveal', { sessionId: stationSession })).ok).toBe(true);
    await expect.poll(() => projector.getByTestId('vote-bar').count()).toBe(3);
    expect(await projector.getByTestId('vote-bar').first().getAttribute('data-count')).toBe('5');
    await seeAll(projector, 'vote-bar', 'data-item-id', 3);
    await shot(projector, 'projector-station-vote-result.png');

    // 5. The expert tables (member split): who goes where, all 120 by name.
    await command({ type: 'projector.show', projectorId: 'saal', view: { kind: 'phase' } });
    await gotoPhase('expert-tables');
    await projector.locator('[data-testid="projector-phase"][data-layout="where"]').waitFor();
    await expect.poll(() => projector.getByTestId('where-person').count()).toBe(120);
    expect(await projector.getByTestId('where-station').count()).toBe(4);
    await seeAll(projector, 'where-person', 'data-person-id', 120);
    await shot(projector, 'projector-expert-tables-split.png');

    // 6. All 60 rooms by name, as on the door signs.
    expect(view.definition.stations).toHaveLength(60);
    await command({ type: 'projector.show', projectorId: 'saal', view: { kind: 'rooms' } });
    await projector.getByTestId('projector-rooms').waitFor();
    await expect.poll(() => projector.getByTestId('room-name').count()).toBe(60);
    await seeAll(projector, 'room-name', 'data-station-id', 60);
    await shot(projector, 'projector-rooms-60.png');

    // 7. "Erkenntnisse präsentieren": a room's insights fill the screen, none cut off.
    const room = view.definition.stations.find((s) => s.kind === 'solutionRoom')!;
    const insights = [
      'Beratungsstellen kennen einander kaum: ein gemeinsamer Verteiler für alle Akteur:innen der Region.',
      'Anerkennungsverfahren dauern zu lange; eine Lotsin je Kammer begleitet vom ersten Tag an.',
      'Sprachkurse am Arbeitsplatz statt abends: Betriebe stellen Zeit, das Jobcenter bezahlt die Lehrkraft.',
      'Diskriminierungserfahrungen werden selten gemeldet; eine anonyme Meldestelle mit Rückmeldung schafft Vertrauen.',
    ];
    await suite.server.app.boardHost.edit(view.boards[room.id]!, (doc) =>
      insights.forEach((text) => addInsight(doc, text)),
    );
    await command({
      type: 'projector.show',
      projectorId: 'saal',
      view: { kind: 'gallery', stationIds: [room.id], index: 0, focus: 'insights' },
    });
    await projector.getByTestId('insights-screen').waitFor();
    await expect.poll(() => projector.getByTestId('insight').count()).toBe(4);
    const cards = projector.getByTestId('insight');
    const screen = (await projector.getByTestId('insights-screen').boundingBox())!;
    // The insights are the screen, not a narrow column beside an empty board.
    expect(screen.width).toBeGreaterThan(VIEWPORT.width * 0.9);
    expect(screen.height).toBeGreaterThan(VIEWPORT.height * 0.6);
    for (let i = 0; i < 4; i++) {
      const card = cards.nth(i);
      expect(await shown(card), `insight ${i + 1} on screen`).toBe(true);
      const clipped = await card.evaluate(
        (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
      );
      expect(clipped, `insight ${i + 1} cut off`).toBe(false);
      expect(await card.textContent()).toContain(insights[i]!);
      const box = (await card.boundingBox())!;
      expect(box.width).toBeGreaterThan(400);
    }
    await shot(projector, 'projector-insights.png');

    // 8. The harbour: 36 ships (6 questions × 3 perspectives × 2), all of them on screen at some point.
    const harbour = view.definition.stations.find((s) => s.kind === 'harbour')!;
    await suite.server.app.boardHost.edit(view.boards[harbour.id]!, (doc) => {
      mutopia.forEach((s, i) => {
        for (const n of [1, 2]) {
          createShip(doc, {
            title: `Schiff ${i * 2 + n}: ${n === 1 ? 'Kammer-Lotsinnen' : 'Sprachförderung im Betrieb'}`,
            approach: 'Eine Ansprechperson begleitet Fachkräfte vom Anerkennungsantrag bis zur Einarbeitung.',
            questionId: s.questionId ?? '',
            questionText: s.prompt,
            perspectiveId: s.perspectiveId ?? '',
            budgetTierId: s.budgetTierId ?? '',
            originStationId: s.id,
          });
        }
      });
    });
    await command({ type: 'projector.show', projectorId: 'saal', view: { kind: 'phase' } });
    await gotoPhase('harbour');
    await projector.getByTestId('harbour-pages').waitFor();
    await expect.poll(() => projector.getByTestId('ship-tile').count()).toBe(36);
    await shot(projector, 'projector-harbour-36.png');
    await seeAll(projector, 'ship-tile', 'data-ship-id', 36);

    for (const c of [desk, ...sessions]) c.close();
    for (const c of [facilitatorVotes, ...voters]) c.close();
    for (const c of [facilitatorWall, ...teams]) c.socket.disconnect();
  }, 240_000);
});
