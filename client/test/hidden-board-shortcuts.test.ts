import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { readNotes } from '@mutopia/shared';
import { readGroups } from '@mutopia/shared/board/groups';
import { readPersona } from '@mutopia/shared/board/persona';
import { workshopViewSchema } from '@mutopia/shared';
import { api, connectProvider, createWorkshop, destroyAll, joinWorkshop, synced } from '../../server/test/harness.js';
import { participantPage } from './conference-pages.js';
import { browserSuite } from './browser-harness.js';

const suite = browserSuite();

/** Screenshots for people to look at after a run (git ignores the folder). */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, name) });
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
/** Keys that do something on a board: note, group, zoom, fit, help, delete, move. */
const BOARD_KEYS = ['n', 'g', 'N', 'G', '+', '-', '0', '?', 'Delete', 'ArrowLeft'];

const focusedTestId = (page: Page) =>
  page.evaluate('document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName');

describe('board shortcuts never act on a board one cannot see', () => {
  it('typing on the persona tab of a phone makes no notes or groups; "add pain point" puts the caret into it', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const view = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
    );
    const boardId = view.boards['space-team-1']!;
    const joined = await joinWorkshop(suite.server, w.joinCode, 'Ayla', 'team-1');
    // The team space's document as the server holds it, seen by a second client.
    const doc = new Y.Doc();
    const observer = connectProvider(suite.server, boardId, doc, w.facilitatorToken);
    await synced(observer);

    const phone = await participantPage(suite, w.workshopId, joined, 'Ayla', PHONE);
    await phone.goto(`${suite.server.httpUrl}/w/${w.workshopId}/station/space-team-1`);
    await expect(phone.getByTestId('board-tab-aside').getAttribute('aria-selected')).resolves.toBe('true');
    expect(await phone.getByTestId('board-tab-aside').textContent()).toContain('Persona');
    await phone.getByTestId('persona-fill').click();
    await phone.getByTestId('persona-name').fill('Amina');

    // A button of the card has focus: board keys do nothing, and neither do they with nothing focused.
    await phone.getByTestId('persona-pain-add').focus();
    for (const key of BOARD_KEYS) await phone.keyboard.press(key);
    await phone.evaluate('document.activeElement?.blur()');
    for (const key of BOARD_KEYS) await phone.keyboard.press(key);
    expect(await phone.getByTestId('persona-pain-point').count()).toBe(0);

    // Space on "add" makes one pain point and moves the caret into it; what follows is its text.
    await phone.getByTestId('persona-pain-add').focus();
    await phone.keyboard.press(' ');
    await expect(focusedTestId(phone)).resolves.toBe('persona-pain-text');
    await phone.keyboard.type('Keine Wohnung gefunden');
    await expect(phone.getByTestId('persona-pain-text').inputValue()).resolves.toBe('Keine Wohnung gefunden');
    expect(await phone.getByTestId('persona-pain-point').count()).toBe(1);
    await shot(phone, 'persona-pain-point-phone.png');

    // Added and left without a word: it goes again, and is never stored as an entry.
    await phone.getByTestId('persona-pain-add').focus();
    await phone.keyboard.press('Enter');
    await expect(focusedTestId(phone)).resolves.toBe('persona-pain-text');
    expect(await phone.getByTestId('persona-pain-point').count()).toBe(2);
    await phone.keyboard.type('   ');
    await phone.getByTestId('persona-origin').focus();
    await expect.poll(() => phone.getByTestId('persona-pain-point').count()).toBe(1);

    // Everything the phone wrote has reached the server; none of it is a note or a group.
    await expect.poll(() => readPersona(doc).painPoints.map((p) => p.text)).toEqual(['Keine Wohnung gefunden']);
    expect(readPersona(doc).name).toBe('Amina');
    expect(readNotes(doc)).toHaveLength(0);
    expect(readGroups(doc)).toHaveLength(0);
    // The canvas tab was never brought up either.
    await expect(phone.getByTestId('board-tab-canvas').getAttribute('aria-selected')).resolves.toBe('false');

    // On a laptop the card and the board are side by side: keys on the card stay on the card,
    // and on the board they work.
    const laptop = await participantPage(suite, w.workshopId, joined, 'Ayla', DESKTOP);
    await laptop.goto(`${suite.server.httpUrl}/w/${w.workshopId}/station/space-team-1`);
    await laptop.getByTestId('persona-pain-add').focus();
    for (const key of ['n', 'g']) await laptop.keyboard.press(key);
    expect(await laptop.getByTestId('note-editor').count()).toBe(0);

    const canvas = await laptop.getByTestId('board-canvas').boundingBox();
    await laptop.mouse.click(canvas!.x + canvas!.width / 2, canvas!.y + canvas!.height / 2);
    await laptop.keyboard.press('n');
    await laptop.getByTestId('note-editor').fill('Sprachkurs');
    await laptop.keyboard.press('Escape');
    await laptop.keyboard.press('g');
    await laptop.getByTestId('group-title-editor').fill('Ankommen');
    await laptop.keyboard.press('Enter');
    await expect.poll(() => readNotes(doc).map((n) => n.text)).toEqual(['Sprachkurs']);
    await expect.poll(() => readGroups(doc).map((g) => g.title)).toEqual(['Ankommen']);
    await shot(laptop, 'team-space-shortcuts-laptop.png');
    // The note lies in the new frame, so it is its member.
    expect(readNotes(doc)[0]!.groupId).toBe(readGroups(doc)[0]!.id);
    destroyAll(observer);
  });
});
