import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { workshopViewSchema, type Joined } from '@mutopia/shared';
import {
  api,
  connectProvider,
  connectSession,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  synced,
} from '../../server/test/harness.js';
import { browserSuite } from './browser-harness.js';

const suite = browserSuite();

/** Screenshots for people to look at after a run (git ignores the folder). */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, name) });
}

const PHONE = { width: 390, height: 844 };
const CONSOLE = { width: 1440, height: 900 };

/** A phone that joined as `joined` (its own storage), in German. */
async function phoneOf(workshopId: string, joined: Joined, displayName: string): Promise<Page> {
  const page = await suite.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
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
  await page.addInitScript(
    `localStorage.setItem('mutopia-workshops', ${JSON.stringify(stored)}); localStorage.setItem('mutopia-language', 'de');`,
  );
  return page;
}

describe('the roster in the console', () => {
  it('finds one of 120 people by name, moves them to another team, and their phone opens the new team’s room', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 30 });
    const people: Joined[] = [];
    for (let i = 0; i < 120; i++) {
      const name = i === 57 ? 'Zora Quast' : `Person ${String(i + 1).padStart(3, '0')}`;
      people.push(await joinWorkshop(suite.server, w.joinCode, name));
    }
    const zora = people[57]!;
    // "Teilt mich einem Team zu": four per team, so Zora is in team 15.
    expect(zora.teamId).toBe('team-15');
    // Team spaces: everybody's phone opens their team's room.
    const desk = await connectSession(suite.server, w.facilitatorToken);
    expect(await desk.command({ type: 'phase.goto', phaseIndex: 1 })).toEqual({ ok: true });

    const phone = await phoneOf(w.workshopId, zora, 'Zora Quast');
    await phone.goto(`${suite.server.httpUrl}/w/${w.workshopId}`);
    const header = phone.getByTestId('station-header');
    await expect(header.getAttribute('data-station-id')).resolves.toBe('space-team-15');

    const console = await suite.newPage({ viewport: CONSOLE });
    await console.addInitScript(`localStorage.setItem('mutopia-language', 'de');`);
    await console.goto(`${suite.server.httpUrl}/w/${w.workshopId}/facilitate#key=${w.facilitatorSecret}`);
    // "1/120 online" in the header opens the list of people.
    await console.getByTestId('console-online').filter({ hasText: '1/120' }).click();
    await expect(console.getByTestId('console-tab-people').getAttribute('aria-selected')).resolves.toBe('true');
    const rows = console.getByTestId('roster-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(120);
    await expect(console.getByTestId('roster-count').textContent()).resolves.toBe('1 von 120 online');
    await shot(console, 'roster-console-120.png');

    // Search by name, then by team filter.
    await console.getByTestId('roster-search').fill('zora');
    await expect.poll(() => rows.count()).toBe(1);
    const row = rows.first();
    await expect(row.getByTestId('roster-name').textContent()).resolves.toBe('Zora Quast');
    await expect(row.getByTestId('roster-status').textContent()).resolves.toBe('online');
    await expect(row.getByTestId('roster-where').textContent()).resolves.toBe('Teamraum Team 15');
    await console.getByTestId('roster-search').fill('');
    await console.getByTestId('roster-team-filter').selectOption({ label: 'Team 3' });
    await expect.poll(() => rows.count()).toBe(4);
    await console.getByTestId('roster-status-online').click();
    await expect.poll(() => rows.count()).toBe(0);
    await console.getByTestId('roster-status-all').click();
    await console.getByTestId('roster-team-filter').selectOption({ label: 'Alle Teams' });
    await console.getByTestId('roster-search').fill('Quast');
    await expect.poll(() => rows.count()).toBe(1);

    // Move Zora to team 7 with the keyboard-usable team picker of her row.
    const picker = row.getByTestId('roster-move');
    await expect(picker.getAttribute('aria-label')).resolves.toBe('Team von Zora Quast');
    await picker.selectOption({ label: 'Team 7' });
    await console.getByTestId('roster-message').filter({ hasText: 'Zora Quast ist jetzt in Team 7.' }).waitFor();
    await expect.poll(() => row.getByTestId('roster-where').textContent()).toBe('Teamraum Team 7');
    await shot(console, 'roster-console-moved.png');

    // Her phone follows without a reload.
    await expect.poll(() => header.getAttribute('data-station-id'), { timeout: 10_000 }).toBe('space-team-7');
    await shot(phone, 'roster-phone-moved.png');

    // Rename her from the console; the phone's own menu shows the new name.
    await console.getByTestId('roster-search').fill('Zora');
    await row.getByTestId('roster-rename').click();
    await row.getByTestId('roster-rename-input').fill('Zora Q.');
    await row.getByTestId('roster-rename-input').press('Enter');
    await expect.poll(() => rows.first().getByTestId('roster-name').textContent()).toBe('Zora Q.');
    // The keyboard is back on the row's rename button.
    await expect
      .poll(() => console.evaluate('document.activeElement?.getAttribute("data-testid")'))
      .toBe('roster-rename');
    await phone.getByTestId('self-edit-toggle').click();
    await expect.poll(() => phone.getByTestId('self-edit-name').inputValue()).toBe('Zora Q.');
    await shot(phone, 'roster-phone-self-edit.png');
    await phone.getByTestId('self-edit-toggle').click();

    // Removing asks first; then her name is gone and her phone says its access ended.
    await rows.first().getByTestId('roster-remove').click();
    const dialog = console.getByTestId('roster-remove-dialog');
    await expect(dialog.textContent()).resolves.toContain('Zora Q. entfernen?');
    await shot(console, 'roster-remove-dialog.png');
    await console.getByTestId('roster-remove-dialog-confirm').click();
    await console.getByTestId('roster-message').filter({ hasText: 'Zora Q. wurde entfernt.' }).waitFor();
    await console.getByTestId('roster-search').fill('');
    await expect.poll(() => rows.count()).toBe(119);
    await phone.getByTestId('participant-denied').waitFor({ timeout: 10_000 });
    // Access ended is not "offline": no line about edits waiting for the server (it would show within 3 s).
    await phone.waitForTimeout(4000);
    expect(await phone.locator('.offline-banner').count()).toBe(0);
    await shot(phone, 'roster-phone-removed.png');

    await Promise.all([console.close(), phone.close()]);
    desk.close();
  });

  it('lets a participant change their own name and team from the phone menu, and the console sees it', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const ada = await joinWorkshop(suite.server, w.joinCode, 'Ada', 'team-1');
    const desk = await connectSession(suite.server, w.facilitatorToken);
    let roster: Array<{ id: string; displayName: string; teamId: string | null }> = [];
    desk.socket.on('session:roster', (payload: { participants: typeof roster }) => (roster = payload.participants));
    expect(await desk.command({ type: 'phase.goto', phaseIndex: 1 })).toEqual({ ok: true });

    const phone = await phoneOf(w.workshopId, ada, 'Ada');
    await phone.goto(`${suite.server.httpUrl}/w/${w.workshopId}`);
    const header = phone.getByTestId('station-header');
    await expect(header.getAttribute('data-station-id')).resolves.toBe('space-team-1');

    await phone.getByTestId('self-edit-toggle').click();
    await expect(phone.getByTestId('self-edit-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    await phone.getByTestId('self-edit-name').fill('Ada Lovelace');
    await phone.getByTestId('self-edit-team').selectOption({ label: 'Team 2' });
    await phone.getByTestId('self-edit-save').click();
    await expect.poll(() => header.getAttribute('data-station-id'), { timeout: 10_000 }).toBe('space-team-2');
    await expect(phone.getByTestId('self-edit-panel').count()).resolves.toBe(0);
    await expect
      .poll(() => roster.find((p) => p.id === ada.participantId))
      .toMatchObject({ displayName: 'Ada Lovelace', teamId: 'team-2' });
    await shot(phone, 'roster-phone-self-moved.png');
    await phone.close();
    desk.close();
  });

  it('shows the facilitator as "Moderation" on a board, not as a guest', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 2 });
    const ada = await joinWorkshop(suite.server, w.joinCode, 'Ada', 'team-1');
    const view = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
    );
    const boardId = view.boards['space-team-1']!;

    const console = await suite.newPage({ viewport: CONSOLE });
    await console.addInitScript(`localStorage.setItem('mutopia-language', 'de');`);
    await console.goto(`${suite.server.httpUrl}/w/${w.workshopId}/facilitate#key=${w.facilitatorSecret}`);
    await console.getByTestId('console-title').waitFor();
    await console.goto(`${suite.server.httpUrl}/w/${w.workshopId}/station/space-team-1`);
    await console.getByTestId('board-view').waitFor();

    // What Ada's board sees of the people on it.
    const seen = connectProvider(suite.server, boardId, new Y.Doc(), ada.token);
    await synced(seen);
    const names = () =>
      [...seen.awareness.getStates().values()].map((s) => (s as { user?: { name?: string } }).user?.name);
    await expect.poll(names, { timeout: 10_000 }).toContain('Moderation');
    expect(names().some((name) => /^Gast /.test(name ?? ''))).toBe(false);
    await shot(console, 'roster-facilitator-board.png');
    destroyAll(seen);
    await console.close();
  });
});
