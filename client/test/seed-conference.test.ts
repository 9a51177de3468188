import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { workshopViewSchema, type WorkshopView } from '@mutopia/shared';
import { de } from '../src/i18n/de.js';
import { browserSuite, requestJson, note, waitOnline } from './browser-harness.js';

const suite = browserSuite();

/** Where the harbour and results screenshots land, for people to look at after a run (git ignores it). */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

const QUESTION_1 = 'Wie können wir Geflüchtete schneller in Ausbildung bringen?';
const QUESTION_2 = 'Wie können wir Betriebe für Sprachförderung gewinnen?';
const APPROACHES = ['Ausbildungs-Lotsen in jeder Kammer', 'Azubi-Tandems mit Geflüchteten', 'Sprach-App für Betriebe'];

const api = <T>(path: string, body?: unknown, token?: string) => requestJson<T>(suite.server, path, body, token);

/** A participant joins on a phone through the join link, into the given team. */
async function joinOnPhone(joinCode: string, name: string, teamId: string): Promise<Page> {
  const phone = await suite.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await phone.goto(`${suite.server.httpUrl}/j/${joinCode}`);
  await phone.getByTestId('join-name').fill(name);
  await phone.getByTestId(`join-team-${teamId}`).check();
  await phone.getByTestId('join-submit').click();
  await phone.getByTestId('participant-view').waitFor();
  return phone;
}

/** Starts a phase from the console's agenda (the second click confirms). */
async function gotoPhase(desk: Page, view: WorkshopView, phaseId: string): Promise<void> {
  const index = view.definition.phases.findIndex((p) => p.id === phaseId);
  expect(index, phaseId).toBeGreaterThanOrEqual(0);
  await desk.getByTestId(`phase-goto-${index}`).click();
  await desk.getByTestId(`phase-goto-${index}`).click();
  await desk.getByTestId('current-phase-title').filter({ hasText: view.definition.phases[index]!.title }).waitFor();
}

/** Pixels of a sticky note's yellow: the notes are in the picture, not just a blank canvas. */
function countYellowish(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (r > 230 && g > 220 && b < 190) n++;
  }
  return n;
}

async function screenshot(page: Page, name: string): Promise<PNG> {
  mkdirSync(SHOTS, { recursive: true });
  return PNG.sync.read(await page.screenshot({ path: resolve(SHOTS, name), fullPage: true }));
}

describe('the seed conference (Weiterbildungskonferenz)', () => {
  it('runs from persona and question to a vote, solution ships in the harbour and published results', async () => {
    const made = await api<{ workshopId: string; joinCode: string; facilitatorSecret: string }>('/api/workshops', {
      templateId: 'weiterbildungskonferenz',
      locale: 'de',
      params: { teamCount: 3, title: 'Fachkraft im Fokus' },
    });
    const { workshopId, joinCode } = made;
    const url = (path: string) => `${suite.server.httpUrl}/w/${workshopId}${path}`;

    // The facilitator opens the console with the facilitator link; two teams join on phones.
    const desk = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    await desk.goto(`${url('/facilitate')}#key=${made.facilitatorSecret}`);
    await desk.getByTestId('agenda').waitFor();
    const ayla = await joinOnPhone(joinCode, 'Ayla', 'team-1');
    const ben = await joinOnPhone(joinCode, 'Ben', 'team-2');
    const { token } = await api<{ token: string }>(`/api/workshops/${workshopId}/login`, {
      secret: made.facilitatorSecret,
    });
    const view = workshopViewSchema.parse(await api(`/api/workshops/${workshopId}`, undefined, token));
    // A projector in the plenary hall, as opened from a projector link.
    const { token: viewerToken } = await api<{ token: string }>(
      `/api/workshops/${workshopId}/viewer-token`,
      { projectorId: 'saal' },
      token,
    );
    const projector = await suite.newPage({ viewport: { width: 1920, height: 1080 } });
    await projector.goto(`${url('/projector/saal')}#token=${viewerToken}`);
    await projector.getByTestId('projector-phase').waitFor();

    // Persona phase: each team lands in its own team space; team 1 fills its persona.
    await gotoPhase(desk, view, 'persona');
    await ayla.getByTestId('station-name').filter({ hasText: 'Team 1' }).waitFor();
    await ayla.getByTestId('persona-fill').click();
    await ayla.getByTestId('persona-name').fill('Amina K.');
    await ayla.getByTestId('persona-origin').fill('Syrien');
    await ayla.getByTestId('persona-germanLevel').selectOption('B1');

    // "Wie können wir …?": both teams submit their question from the team space.
    await gotoPhase(desk, view, 'how-might-we');
    for (const [phone, text, theme] of [
      [ayla, QUESTION_1, 'solution-room-qualifizierung'],
      [ben, QUESTION_2, 'solution-room-sprache'],
    ] as const) {
      await phone.getByTestId('team-question-text').fill(text);
      await phone.getByTestId('team-question-theme').selectOption(theme);
      await phone.getByTestId('team-question-submit').click();
      await phone.getByTestId('team-question-status').waitFor();
    }

    // The console counts the submissions; the facilitator closes the wall and the teams can no longer edit.
    await desk.getByTestId('question-status-count').filter({ hasText: '2' }).waitFor();
    await desk.getByTestId('question-status-toggle').click();
    await ayla.getByTestId('team-question-closed').waitFor();
    expect(await ayla.getByTestId('team-question-text').count()).toBe(0);
    expect(await ayla.getByTestId('team-question-readonly').textContent()).toContain(QUESTION_1);

    // Prioritisation: the wall shows both questions on every phone; the facilitator promotes both.
    await gotoPhase(desk, view, 'prioritisation');
    await expect.poll(() => ben.getByTestId('wall-question').count()).toBe(2);
    expect(await ben.getByTestId('wall-question-promote').count()).toBe(0);
    // The projector shows the wall by itself while the plenary prioritises.
    await expect.poll(() => projector.getByTestId('wall-question').count()).toBe(2);
    expect(await projector.getByTestId('wall-question-promote').count()).toBe(0);
    const wall = await desk.context().newPage();
    await wall.goto(url('/station/question-wall'));
    await expect.poll(() => wall.getByTestId('wall-question').count()).toBe(2);
    for (const text of [QUESTION_1, QUESTION_2]) {
      await wall.getByTestId('wall-question').filter({ hasText: text }).getByTestId('wall-question-promote').click();
    }
    await wall.getByTestId('promotion-selected').filter({ hasText: '2' }).waitFor();

    // Generating the [M]Utopie stations: question × perspective, the question as the station's prompt.
    await wall.getByTestId('generate-stations').click();
    await wall.getByTestId('generate-dialog-confirm').click();
    await wall.getByTestId('generate-done').waitFor();
    const generated = workshopViewSchema.parse(await api(`/api/workshops/${workshopId}`, undefined, token));
    const mutopia = generated.definition.stations.filter((s) => s.kind === 'mutopia');
    expect(mutopia.map((s) => [s.id, s.prompt])).toEqual([
      ['mutopia-1-pippi', QUESTION_1],
      ['mutopia-1-agassi-graf', QUESTION_1],
      ['mutopia-1-einstein', QUESTION_1],
      ['mutopia-2-pippi', QUESTION_2],
      ['mutopia-2-agassi-graf', QUESTION_2],
      ['mutopia-2-einstein', QUESTION_2],
    ]);

    // [M]Utopie phase: both choose the Pippi station of question 1, which shows its question large.
    await gotoPhase(desk, generated, 'mutopia');
    for (const phone of [ayla, ben]) {
      // The choice names each station's question, not only its number.
      await expect
        .poll(() => phone.getByTestId('choose-mutopia-2-einstein').getByTestId('chooser-question').textContent())
        .toBe(QUESTION_2);
      await phone.getByTestId('choose-mutopia-1-pippi').click();
      await expect.poll(() => phone.getByTestId('mutopia-question').textContent()).toBe(QUESTION_1);
    }
    // On a phone the station's panel (question, ships) and its notes are two tabs; the notes hold the approaches.
    for (const phone of [ayla, ben]) await phone.getByTestId('board-tab-canvas').click();
    await waitOnline(ayla);
    for (const text of APPROACHES) {
      await ayla.getByTestId('add-note').click();
      await ayla.getByTestId('note-editor').fill(text);
      await ayla.keyboard.press('Escape');
      await note(ben, text).waitFor();
    }

    // The facilitator opens a dot vote over the station's notes (3 dots each).
    const station = await desk.context().newPage();
    await station.goto(url('/station/mutopia-1-pippi'));
    await note(station, APPROACHES[2]!).waitFor();
    await station.getByTestId('vote-start').click();
    await station.getByTestId('vote-mode-notes').check();
    expect(await station.getByTestId('vote-budget').inputValue()).toBe('3');
    await station.getByTestId('vote-start-submit').click();

    const item = (phone: Page, text: string) => phone.getByTestId('vote-item').filter({ hasText: text });
    const cast = async (phone: Page, text: string, expectLeft: number) => {
      await item(phone, text).getByTestId('vote-cast').click();
      await phone.locator(`[data-testid="vote-left"][data-left="${expectLeft}"]`).waitFor();
    };
    // The vote brings the panel with the ballot to the front on the phones.
    await ayla.getByTestId('vote-ballot').waitFor();
    expect(await ayla.getByTestId('board-tab-aside').textContent()).toBe('Abstimmung');
    await cast(ayla, APPROACHES[0]!, 2);
    await cast(ayla, APPROACHES[0]!, 1);
    await cast(ayla, APPROACHES[1]!, 0);
    // A fourth dot is refused by the server, and the phone says why.
    await item(ayla, APPROACHES[2]!).getByTestId('vote-cast').click();
    await ayla.getByTestId('vote-error').waitFor();
    expect(await ayla.getByTestId('vote-error').textContent()).toBe(de.votes.errors.budget_exhausted);
    await ben.getByTestId('vote-ballot').waitFor();
    await cast(ben, APPROACHES[1]!, 2);
    await cast(ben, APPROACHES[2]!, 1);
    // Ben takes one back: retracting is allowed while the vote is open.
    await item(ben, APPROACHES[2]!).getByTestId('vote-retract').click();
    await ben.locator('[data-testid="vote-left"][data-left="2"]').waitFor();
    await station.getByTestId('vote-progress').filter({ hasText: '4' }).waitFor();
    // Nobody sees tallies before the reveal.
    expect(await ben.getByTestId('vote-bar').count()).toBe(0);
    expect(await station.getByTestId('vote-bar').count()).toBe(0);

    // Reveal: everyone sees the bars; the top two approaches become solution ships.
    await station.getByTestId('vote-reveal').click();
    await expect.poll(() => ben.getByTestId('vote-bar').count()).toBe(3);
    const bars = await station.getByTestId('vote-bar').allTextContents();
    expect(bars[0]).toContain(APPROACHES[0]);
    expect(bars[0]).toContain('2');
    expect(bars[1]).toContain(APPROACHES[1]);
    await station.getByTestId('vote-promote-count').fill('2');
    await station.getByTestId('vote-promote').click();
    await station.getByTestId('vote-promote-result').filter({ hasText: '2' }).waitFor();

    // A PNG of the station's board, as the toolbar downloads it: an image with the notes drawn on it.
    const [pngDownload] = await Promise.all([
      station.waitForEvent('download'),
      station.getByTestId('export-png').click(),
    ]);
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    const png = PNG.sync.read(readFileSync((await pngDownload.path())!));
    expect(png.width).toBeGreaterThan(300);
    expect(countYellowish(png)).toBeGreaterThan(1000);

    // The team adds a first step to one of its new ships at the station.
    await expect.poll(() => ayla.getByTestId('ship-tile').count()).toBe(2);
    await ayla.getByTestId('ship-tile').filter({ hasText: APPROACHES[0]! }).getByTestId('ship-open').click();
    await ayla.getByTestId('ship-step-add').click();
    await ayla.getByTestId('ship-step-text').fill('Kammern zu einem Runden Tisch einladen');
    await ayla.getByTestId('ship-step-due').fill('2025-03-31');
    await ayla.keyboard.press('Escape');
    await ayla.getByTestId('ship-dialog').waitFor({ state: 'detached' });

    // The harbour (harbour phase) shows both ships under question 1.
    await gotoPhase(desk, generated, 'harbour');
    await expect.poll(() => projector.getByTestId('ship-tile').count()).toBe(2);
    const harbourPage = await desk.context().newPage();
    await harbourPage.goto(url('/station/harbour'));
    const harbour = harbourPage.getByTestId('harbour');
    await expect.poll(() => harbour.getByTestId('ship-tile').count()).toBe(2);
    expect((await harbour.getByTestId('ship-tile').allTextContents()).join(' ')).toContain(APPROACHES[1]);
    await expect
      .poll(() => harbour.getByTestId('ship-tile').filter({ hasText: APPROACHES[0]! }).textContent())
      .toContain('0 von 1 Schritten erledigt');
    const harbourShot = await screenshot(harbourPage, 'seed-conference-harbour.png');
    expect(harbourShot.width).toBe(1280);

    // The results page: promoted questions, ships with steps, the vote, the persona; published by link.
    await desk.goto(url('/results'));
    const results = desk.getByTestId('results');
    await expect.poll(() => results.getByTestId('result-ship').count()).toBe(2);
    expect(await results.getByTestId('result-promoted-question').allTextContents()).toEqual([
      expect.stringContaining(QUESTION_1),
      expect.stringContaining(QUESTION_2),
    ]);
    // A one-line approach names its ship once (title), not again as its approach.
    const tandem = await results.getByTestId('result-ship').filter({ hasText: APPROACHES[1]! }).textContent();
    expect(tandem!.split(APPROACHES[1]!)).toHaveLength(2);
    expect(await results.getByTestId('result-step').allTextContents()).toEqual([
      expect.stringContaining('Kammern zu einem Runden Tisch einladen'),
    ]);
    expect(await results.getByTestId('result-vote').count()).toBe(1);
    expect(await results.getByTestId('result-persona').textContent()).toContain('Amina K.');
    // Downloads: CSV for German Excel (BOM, ';'), Markdown; and a PDF through the print stylesheet.
    const download = async (testId: string) => {
      const [file] = await Promise.all([desk.waitForEvent('download'), desk.getByTestId(testId).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const csv = await download('results-download-csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toContain(';');
    expect(csv).toContain(APPROACHES[0]);
    const markdown = await download('results-download-md');
    expect(markdown).toContain('# Fachkraft im Fokus');
    expect(markdown).toContain('Kammern zu einem Runden Tisch einladen');
    await desk.emulateMedia({ media: 'print' });
    expect(await desk.getByTestId('results-toolbar').isVisible()).toBe(false);
    expect(await results.getByTestId('result-ship').first().isVisible()).toBe(true);
    const pdf = await desk.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await desk.emulateMedia({ media: 'screen' });

    await desk.getByTestId('results-publish').click();
    const publicLink = await desk.getByTestId('results-public-link').inputValue();

    const reader = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    await reader.goto(publicLink);
    const published = reader.getByTestId('results');
    await expect.poll(() => published.getByTestId('result-ship').count()).toBe(2);
    expect(await published.getByTestId('results-title').textContent()).toBe('Fachkraft im Fokus');
    expect(await reader.getByTestId('results-toolbar').count()).toBe(0);
    const resultsShot = await screenshot(reader, 'seed-conference-results.png');
    expect(resultsShot.height).toBeGreaterThan(900);

    // Withdrawn (after confirming), the same link shows nothing any more.
    await desk.getByTestId('results-withdraw').click();
    await desk.getByTestId('results-withdraw-dialog-confirm').click();
    await desk.getByTestId('results-publish').waitFor();
    await reader.reload();
    await reader.getByTestId('results').waitFor({ state: 'detached' });
    expect(await reader.getByTestId('result-ship').count()).toBe(0);
  });
});
