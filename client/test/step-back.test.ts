import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { workshopViewSchema } from '@mutopia/shared';
import { api, createWorkshop } from '../../server/test/harness.js';
import { de } from '../src/i18n/de.js';
import { browserSuite } from './browser-harness.js';

const suite = browserSuite();

/** Screenshots for people to look at after a run (git ignores the folder). */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, name) });
}

describe('a facilitator steps back', () => {
  it('asks before ◀, brings back the room a phone chose, shows "Pausiert" there, and sets the countdown to N minutes', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const view = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
    );
    const phases = view.definition.phases;
    const mutopia = phases.findIndex((p) => p.id === 'mutopia');
    const ships = phases[mutopia + 1]!;
    const room = view.definition.stations.find((s) => s.id === phases[mutopia]!.stationIds[1])!;

    const desk = await suite.newPage({ viewport: { width: 1440, height: 900 } });
    await desk.goto(`${suite.server.httpUrl}/w/${w.workshopId}/facilitate#key=${w.facilitatorSecret}`);
    await desk.getByTestId(`phase-goto-${mutopia}`).click();
    await desk.getByTestId(`phase-goto-${mutopia}`).click();

    const phone = await suite.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${suite.server.httpUrl}/j/${w.joinCode}`);
    await phone.getByTestId('join-name').fill('Ayla');
    await phone.getByTestId('join-submit').click();
    await phone.getByTestId(`choose-${room.id}`).click();
    await phone.getByTestId('station-name').filter({ hasText: room.name }).waitFor();

    // ▶ into "Lösungsschiffe bauen" (she stays in her room), ▶ on to the harbour.
    const title = desk.getByTestId('current-phase-title');
    await desk.getByTestId('phase-next').click();
    await title.filter({ hasText: ships.title }).waitFor();
    await desk.getByTestId('phase-next').click();
    await title.filter({ hasText: phases[mutopia + 2]!.title }).waitFor();

    // ◀ asks first, naming where it goes and what is kept; Escape changes nothing.
    await desk.getByTestId('phase-previous').click();
    const dialog = desk.getByTestId('phase-back-dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe(`Zurück zu Phase ${mutopia + 2}: „${ships.title}“?`);
    expect(await dialog.textContent()).toContain('bleiben gespeichert');
    // The focus starts on "Abbrechen": a stray Enter does not step back.
    expect(await desk.evaluate('document.activeElement?.dataset.testid')).toBe('phase-back-dialog-cancel');
    await shot(desk, 'step-back-console-dialog.png');
    await desk.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await title.textContent()).toBe(phases[mutopia + 2]!.title);

    await desk.getByTestId('phase-previous').click();
    await dialog.getByTestId('phase-back-dialog-confirm').click();
    await title.filter({ hasText: ships.title }).waitFor();

    // The phone is back in the room she chose, not asked to choose again; the countdown says it is paused.
    await phone.getByTestId('participant-phase-title').filter({ hasText: ships.title }).waitFor();
    await phone.getByTestId('station-name').filter({ hasText: room.name }).waitFor();
    expect(await phone.getByTestId('station-chooser').count()).toBe(0);
    const timer = phone.getByTestId('timer');
    await phone.locator('[data-testid="timer"][data-state="paused"]').waitFor();
    expect(await timer.getByTestId('timer-paused').textContent()).toBe(de.timer.paused);
    await shot(phone, 'step-back-phone-paused.png');

    // Set to 1 minute with one entry and Enter, instead of 29 clicks on −1: still paused, now 1:00.
    const minutes = desk.getByTestId('timer-set-minutes');
    expect(await desk.getByLabel(de.steps.timerSet.label).count()).toBe(1);
    await minutes.fill('1');
    await minutes.press('Enter');
    await phone.locator('[data-testid="timer"][data-remaining-ms="60000"]').waitFor();
    expect(await timer.textContent()).toBe(`1:00${de.timer.paused}`);
    await shot(desk, 'step-back-console-timer.png');

    // Resumed, the phone counts down again and no longer says "Pausiert".
    await desk.getByTestId('timer-resume').click();
    await phone.locator('[data-testid="timer"][data-state="running"]').waitFor();
    expect(await timer.getByTestId('timer-paused').count()).toBe(0);

    // Round ◀ asks as well; "Abbrechen" keeps the round.
    const rotation = phases.findIndex((p) => p.id === 'solution-rooms');
    await desk.getByTestId(`phase-goto-${rotation}`).click();
    await desk.getByTestId(`phase-goto-${rotation}`).click();
    await desk.getByTestId('round-next').click();
    await desk.getByTestId('round-label').filter({ hasText: 'Runde 2 von 5' }).waitFor();
    await desk.getByTestId('round-previous').click();
    const roundDialog = desk.getByTestId('round-back-dialog');
    expect(await roundDialog.getByRole('heading').textContent()).toBe('Zurück zu Runde 1?');
    await roundDialog.getByTestId('round-back-dialog-cancel').click();
    await roundDialog.waitFor({ state: 'detached' });
    expect(await desk.getByTestId('round-label').textContent()).toBe('Runde 2 von 5');
  });

  it('asks before withdrawing published results, saying the shared link stops working', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 2 });
    const desk = await suite.newPage({ viewport: { width: 1440, height: 900 } });
    await desk.goto(`${suite.server.httpUrl}/w/${w.workshopId}/facilitate#key=${w.facilitatorSecret}`);
    await desk.getByTestId('console-results').click();
    await desk.getByTestId('results-publish').click();
    const link = await desk.getByTestId('results-public-link').inputValue();
    // The link is /r/<workshop>/<key>; its page loads from the public API.
    const publicApi = `${suite.server.httpUrl}/api/public/results/${new URL(link).pathname.split('/').slice(2).join('/')}`;
    expect((await fetch(publicApi)).status).toBe(200);

    await desk.getByTestId('results-withdraw').click();
    const dialog = desk.getByTestId('results-withdraw-dialog');
    expect(await dialog.textContent()).toContain('funktioniert danach nicht mehr');
    await shot(desk, 'step-back-withdraw-dialog.png');
    await dialog.getByTestId('results-withdraw-dialog-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect((await fetch(publicApi)).status).toBe(200);
    expect(await desk.getByTestId('results-public-link').inputValue()).toBe(link);

    await desk.getByTestId('results-withdraw').click();
    await dialog.getByTestId('results-withdraw-dialog-confirm').click();
    await desk.getByTestId('results-publish').waitFor();
    expect((await fetch(publicApi)).status).toBe(404);
  });
});
