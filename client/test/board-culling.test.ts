import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { createNote } from '@mutopia/shared';
import { connectProvider, createBoard, destroyAll, synced } from '../../server/test/harness.js';
import { browserSuite, note, waitOnline } from './browser-harness.js';

const suite = browserSuite();

const COLUMNS = 50;
const ROWS = 40;
const STEP = 220;

const canvas = (page: Page) => page.getByTestId('board-canvas');
const scaleOf = async (page: Page) => Number(await canvas(page).getAttribute('data-scale'));
const notesInDom = (page: Page) => page.locator('[data-testid="note"]').count();

describe('a board of 2,000 notes draws only what is in view', () => {
  it('shows the notes in view, keeps the DOM small, and draws a far corner once panned there', async () => {
    const board = await createBoard(suite.server, 'Großes Board');
    const doc = new Y.Doc();
    const writer = connectProvider(suite.server, board.id, doc);
    await synced(writer);
    doc.transact(() => {
      for (let row = 0; row < ROWS; row++) {
        for (let col = 0; col < COLUMNS; col++) {
          createNote(doc, { text: `Idee ${row}-${col} zum Ankommen`, x: col * STEP, y: row * STEP });
        }
      }
    });

    const page = await suite.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${suite.server.httpUrl}/b/${board.id}`);
    // Two thousand notes take a while to arrive on a busy machine; this waits, it does not time them.
    await canvas(page).locator('xpath=self::*[@data-note-count="2000"]').waitFor({ timeout: 180_000 });
    await waitOnline(page);

    // The whole board fits: every note is a card drawn on one canvas (board-far-canvas.test.ts), no note is an element.
    await expect.poll(() => canvas(page).getAttribute('data-detail')).toBe('far');
    await expect.poll(() => page.getByTestId('far-canvas').getAttribute('data-card-count')).toBe('2000');
    await expect(notesInDom(page)).resolves.toBe(0);
    await expect(page.getByTestId('note-team').count()).resolves.toBe(0);
    await page.screenshot({ path: '/tmp/board-culling-far.png' });

    // Zoomed in to about 100 %, only the notes near the middle are in the DOM, in full.
    for (let i = 0; i < 20 && (await scaleOf(page)) < 0.9; i++) await page.keyboard.press('+');
    expect(await scaleOf(page)).toBeGreaterThanOrEqual(0.9);
    await expect.poll(() => canvas(page).getAttribute('data-detail')).toBe('near');
    await expect.poll(() => notesInDom(page)).toBeLessThan(200);
    const middle = note(page, `Idee ${ROWS / 2}-${COLUMNS / 2} zum Ankommen`);
    await expect(middle.isVisible()).resolves.toBe(true);
    await expect(middle.getAttribute('aria-label')).resolves.toContain(`Idee ${ROWS / 2}-${COLUMNS / 2} zum Ankommen`);
    const corner = `Idee ${ROWS - 1}-${COLUMNS - 1} zum Ankommen`;
    await expect(note(page, corner).count()).resolves.toBe(0);

    // A selected note stays in the DOM (focus and keyboard keep it) when the view moves away.
    await middle.click();
    const selectedId = await middle.getAttribute('data-note-id');

    // Wheel to the bottom-right corner: its notes appear, the middle's others leave.
    const box = (await canvas(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(500, 400);
    await expect.poll(() => note(page, corner).isVisible()).toBe(true);
    const shown = (await note(page, corner).boundingBox())!;
    expect(shown.x).toBeGreaterThan(box.x);
    expect(shown.y).toBeGreaterThan(box.y);
    expect(shown.x + shown.width).toBeLessThan(box.x + box.width);
    expect(shown.y + shown.height).toBeLessThan(box.y + box.height);
    await expect(note(page, `Idee ${ROWS / 2}-${COLUMNS / 2 + 1} zum Ankommen`).count()).resolves.toBe(0);
    await expect.poll(() => notesInDom(page)).toBeLessThan(200);
    await expect(page.locator(`[data-note-id="${selectedId}"]`).count()).resolves.toBe(1);
    await page.screenshot({ path: '/tmp/board-culling-corner.png' });

    destroyAll(writer);
  }, 240_000);
});
