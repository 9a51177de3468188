import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createBoard } from '../../server/test/harness.js';
import { de } from '../src/i18n/de.js';
import { browserSuite, note, waitOnline } from './browser-harness.js';
import { CONSOLE, PHONE, shot } from './conference-pages.js';

const suite = browserSuite();

/** Every text the polite live region says, in order (a string script: the test has no DOM types). */
const RECORD_POLITE = `
  window.__said = [];
  addEventListener('DOMContentLoaded', () => {
    let last = '';
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="live-polite"]')?.textContent ?? '';
      if (text && text !== last) window.__said.push(text);
      last = text;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
`;

const said = (page: Page) => page.evaluate('window.__said') as Promise<string[]>;
const focusedTestId = (page: Page) =>
  page.evaluate('document.activeElement?.dataset?.testid ?? null') as Promise<string | null>;

async function openBoard(url: string, viewport = CONSOLE): Promise<Page> {
  const page = await suite.newPage({ viewport });
  await page.addInitScript(`localStorage.setItem('mutopia-language', 'de'); ${RECORD_POLITE}`);
  await page.goto(url);
  await waitOnline(page);
  return page;
}

describe('the list view of a board', () => {
  it('writes the same document as the canvas from the keyboard, and announces others’ notes throttled', async () => {
    const board = await createBoard(suite.server, 'Liste');
    const url = `${suite.server.httpUrl}/b/${board.id}`;
    const a = await openBoard(url);
    const b = await openBoard(url);

    // A switches to the list with the keyboard; the choice is kept for the next board on this device.
    await a.getByTestId('board-mode-list').focus();
    await a.keyboard.press('Enter');
    await a.getByTestId('board-list').waitFor();
    expect(await a.getByTestId('board-mode-list').getAttribute('aria-pressed')).toBe('true');

    // A adds a note: the editor opens in the list, Tab leaves it on the note's edit button.
    await a.getByTestId('list-add-note').focus();
    await a.keyboard.press('Enter');
    await a.keyboard.type('Aus der Liste');
    await a.keyboard.press('Tab');
    expect(await focusedTestId(a)).toBe('list-edit-note');
    await note(b, 'Aus der Liste').waitFor();

    // A group, named from the keyboard; the note moves into it with its group field.
    await a.getByTestId('list-add-group').focus();
    await a.keyboard.press('Enter');
    await a.getByTestId('group-title-editor').waitFor();
    await a.keyboard.type('Ideen');
    await a.keyboard.press('Enter');
    await a.locator('[data-testid="list-section"][data-group-id]').filter({ hasText: 'Ideen' }).waitFor();
    const item = a.getByTestId('list-note').filter({ hasText: 'Aus der Liste' });
    await item.getByTestId('list-note-group').focus();
    await a.keyboard.press('ArrowDown');
    await a
      .getByTestId('list-section')
      .filter({ hasText: 'Ideen' })
      .getByTestId('list-note')
      .filter({ hasText: 'Aus der Liste' })
      .waitFor();
    // The keyboard stays on the note's group field after it moved under the new heading.
    await expect.poll(() => focusedTestId(a)).toBe('list-note-group');
    const groupId = await a
      .locator('[data-testid="list-section"][data-group-id]')
      .filter({ hasText: 'Ideen' })
      .getAttribute('data-group-id');
    await b.locator(`[data-testid="note"][data-in-group="${groupId}"]`).filter({ hasText: 'Aus der Liste' }).waitFor();
    // Nothing A did itself was announced to A.
    expect(await said(a)).toEqual([]);

    // B writes on the canvas: A hears the first note at once ...
    await b.keyboard.press('n');
    await b.keyboard.type('Von B');
    await b.keyboard.press('Escape');
    await a.getByTestId('list-note').filter({ hasText: 'Von B' }).waitFor();
    await expect.poll(() => said(a)).toEqual([de.boardList.announce.added]);
    // ... and three more within the next seconds as one sentence, not three.
    for (let i = 0; i < 3; i++) {
      await b.keyboard.press('n');
      await b.keyboard.press('Escape');
    }
    await expect.poll(() => a.getByTestId('list-note').count()).toBe(5);
    await expect
      .poll(() => said(a), { timeout: 10_000 })
      .toEqual([de.boardList.announce.added, de.boardList.announce.addedMany.replace('{{count}}', '3')]);
    await shot(a, 'board-list-1440.png');

    // Delete from the list: the note goes from B's canvas, the keyboard stays in the list.
    await a.getByTestId('list-note').filter({ hasText: 'Von B' }).getByTestId('list-delete-note').focus();
    await a.keyboard.press('Enter');
    await note(b, 'Von B').waitFor({ state: 'detached' });
    expect(await focusedTestId(a)).toBe('list-add-note');

    // Another board on the same device opens in the list.
    const other = await createBoard(suite.server, 'Noch eins');
    await a.goto(`${suite.server.httpUrl}/b/${other.id}`);
    await a.getByTestId('board-list').waitFor();

    const phone = await openBoard(url, PHONE);
    await phone.getByTestId('board-mode-list').focus();
    await phone.keyboard.press('Enter');
    await phone.getByTestId('list-note').filter({ hasText: 'Aus der Liste' }).waitFor();
    const overflow = await phone.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBe(0);
    await shot(phone, 'board-list-390.png');
  }, 180_000);

  it('reaches a note outside the view with Alt+arrow on the canvas, and the board pans to it', async () => {
    const board = await createBoard(suite.server, 'Pfeile');
    const page = await openBoard(`${suite.server.httpUrl}/b/${board.id}`);
    await page.keyboard.press('n');
    await page.keyboard.type('Hier');
    await page.keyboard.press('Escape');
    await page.keyboard.press('n');
    await page.keyboard.type('Weit rechts');
    await page.keyboard.press('Escape');
    // Moves the second note far to the right, out of the view (Shift+arrow: 50 px a press).
    for (let i = 0; i < 60; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Escape');
    // Unselected and 3000 px to the right: outside the view, so the canvas does not render it.
    await expect.poll(() => note(page, 'Weit rechts').count()).toBe(0);

    await note(page, 'Hier').focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => page.evaluate('document.activeElement?.textContent ?? ""')).toContain('Weit rechts');
    expect(await note(page, 'Weit rechts').getAttribute('data-selected')).toBe('true');
    expect(await note(page, 'Weit rechts').isVisible()).toBe(true);
    await shot(page, 'board-canvas-alt-arrow-1440.png');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => page.evaluate('document.activeElement?.textContent ?? ""')).toContain('Hier');
  }, 120_000);
});
