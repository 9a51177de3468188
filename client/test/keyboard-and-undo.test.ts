import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createBoard } from '../../server/test/harness.js';
import { note, browserSuite, waitOnline } from './browser-harness.js';

const suite = browserSuite();

async function openBoard(url: string): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(url);
  await waitOnline(page);
  return page;
}

describe('keyboard and undo', () => {
  it('creates, edits and deletes notes from the keyboard alone, and undo reverts only one’s own changes', async () => {
    const board = await createBoard(suite.server, 'Tastatur');
    const url = `${suite.server.httpUrl}/b/${board.id}`;
    const a = await openBoard(url);
    const b = await openBoard(url);

    await a.keyboard.press('n');
    await a.getByTestId('note-editor').pressSequentially('Mit der Tastatur');
    await a.keyboard.press('Escape');
    await note(b, 'Mit der Tastatur').waitFor();

    await b.getByTestId('add-note').click();
    await b.getByTestId('note-editor').fill('Von B');
    await b.keyboard.press('Escape');
    await note(a, 'Von B').waitFor();

    // A undoes until its own note is gone; B's note must survive every step.
    for (let i = 0; i < 5 && (await note(a, 'Mit der Tastatur').count()) > 0; i++) {
      await a.keyboard.press('Control+z');
    }
    await note(b, 'Mit der Tastatur').waitFor({ state: 'detached' });
    expect(await note(a, 'Von B').count()).toBe(1);
    expect(await note(b, 'Von B').count()).toBe(1);

    await a.keyboard.press('Control+Shift+z');
    await note(b, 'Mit der Tastatur').waitFor();

    // Select B's note with the keyboard (Tab to it), delete it, see it vanish for B.
    await note(a, 'Von B').focus();
    await a.keyboard.press('Enter');
    await a.keyboard.press('Escape');
    await a.keyboard.press('Delete');
    await note(b, 'Von B').waitFor({ state: 'detached' });
    expect(await note(b, 'Mit der Tastatur').count()).toBe(1);
  });
});
