/// <reference lib="dom" />
// The page.evaluate callbacks below run in the browser and read the DOM.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { createNote, NOTE_COLORS } from '@mutopia/shared';
import { connectProvider, createBoard, destroyAll, synced } from '../../server/test/harness.js';
import { browserSuite, note, waitOnline } from './browser-harness.js';

const suite = browserSuite();

const COLUMNS = 20;
const ROWS = 20;
const STEP = 220;
const SIZE = 180;

const canvas = (page: Page) => page.getByTestId('board-canvas');

/** The colour the far canvas drew at a board point, and the theme's colour of each note colour. */
function pixelAt(page: Page, x: number, y: number) {
  return page.evaluate(
    ([bx, by]) => {
      const far = document.querySelector<HTMLCanvasElement>('[data-testid="far-canvas"]')!;
      const [ax, ay] = far.style.transform.match(/-?[\d.]+/g)!.map(Number);
      const per = far.width / parseFloat(far.style.width);
      const [r, g, b, a] = far.getContext('2d')!.getImageData((bx! - ax!) * per, (by! - ay!) * per, 1, 1).data;
      return { r, g, b, a };
    },
    [x, y],
  );
}

function themeColour(page: Page, color: string) {
  return page.evaluate((c) => {
    const probe = document.createElement('div');
    probe.style.color = `var(--note-${c})`;
    document.body.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
    probe.remove();
    return { r, g, b, a: 255 };
  }, color);
}

describe('a big board seen from far away is one canvas of coloured cards', () => {
  it('draws every note in its colour, selects the note pressed or reached by Alt+arrow, and shows the notes in full zoomed in', async () => {
    const board = await createBoard(suite.server, 'Weites Board');
    const doc = new Y.Doc();
    const writer = connectProvider(suite.server, board.id, doc);
    await synced(writer);
    doc.transact(() => {
      for (let row = 0; row < ROWS; row++) {
        for (let col = 0; col < COLUMNS; col++) {
          const color = NOTE_COLORS[(row + col) % NOTE_COLORS.length];
          createNote(doc, { text: `Karte ${row}-${col} am Rand`, x: col * STEP, y: row * STEP, color });
        }
      }
    });

    const page = await suite.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${suite.server.httpUrl}/b/${board.id}`);
    await canvas(page)
      .locator(`xpath=self::*[@data-note-count="${ROWS * COLUMNS}"]`)
      .waitFor({ timeout: 120_000 });
    await waitOnline(page);

    // Fitted, the whole board is far away: one canvas with every note, no note elements.
    await expect.poll(() => canvas(page).getAttribute('data-detail')).toBe('far');
    const far = page.getByTestId('far-canvas');
    await expect.poll(() => far.getAttribute('data-card-count')).toBe(`${ROWS * COLUMNS}`);
    expect(await far.getAttribute('aria-hidden')).toBe('true');
    expect(await page.getByTestId('note').count()).toBe(0);
    await page.screenshot({ path: '/tmp/board-far-canvas-1440.png' });

    // Each note's place shows its colour; the gap between two notes shows the board.
    for (const [row, col] of [
      [0, 0],
      [3, 5],
      [ROWS - 1, COLUMNS - 1],
    ] as const) {
      const color = NOTE_COLORS[(row + col) % NOTE_COLORS.length]!;
      // Below the words, where the card is plain colour.
      const drawn = await pixelAt(page, col * STEP + SIZE - 8, row * STEP + SIZE - 8);
      const want = await themeColour(page, color);
      // The canvas may round a channel by one.
      for (const channel of ['r', 'g', 'b', 'a'] as const)
        expect(Math.abs(drawn[channel]! - want[channel]!)).toBeLessThanOrEqual(2);
    }
    expect((await pixelAt(page, STEP - 10, STEP / 2)).a).toBe(0);

    // A press between the cards selects nothing; a press on a card selects that note, drawn in full.
    const box = (await canvas(page).boundingBox())!;
    const scale = Number(await canvas(page).getAttribute('data-scale'));
    const view = await page.evaluate(() =>
      document
        .querySelector<HTMLElement>('.board-layer')!
        .style.transform.match(/-?[\d.]+/g)!
        .map(Number),
    );
    const onScreen = (x: number, y: number) => ({ x: box.x + view[0]! + x * scale, y: box.y + view[1]! + y * scale });
    const gap = onScreen(5 * STEP - 10, 5 * STEP + SIZE / 2);
    await page.mouse.click(gap.x, gap.y);
    expect(await page.locator('[data-testid="note"][data-selected]').count()).toBe(0);
    const card = onScreen(5 * STEP + SIZE / 2, 5 * STEP + SIZE / 2);
    await page.mouse.click(card.x, card.y);
    const selected = page.locator('[data-testid="note"][data-selected]');
    await expect.poll(() => selected.count()).toBe(1);
    await expect(selected.getAttribute('aria-label')).resolves.toContain('Karte 5-5 am Rand');
    await expect.poll(() => far.getAttribute('data-card-count')).toBe(`${ROWS * COLUMNS - 1}`);

    // The keyboard goes from note to note at far zoom too: the note it reaches is an element, with focus.
    await selected.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect
      .poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label") ?? ""'))
      .toContain('Karte 5-6 am Rand');
    await expect.poll(() => far.getAttribute('data-card-count')).toBe(`${ROWS * COLUMNS - 1}`);

    // Zoomed in, the notes are elements with their whole text, and the canvas is gone.
    for (let i = 0; i < 12 && Number(await canvas(page).getAttribute('data-scale')) < 0.9; i++) {
      await page.keyboard.press('+');
    }
    await expect.poll(() => canvas(page).getAttribute('data-detail')).toBe('near');
    await expect.poll(() => far.count()).toBe(0);
    await expect(note(page, 'Karte 10-10 am Rand').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: '/tmp/board-far-canvas-near-1440.png' });

    const phone = await suite.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await phone.goto(`${suite.server.httpUrl}/b/${board.id}`);
    await canvas(phone)
      .locator(`xpath=self::*[@data-note-count="${ROWS * COLUMNS}"]`)
      .waitFor({ timeout: 120_000 });
    await expect.poll(() => canvas(phone).getAttribute('data-detail')).toBe('far');
    await phone.screenshot({ path: '/tmp/board-far-canvas-phone.png' });

    destroyAll(writer);
  }, 240_000);
});
