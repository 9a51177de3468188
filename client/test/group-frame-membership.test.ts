import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { createNote, readNotes, updateNotes } from '@mutopia/shared';
import { readGroups } from '@mutopia/shared/board/groups';
import { connectProvider, createBoard, destroyAll, synced } from '../../server/test/harness.js';
import { membershipChanges } from '../src/board/group-math.js';
import { browserSuite, note, waitOnline } from './browser-harness.js';

const suite = browserSuite();

/** Where board point `p` is on the screen, measured from a note whose board position is known. */
async function screenOf(page: Page, anchor: { text: string; x: number; y: number }, p: { x: number; y: number }) {
  const box = (await note(page, anchor.text).boundingBox())!;
  const scale = Number(await page.getByTestId('board-canvas').getAttribute('data-scale'));
  return { x: box.x + (p.x - anchor.x) * scale, y: box.y + (p.y - anchor.y) * scale, scale };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

describe('a group frame holds exactly the notes it encloses', () => {
  it('notes join by arrow keys, a new note, a resize and a remote move, and leave the same ways', async () => {
    const board = await createBoard(suite.server, 'Rahmen');
    // Someone else on the board: a plain Yjs client that moves notes without knowing about frames.
    const doc = new Y.Doc();
    const other = connectProvider(suite.server, board.id, doc);
    await synced(other);
    const A = { text: 'Sprachkurs', x: 0, y: 0 };
    const ids = {
      a: createNote(doc, { ...A }),
      b: createNote(doc, { text: 'Wohnung', x: 500, y: 100 }),
      c: createNote(doc, { text: 'Mentoring', x: 0, y: 600 }),
    };
    const groupOf = (id: string) => readNotes(doc).find((n) => n.id === id)?.groupId;
    const frameLies = () => membershipChanges(readGroups(doc), readNotes(doc)).size;

    const page = await suite.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${suite.server.httpUrl}/b/${board.id}`);
    await waitOnline(page);
    await page.locator('[data-testid="board-canvas"][data-note-count="3"]').waitFor();

    // A frame around the selected note.
    await note(page, A.text).click();
    await page.keyboard.press('g');
    await page.getByTestId('group-title-editor').fill('Ankommen');
    await page.keyboard.press('Enter');
    await expect.poll(() => readGroups(doc).map((g) => g.title)).toEqual(['Ankommen']);
    const frame = readGroups(doc)[0]!.id;
    await expect.poll(() => groupOf(ids.a)).toBe(frame);

    // Arrow keys carry a note into the frame (it joins) and out again (it leaves).
    await note(page, 'Mentoring').click();
    for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(() => groupOf(ids.c)).toBe(frame);
    await expect(note(page, 'Mentoring').getAttribute('aria-description')).resolves.toBe('In Gruppe „Ankommen“');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => groupOf(ids.c)).toBeUndefined();
    await page.keyboard.press('Escape');

    // Pulled wider over a note, the frame takes it in.
    const corner = (await page.locator('.group-frame__resize').boundingBox())!;
    const { scale } = await screenOf(page, A, { x: 0, y: 0 });
    const from = { x: corner.x + corner.width / 2, y: corner.y + corner.height / 2 };
    await drag(page, from, { x: from.x + 500 * scale, y: from.y });
    await expect.poll(() => groupOf(ids.b)).toBe(frame);

    // A note made by double-click inside the frame is its member from the start.
    const inside = await screenOf(page, A, { x: 330, y: 40 });
    await page.mouse.dblclick(inside.x, inside.y);
    await page.getByTestId('note-editor').fill('Behörden');
    await page.keyboard.press('Escape');
    await expect.poll(() => readNotes(doc).find((n) => n.text === 'Behörden')?.groupId).toBe(frame);

    // Shrunk back, the frame lets go of the note it no longer covers.
    const corner2 = (await page.locator('.group-frame__resize').boundingBox())!;
    const from2 = { x: corner2.x + corner2.width / 2, y: corner2.y + corner2.height / 2 };
    await drag(page, from2, { x: from2.x - 250 * scale, y: from2.y });
    await expect.poll(() => groupOf(ids.b)).toBeUndefined();
    expect(groupOf(ids.a)).toBe(frame);

    // Someone else moves notes in and out; the frame still tells the truth.
    updateNotes(doc, new Map([[ids.c, { x: 40, y: 10 }]]));
    await expect.poll(() => groupOf(ids.c), { timeout: 5000 }).toBe(frame);
    updateNotes(doc, new Map([[ids.a, { x: 1500, y: 1500 }]]));
    await expect.poll(() => groupOf(ids.a), { timeout: 5000 }).toBeUndefined();

    expect(frameLies()).toBe(0);
    const members = readNotes(doc).filter((n) => n.groupId === frame).length;
    await expect
      .poll(() => page.getByTestId('group').locator('.group-frame__count').textContent())
      .toBe(String(members));
    destroyAll(other);
  });
});
