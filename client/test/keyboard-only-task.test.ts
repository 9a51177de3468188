import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROTOCOL_VERSION, workshopViewSchema, type VoteAck } from '@mutopia/shared';
import { api, connectSocket, createWorkshop } from '../../server/test/harness.js';
import { de } from '../src/i18n/de.js';
import { browserSuite } from './browser-harness.js';
import { CONSOLE, shot } from './conference-pages.js';

const suite = browserSuite();

/** Presses Tab until the focused element matches `selector`; a keyboard user's way of getting somewhere. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`);
    if (there) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedText = (page: Page) => page.evaluate('document.activeElement?.textContent ?? ""') as Promise<string>;

describe('a whole participant task with the keyboard alone', () => {
  it('joins, finds the team room, adds two notes in the list, groups them, votes and reads the result', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const view = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
    );
    const team = view.definition.teams[0]!;
    const room = view.definition.stations.find((s) => s.kind === 'teamSpace' && s.teamId === team.id)!;
    // The facilitator runs the session over socket.io, as the console does.
    const desk = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token: w.facilitatorToken });
    await new Promise<void>((ok, fail) => {
      desk.once('vote:sessions', () => ok());
      desk.once('connect_error', fail);
    });
    const send = <T = VoteAck>(event: string, payload: unknown) =>
      new Promise<T>((ok) => desk.emit(event, payload, ok));
    const phaseIndex = view.definition.phases.findIndex((p) => p.id === 'persona');
    expect(await send('session:command', { type: 'phase.goto', phaseIndex })).toMatchObject({ ok: true });

    const page = await suite.newPage({ viewport: CONSOLE });
    await page.addInitScript(`localStorage.setItem('mutopia-language', 'de');`);
    await page.goto(`${suite.server.httpUrl}/j/${w.joinCode}`);
    // From here on: keys only.
    await tabTo(page, '[data-testid="join-name"]');
    await page.keyboard.type('Kim');
    await tabTo(page, 'input[type="radio"]');
    // "Teilt mich zu" is first; the arrow goes to the first team.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement?.dataset?.testid')).toBe(`join-team-${team.id}`);
    await tabTo(page, '[data-testid="join-submit"]');
    await page.keyboard.press('Enter');

    // The room: the station header names the team's space.
    await page.getByTestId('station-header').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('station-name').textContent()).toContain(room.name);

    await tabTo(page, '[data-testid="board-mode-list"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('board-list').waitFor();

    for (const text of ['Mehr Sprachkurse am Abend', 'Kinderbetreuung während der Kurse']) {
      await tabTo(page, '[data-testid="list-add-note"]');
      await page.keyboard.press('Enter');
      await page.getByTestId('note-editor').waitFor();
      await page.keyboard.type(text);
      await page.keyboard.press('Escape');
      await page.getByTestId('list-note-text').filter({ hasText: text }).waitFor();
    }

    await tabTo(page, '[data-testid="list-add-group"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('group-title-editor').waitFor();
    await page.keyboard.type('Vereinbarkeit');
    await page.keyboard.press('Enter');
    // The loose notes' group fields name it too: the group's own section is the one with its id.
    const group = page.locator('[data-testid="list-section"][data-group-id]').filter({ hasText: 'Vereinbarkeit' });
    await group.waitFor();
    for (let moved = 0; moved < 2; moved++) {
      // The first note still outside the group: its group field, one step down to the only group.
      await tabTo(page, '[data-testid="list-section"]:not([data-group-id]) [data-testid="list-note-group"]');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => group.getByTestId('list-note').count()).toBe(moved + 1);
    }
    await shot(page, 'keyboard-task-grouped.png');

    // The facilitator opens a vote on the two notes in this room; the ballot sits beside the list.
    const items = group.getByTestId('list-note');
    const noteIds = [
      (await items.nth(0).getAttribute('data-note-id'))!,
      (await items.nth(1).getAttribute('data-note-id'))!,
    ];
    const opened = (await send('vote:open', {
      stationId: room.id,
      title: 'Was ist am wichtigsten?',
      items: noteIds.map((id) => ({ kind: 'note', id })),
    })) as VoteAck & { sessionId: string };
    expect(opened.ok).toBe(true);
    await page.getByTestId('vote-ballot').waitFor();
    await tabTo(page, '[data-testid="vote-cast"]');
    // The ballot's first "+" is the first note's; two dots for it.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="vote-mine"]').first().getAttribute('data-count')).toBe('2');
    expect(await send('vote:close', { sessionId: opened.sessionId })).toMatchObject({ ok: true });
    expect(await send('vote:reveal', { sessionId: opened.sessionId })).toMatchObject({ ok: true });

    // The result, read in the list: the note carries its dots, in words.
    const dots = page.locator(`[data-testid="list-note"][data-note-id="${noteIds[0]}"] [data-testid="list-note-dots"]`);
    await dots.waitFor();
    expect(await dots.textContent()).toContain(de.boardList.dots_other.replace('{{count}}', '2'));
    await tabTo(page, `[data-testid="list-note"][data-note-id="${noteIds[0]}"] [data-testid="list-edit-note"]`);
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toContain('Mehr Sprachkurse');
    expect(await focusedText(page)).toBe(de.boardList.edit);
    await shot(page, 'keyboard-task-result.png');
    desk.disconnect();
  }, 240_000);
});
