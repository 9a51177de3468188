import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Publication, SeriesView, WorkshopView } from '@mutopia/shared';
import {
  api,
  connectSession,
  createBoard,
  joinWorkshop,
  waitFor,
  type SessionClient,
} from '../../server/test/harness.js';
import { addNotes, connectVoter, workshopView, type VoteClient } from '../../server/test/vote-clients.js';
import { axeStats, expectNoViolations } from './axe.js';
import { browserSuite, waitOnline } from './browser-harness.js';
import { CONSOLE, emit, PHONE, PROJECTOR, questionText, shot, wallSocket } from './conference-pages.js';

/**
 * Issue 14: axe-core (WCAG 2.1 A and AA) on every view, in German and English,
 * at a laptop's and a phone's size. One server and one workshop for the file,
 * one page per language and size that navigates; the workshop moves through the
 * seed conference's phases so each participant screen is checked as people see it.
 */
const suite = browserSuite();
/** Each test visits a dozen or more views four times over; a shared machine needs the room. */
const MANY_VIEWS = 480_000;

const COMBOS = [
  { lang: 'de', viewport: CONSOLE, name: 'de 1440' },
  { lang: 'en', viewport: CONSOLE, name: 'en 1440' },
  { lang: 'de', viewport: PHONE, name: 'de 390' },
  { lang: 'en', viewport: PHONE, name: 'en 390' },
] as const;
type Combo = (typeof COMBOS)[number];

interface Conference {
  workshopId: string;
  joinCode: string;
  facilitatorSecret: string;
  token: string;
  view: WorkshopView;
  desk: SessionClient;
  voter: VoteClient;
}
let w: Conference;
const people: Array<Awaited<ReturnType<typeof joinWorkshop>>> = [];

/** A separate browser in the given language; the app's CSP forbids the inline script axe is injected as. */
async function browserIn(combo: Combo, storage: Record<string, string> = {}): Promise<Page> {
  const page = await suite.newPage({ viewport: combo.viewport, bypassCSP: true });
  const items = { 'mutopia-language': combo.lang, ...storage };
  await page.addInitScript(
    Object.entries(items)
      .map(([k, v]) => `localStorage.setItem(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join(''),
  );
  return page;
}

const url = (path: string) => `${suite.server.httpUrl}${path}`;
/** Opens a page of the app; the checks wait for what they need, not for every image and font. */
const open = (page: Page, path: string) => page.goto(url(path), { waitUntil: 'domcontentloaded' });
const check = (page: Page, combo: Combo, view: string) => expectNoViolations(page, `${view} (${combo.name})`);

async function gotoPhase(id: string): Promise<void> {
  const phaseIndex = w.view.definition.phases.findIndex((p) => p.id === id);
  expect(await w.desk.command({ type: 'phase.goto', phaseIndex })).toEqual({ ok: true });
}

afterAll(() => {
  // A figure for the budget (the whole suite must stay affordable on two cores); not asserted.
  console.info(`axe: ${axeStats.runs} runs, ${Math.round(axeStats.ms)} ms`);
});

beforeAll(async () => {
  const made = await api<{ workshopId: string; joinCode: string; facilitatorSecret: string }>(
    suite.server,
    'POST',
    '/api/workshops',
    { templateId: 'weiterbildungskonferenz', locale: 'de', params: { teamCount: 3, title: 'Fachkraft im Fokus' } },
  );
  const { workshopId, joinCode, facilitatorSecret } = made.body;
  const { token } = (
    await api<{ token: string }>(suite.server, 'POST', `/api/workshops/${workshopId}/login`, {
      secret: facilitatorSecret,
    })
  ).body;
  for (const [i] of COMBOS.entries()) {
    people.push(await joinWorkshop(suite.server, joinCode, `Person ${i + 1}`, `team-${(i % 2) + 1}`));
  }
  // Each team hands in a question; the facilitator promotes them, which makes the [M]Utopie stations.
  for (const p of people.slice(0, 2)) {
    const team = await wallSocket(suite.server, p.token);
    expect(await emit(team.socket, 'question:submit', { text: questionText(1), themeId: null })).toEqual({ ok: true });
    team.socket.disconnect();
  }
  const wall = await wallSocket(suite.server, token);
  await waitFor(() => wall.wall()?.questions.length === 2, 'both questions on the wall');
  const ids = wall.wall()!.questions.map((q) => q.id);
  expect(await emit(wall.socket, 'question:promote', { ids })).toEqual({ ok: true });
  expect(await emit(wall.socket, 'question:generate-stations', {})).toMatchObject({ ok: true });
  wall.socket.disconnect();
  const view = await workshopView(suite.server, workshopId, token);
  const desk = await connectSession(suite.server, token);
  const voter = await connectVoter(suite.server, token);
  w = { workshopId, joinCode, facilitatorSecret, token, view, desk, voter };
  await addNotes(suite.server, view.boards['mutopia-1-pippi']!, ['Lotsen in jeder Kammer', 'Azubi-Tandems']);
  await addNotes(suite.server, view.boards['space-team-1']!, ['Sprachkurs am Abend']);
}, 60_000);

describe('axe finds no WCAG 2.1 AA violation', () => {
  it(
    'on the landing, create, join, series creation and a plain board',
    async () => {
      const board = await createBoard(suite.server, 'Offene Tafel');
      for (const combo of COMBOS) {
        const page = await browserIn(combo);
        await open(page, '/');
        await page.getByTestId('create-board-submit').waitFor();
        await check(page, combo, 'landing');
        await open(page, '/s/new');
        await page.locator('main, form').first().waitFor();
        await check(page, combo, 'create series');
        await open(page, '/barrierefreiheit');
        await page.getByTestId('statement-page').waitFor();
        await check(page, combo, 'accessibility statement');
        await open(page, `/j/${w.joinCode}`);
        await page.getByTestId('join-name').waitFor();
        await check(page, combo, 'join');
        await open(page, `/b/${board.id}`);
        await waitOnline(page);
        await check(page, combo, 'plain board');
        await shot(page, `a11y-board-${combo.lang}-${combo.viewport.width}.png`);
        await page.getByTestId('board-mode-list').click();
        await page.getByTestId('board-list').waitFor();
        await check(page, combo, 'plain board, list view');
        await page.close();
      }
    },
    MANY_VIEWS,
  );

  it(
    'for participants in every phase kind',
    async () => {
      const phones: Page[] = [];
      for (const [i, combo] of COMBOS.entries()) {
        const joined = people[i]!;
        const record = {
          id: w.workshopId,
          title: 'Test',
          joinCode: null,
          lastOpened: Date.now(),
          created: false,
          facilitator: null,
          participant: { ...joined, displayName: `Person ${i + 1}` },
          cofacilitatorSecret: null,
          projectors: {},
        };
        const stored = JSON.stringify({ state: { workshops: { [w.workshopId]: record } }, version: 1 });
        const page = await browserIn(combo, { 'mutopia-workshops': stored });
        await open(page, `/w/${w.workshopId}`);
        phones.push(page);
      }
      const each = async (
        view: string,
        ready: (page: Page, combo: Combo) => Promise<unknown>,
        also?: (page: Page, combo: Combo) => Promise<unknown>,
      ) => {
        for (const [i, combo] of COMBOS.entries()) {
          const page = phones[i]!;
          await ready(page, combo);
          await check(page, combo, view);
          if (also) await also(page, combo);
        }
      };
      // Both tabs of a station on a phone (panel and notes); a laptop shows them side by side.
      const bothTabs = (view: string) => async (page: Page, combo: Combo) => {
        if ((await page.getByTestId('board-tab-canvas').count()) === 0) return;
        await page.getByTestId('board-tab-canvas').click();
        await check(page, combo, `${view}, notes tab`);
        await page.getByTestId('board-tab-aside').click();
      };
      const at = (location: string) => (page: Page) =>
        page.locator(`[data-testid="participant-view"][data-location="${location}"]`).waitFor();
      const atStation = (id: string) => (page: Page) =>
        page.locator(`[data-testid="station-header"][data-station-id="${id}"]`).waitFor();

      await each('participant waiting', at('waiting'));
      await gotoPhase('welcome');
      await each('participant plenary station', atStation('plenary'), bothTabs('participant plenary station'));
      await gotoPhase('persona');
      await each(
        'participant team space (persona)',
        (p) => p.getByTestId('persona-fill').waitFor(),
        bothTabs('persona'),
      );
      await gotoPhase('solution-rooms');
      await each('participant rotation (solution room)', at('station'), bothTabs('solution room'));
      await gotoPhase('expert-tables');
      await each('participant split (expert table)', at('station'));
      await gotoPhase('how-might-we');
      await each('participant team question', (p) =>
        p.getByTestId('team-question-readonly').or(p.getByTestId('team-question-text')).first().waitFor(),
      );
      await gotoPhase('prioritisation');
      await each('participant question wall', (p) => p.getByTestId('wall-question').first().waitFor());
      await gotoPhase('mutopia');
      await each('participant choosing a station', at('choose'), async (p) => {
        await p.getByTestId('choose-mutopia-1-pippi').click();
        await atStation('mutopia-1-pippi')(p);
      });
      await each('participant [M]Utopie station', atStation('mutopia-1-pippi'), bothTabs('[M]Utopie station'));

      // A dot vote over the station's notes: the ballot comes to the front.
      const station = w.view.definition.stations.find((s) => s.id === 'mutopia-1-pippi')!;
      const notes = [
        ...(await suite.server.app.boardHost.edit(w.view.boards[station.id]!, (doc) => [
          ...doc.getMap('notes').keys(),
        ]))!,
      ];
      const opened = await w.voter.emit('vote:open', {
        stationId: station.id,
        title: 'Welche Ansätze?',
        items: notes.map((id) => ({ kind: 'note', id })),
        budget: 3,
      });
      expect(opened.ok).toBe(true);
      await each('participant ballot', (p) => p.getByTestId('vote-ballot').waitFor());
      const sessionId = opened.ok ? opened.sessionId! : '';
      // One dot, so that promoting the top note does not stop at a tie.
      const dot = await connectVoter(suite.server, people[0]!.token);
      expect((await dot.emit('vote:cast', { sessionId, itemId: notes[0] })).ok).toBe(true);
      dot.close();
      expect((await w.voter.emit('vote:close', { sessionId })).ok).toBe(true);
      expect((await w.voter.emit('vote:reveal', { sessionId })).ok).toBe(true);
      await each('participant vote result', (p) => p.getByTestId('vote-bar').first().waitFor());
      expect((await w.voter.emit('vote:promote', { sessionId, count: 1 })).ok).toBe(true);

      await gotoPhase('solution-ships');
      await each(
        'participant ships (continue)',
        (p) => p.getByTestId('ship-tile').first().waitFor(),
        async (p, combo) => {
          await p.getByTestId('ship-tile').first().getByTestId('ship-open').click();
          await p.getByTestId('ship-dialog').waitFor();
          await check(p, combo, 'ship editor');
          await p.keyboard.press('Escape');
          await p.getByTestId('ship-dialog').waitFor({ state: 'detached' });
        },
      );
      await gotoPhase('harbour');
      await each('participant harbour', (p) => p.getByTestId('harbour').waitFor());
      for (const page of phones) await page.close();
    },
    MANY_VIEWS,
  );

  it(
    'for facilitators: console tabs, station pages, projector and results',
    async () => {
      const { token: viewerToken } = (
        await api<{ token: string }>(
          suite.server,
          'POST',
          `/api/workshops/${w.workshopId}/viewer-token`,
          { projectorId: 'saal' },
          w.token,
        )
      ).body;
      const published = (
        await api<Publication>(suite.server, 'PUT', `/api/workshops/${w.workshopId}/publication`, undefined, w.token)
      ).body;
      for (const combo of COMBOS) {
        const page = await browserIn(combo);
        await open(page, `/w/${w.workshopId}/facilitate#key=${w.facilitatorSecret}`);
        await page.getByTestId('agenda').waitFor();
        for (const tab of ['live', 'people', 'projectors', 'invite', 'edit']) {
          await page.getByTestId(`console-tab-${tab}`).click();
          await page.locator(`#console-tab-${tab}[aria-selected="true"]`).waitFor();
          await check(page, combo, `console tab ${tab}`);
          // The landmarks must not move anything: people look at these after a change.
          if (tab === 'live') await shot(page, `a11y-console-${combo.lang}-${combo.viewport.width}.png`);
        }
        await page.getByTestId('console-tab-live').click();
        for (const [stationId, ready] of [
          ['space-team-1', 'persona-fill'],
          ['question-wall', 'wall-question'],
          ['mutopia-1-pippi', 'station-header'],
          ['harbour', 'harbour'],
        ] as const) {
          await open(page, `/w/${w.workshopId}/station/${stationId}`);
          await page.getByTestId(ready).first().waitFor();
          await check(page, combo, `station page ${stationId}`);
        }
        await open(page, `/w/${w.workshopId}/results`);
        await page.getByTestId('results').waitFor();
        await check(page, combo, 'results (facilitator)');
        await open(page, published.path!);
        await page.getByTestId('results').waitFor();
        await check(page, combo, 'results (public)');
        // A projector is a big screen; the phone size stays, as someone may look at it there.
        if (combo.viewport === CONSOLE) await page.setViewportSize(PROJECTOR);
        await open(page, `/w/${w.workshopId}/projector/saal#token=${viewerToken}`);
        await page.getByTestId('projector-phase').or(page.getByTestId('ship-tile')).first().waitFor();
        await check(page, combo, 'projector');
        await page.close();
      }
    },
    MANY_VIEWS,
  );

  it(
    'on the series console and its public archive',
    async () => {
      const created = (
        await api<{ seriesId: string; facilitatorSecret: string }>(suite.server, 'POST', '/api/series', {
          title: 'Praxisaustausch 2040',
          locale: 'de',
          topicPlan: [
            { id: 'd-1', date: '2040-01-10', topic: 'Anerkennung in der Pflege' },
            { id: 'd-2', date: '2040-02-14' },
          ],
        })
      ).body;
      const { token } = (
        await api<{ token: string }>(suite.server, 'POST', `/api/series/${created.seriesId}/login`, {
          secret: created.facilitatorSecret,
        })
      ).body;
      const series = (await api<SeriesView>(suite.server, 'GET', `/api/series/${created.seriesId}`, undefined, token))
        .body;
      for (const combo of COMBOS) {
        const page = await browserIn(combo);
        await open(page, `/s/${created.seriesId}#key=${created.facilitatorSecret}`);
        await page.getByTestId('topic-row').first().waitFor();
        await check(page, combo, 'series console');
        await open(page, series.archivePath);
        await page.getByTestId('archive-entry').first().waitFor();
        await check(page, combo, 'series archive');
        await page.close();
      }
    },
    MANY_VIEWS,
  );
});
