import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Joined } from '@mutopia/shared';
import { createWorkshop, joinWorkshop } from '../../server/test/harness.js';
import { browserSuite } from './browser-harness.js';

const suite = browserSuite();

/** Screenshots for people to look at after a run (git ignores the folder). */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, name) });
}

const CONSOLE = { width: 1440, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

async function germanPage(viewport: { width: number; height: number }, phone = false): Promise<Page> {
  const page = await suite.newPage({ viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
  await page.addInitScript(`localStorage.setItem('mutopia-language', 'de');`);
  return page;
}

/** A phone that joined as `joined` (its own storage). */
async function phoneOf(workshopId: string, joined: Joined, displayName: string): Promise<Page> {
  const page = await germanPage(PHONE, true);
  const record = {
    id: workshopId,
    title: 'Test',
    joinCode: null,
    lastOpened: Date.now(),
    created: false,
    facilitator: null,
    participant: { ...joined, displayName },
    cofacilitatorSecret: null,
    projectors: {},
  };
  const stored = JSON.stringify({ state: { workshops: { [workshopId]: record } }, version: 1 });
  // A string script: the test's own TypeScript has no DOM types.
  await page.addInitScript(`localStorage.setItem('mutopia-workshops', ${JSON.stringify(stored)});`);
  return page;
}

describe('revoking access from the console', () => {
  it('signs a projector out (the wall says so), then a new link brings it back', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 4 });
    const desk = await germanPage(CONSOLE);
    await desk.goto(`${suite.server.httpUrl}/w/${w.workshopId}/facilitate#key=${w.facilitatorSecret}`);
    await desk.getByTestId('console-tab-projectors').click();
    await desk.getByTestId('projector-name').fill('Saal');
    await desk.getByTestId('projector-create').click();
    const link = desk.getByTestId('projector-link-saal');
    await link.waitFor();
    const firstLink = await link.inputValue();

    const wall = await germanPage(PROJECTOR);
    await wall.goto(firstLink);
    await wall.getByTestId('projector').waitFor({ timeout: 30_000 });

    // Revoke: the console asks first, with Cancel focused.
    await desk.getByTestId('projector-revoke-saal').click();
    const dialog = desk.getByTestId('projector-revoke-dialog');
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain('Projektor „saal“ abmelden?');
    await expect(desk.evaluate('document.activeElement?.dataset.testid')).resolves.toBe(
      'projector-revoke-dialog-cancel',
    );
    await shot(desk, 'revocation-console-confirm-1440.png');
    await desk.getByTestId('projector-revoke-dialog-confirm').click();

    // The wall shows that it was signed out, not a spinner.
    const denied = wall.getByTestId('projector-denied');
    await denied.waitFor({ timeout: 30_000 });
    await expect(denied.textContent()).resolves.toContain('Dieser Bildschirm wurde abgemeldet');
    await expect(wall.getByTestId('projector').count()).resolves.toBe(0);
    await shot(wall, 'revocation-projector-signed-out-1920.png');
    // The console's card keeps the projector, without a link.
    await desk.getByTestId('projector-revoked-saal').waitFor();
    await expect(link.count()).resolves.toBe(0);
    await shot(desk, 'revocation-console-revoked-1440.png');

    // A reload with the old link stays signed out.
    await wall.goto(firstLink);
    await wall.reload();
    await denied.waitFor({ timeout: 30_000 });

    // 'Neuen Link erzeugen' gives a link that works again.
    await desk.getByTestId('projector-relink-saal').click();
    await desk.getByTestId('projector-relink-dialog-confirm').click();
    await link.waitFor();
    const secondLink = await link.inputValue();
    expect(secondLink).not.toBe(firstLink);
    const wall2 = await germanPage(PROJECTOR);
    await wall2.goto(secondLink);
    await wall2.getByTestId('projector').waitFor({ timeout: 30_000 });
    await shot(wall2, 'revocation-projector-new-link-1920.png');

    for (const page of [desk, wall, wall2]) await page.context().close();
  }, 180_000);

  it("signs a person's phone out and hands them a personal link with which a new phone is the same person", async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 4 });
    const ada = await joinWorkshop(suite.server, w.joinCode, 'Ada Lovelace', 'team-2');
    const phone = await phoneOf(w.workshopId, ada, 'Ada Lovelace');
    await phone.goto(`${suite.server.httpUrl}/w/${w.workshopId}`);
    await phone.getByTestId('participant-view').waitFor({ timeout: 30_000 });

    const desk = await germanPage(CONSOLE);
    await desk.goto(`${suite.server.httpUrl}/w/${w.workshopId}/facilitate#key=${w.facilitatorSecret}`);
    await desk.getByTestId('console-tab-people').click();
    const row = desk.getByTestId('roster-row').filter({ hasText: 'Ada Lovelace' });
    await expect.poll(() => row.getAttribute('data-online'), { timeout: 30_000 }).toBe('true');
    await row.getByRole('button', { name: 'Ada Lovelace: Geräte abmelden und neuen Link erzeugen' }).click();
    await desk.getByTestId('roster-relink-dialog').waitFor();
    await desk.getByTestId('roster-relink-dialog-confirm').click();
    const personal = desk.getByTestId('roster-personal-link-value');
    await personal.waitFor();
    const personalLink = await personal.inputValue();
    expect(personalLink).toContain(`/w/${w.workshopId}#token=`);
    await shot(desk, 'revocation-console-personal-link-1440.png');

    const denied = phone.getByTestId('participant-denied');
    await denied.waitFor({ timeout: 30_000 });
    await expect(denied.textContent()).resolves.toContain('Dein Zugang wurde entzogen');
    await shot(phone, 'revocation-phone-signed-out-390.png');

    // Ada stays on the list, offline, with her team.
    await desk.getByTestId('roster-personal-link-close').click();
    await expect.poll(() => row.getAttribute('data-online'), { timeout: 30_000 }).toBe('false');
    await expect(row.getByTestId('roster-move').inputValue()).resolves.toBe('team-2');

    // A new phone opens the personal link and is Ada again, in her team's space.
    const newPhone = await germanPage(PHONE, true);
    await newPhone.goto(personalLink);
    await newPhone.getByTestId('participant-view').waitFor({ timeout: 30_000 });
    await expect.poll(() => newPhone.evaluate('location.hash')).toBe('');
    await expect.poll(() => row.getAttribute('data-online'), { timeout: 30_000 }).toBe('true');
    await expect(desk.getByTestId('roster-row').count()).resolves.toBe(1);
    await shot(newPhone, 'revocation-phone-personal-link-390.png');

    for (const page of [desk, phone, newPhone]) await page.context().close();
  }, 180_000);
});
