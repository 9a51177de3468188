import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { workshopViewSchema, type WorkshopView } from '@mutopia/shared';
import { api, connectSession, createWorkshop, joinWorkshop, waitFor } from '../../server/test/harness.js';
import { de } from '../src/i18n/de.js';
import { browserSuite } from './browser-harness.js';

const suite = browserSuite();
const SHOTS = process.env.TEST_SHOTS_DIR;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function view(workshopId: string, token: string): Promise<WorkshopView> {
  return workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).body,
  );
}

describe('editing the programme during the event', () => {
  it('adds a solution room that joins the rotation with one more round, and renames a perspective', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 6 });
    const page = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.server.httpUrl}/w/${w.workshopId}/facilitate#key=${w.facilitatorSecret}`);
    await page.getByTestId('console-tab-edit').click();

    await page.getByTestId('edit-stations').locator('summary').click();
    await page.getByLabel(de.edit.stationKind).selectOption('solutionRoom');
    await page.getByTestId('edit-new-station-name').fill('Lösungsraum 6: Wohnen');
    await page.getByRole('button', { name: de.edit.addStation }).click();

    await page.getByTestId('edit-perspectives').locator('summary').click();
    await page.getByTestId('edit-perspective-name-0').fill('Pippi');
    await page.getByTestId('edit-save').click();
    await page.getByTestId('edit-message').filter({ hasText: de.edit.saved }).waitFor();

    const after = await view(w.workshopId, w.facilitatorToken);
    const rotation = after.definition.phases.find((p) => p.id === 'solution-rooms')!;
    const added = after.definition.stations.find((s) => s.name === 'Lösungsraum 6: Wohnen')!;
    expect(added.kind).toBe('solutionRoom');
    expect(rotation.stationIds).toContain(added.id);
    expect(rotation.rounds).toBe(6);
    expect(after.boards[added.id]).toBeTruthy();
    expect(after.definition.perspectives[0]!.name).toBe('Pippi');
  });

  it('finds one of 60 stations by name, adds, moves and removes phases and removes a team, at 1440x900', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', {});
    const before = await view(w.workshopId, w.facilitatorToken);
    expect(before.definition.stations).toHaveLength(60);
    const members = [];
    for (const name of ['Anna', 'Ben', 'Cem'])
      members.push(await joinWorkshop(suite.server, w.joinCode, name, 'team-30'));
    const session = await connectSession(suite.server, w.facilitatorToken);
    const persona = before.definition.phases.findIndex((p) => p.id === 'persona');
    expect((await session.command({ type: 'phase.goto', phaseIndex: persona })).ok).toBe(true);

    // Dora's phone is in team 30's space.
    const phone = await suite.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${suite.server.httpUrl}/j/${w.joinCode}`);
    await phone.getByTestId('join-name').fill('Dora');
    await phone.getByTestId('join-team-team-30').check();
    await phone.getByTestId('join-submit').click();
    const phoneRoom = () => phone.getByTestId('station-header').getAttribute('data-station-id');
    await expect.poll(phoneRoom).toBe('space-team-30');

    const page = await suite.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${suite.server.httpUrl}/w/${w.workshopId}/facilitate#key=${w.facilitatorSecret}`);
    await page.getByTestId('console-tab-edit').click();

    // One search field instead of scrolling through 60 stations.
    await page.getByTestId('edit-stations').locator('summary').click();
    await page.getByLabel(de.edit.stationSearch).fill('einstein');
    await expect.poll(() => page.locator('[data-testid^="edit-station-mutopia"]').count()).toBe(6);
    expect(await page.locator('li[data-testid^="edit-station-"]').count()).toBe(6);
    await page.getByTestId('edit-station-matches').filter({ hasText: '6 von 60 Stationen' }).waitFor();
    await shot(page, 'edit-station-search');
    await page.getByLabel(de.edit.stationSearch).fill('Lösungsraum');
    await expect.poll(() => page.locator('li[data-testid^="edit-station-"]').count()).toBe(5);
    await page.getByLabel(de.edit.stationSearch).fill('');
    await expect.poll(() => page.locator('li[data-testid^="edit-station-"]').count()).toBe(60);
    await page.getByTestId('edit-stations').locator('summary').click();

    // The running phase cannot be removed; it says why.
    await expect.poll(() => page.getByTestId(`edit-phase-remove-${persona}`).isDisabled()).toBe(true);
    await page.getByText(de.edit.runningCannotRemove).waitFor();

    // A coffee break goes in right after the running phase by default.
    await page.getByTestId('edit-new-phase-title').fill('Kaffeepause');
    await page.getByTestId('edit-add-phase').click();
    const titles = () =>
      page
        .locator('[data-testid^="edit-phase-title-"]')
        .evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value));
    await expect.poll(async () => (await titles())[persona + 1]).toBe('Kaffeepause');

    // Up with the keyboard: the focus stays on the moved phase's button.
    await page.getByTestId(`edit-phase-up-${persona + 1}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await titles())[persona]).toBe('Kaffeepause');
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('data-move') ?? null")).toBe(
      'kaffeepause:up',
    );
    await page.keyboard.press('Space');
    await expect.poll(async () => (await titles())[0]).toBe('Kaffeepause');
    // At the top "up" is disabled, so the focus moves to "down".
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('data-move') ?? null")).toBe(
      'kaffeepause:down',
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('edit-phase-down-1').click();
    await expect.poll(async () => (await titles())[2]).toBe('Kaffeepause');
    expect((await titles()).slice(0, 3)).toEqual([
      before.definition.phases[0]!.title,
      before.definition.phases[1]!.title,
      'Kaffeepause',
    ]);
    await shot(page, 'edit-phases-moved');

    // Removing the welcome asks first.
    await page.getByTestId('edit-phase-remove-0').click();
    const dialog = page.getByTestId('edit-remove-phase-dialog');
    await dialog.getByText(de.edit.removePhaseText).waitFor();
    await shot(page, 'edit-remove-phase-dialog');
    await page.getByTestId('edit-remove-phase-dialog-confirm').click();
    await expect.poll(async () => (await titles())[0]).toBe(before.definition.phases[1]!.title);

    // Removing team 30 names its members and lets the facilitator send them to team 2.
    await page.getByTestId('edit-teams').locator('summary').click();
    await page.getByTestId('edit-team-remove-team-30').click();
    const teamDialog = page.getByTestId('edit-remove-team-dialog');
    await teamDialog.getByText('4 Mitglieder: Anna, Ben, Cem, Dora').waitFor();
    await teamDialog.getByLabel(de.edit.removeTeamMoveTo).selectOption({ label: 'Team 2' });
    await teamDialog.getByText('Teamraum Team 30', { exact: false }).waitFor();
    await shot(page, 'edit-remove-team-dialog');
    await page.getByTestId('edit-remove-team-dialog-confirm').click();
    await expect.poll(() => page.getByTestId('edit-team-team-30').count()).toBe(0);

    await page.getByTestId('edit-save').click();
    await page.getByTestId('edit-message').filter({ hasText: de.edit.saved }).waitFor();

    const after = await view(w.workshopId, w.facilitatorToken);
    expect(after.definition.phases.map((p) => p.id).slice(0, 3)).toEqual(['persona', 'kaffeepause', 'solution-rooms']);
    expect(after.definition.teams.map((t) => t.id)).not.toContain('team-30');
    await waitFor(() => session.last()?.state.phaseIndex === 0, 'the session still in "persona", now first');
    const stored = await suite.server.app.workshops.store.participants(w.workshopId);
    expect(stored.map((p) => p.teamId)).toEqual(['team-2', 'team-2', 'team-2', 'team-2']);
    // Dora's phone follows at once, without reloading.
    await expect.poll(phoneRoom).toBe('space-team-2');
    if (SHOTS) await phone.screenshot({ path: join(SHOTS, 'edit-moved-phone.png') });
    // The console's own view of the running phase followed: "persona" is still the one that cannot go.
    await expect.poll(() => page.getByTestId('edit-phase-remove-0').isDisabled()).toBe(true);

    // And the coffee break goes again, after asking.
    await page.getByTestId('edit-phase-remove-1').click();
    await page.getByTestId('edit-remove-phase-dialog-confirm').click();
    await page.getByTestId('edit-save').click();
    await page.getByTestId('edit-message').filter({ hasText: de.edit.saved }).waitFor();
    expect((await view(w.workshopId, w.facilitatorToken)).definition.phases.map((p) => p.id)).not.toContain(
      'kaffeepause',
    );
    await shot(page, 'edit-saved');
    session.close();
  });
});
