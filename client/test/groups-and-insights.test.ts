import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api, createBoard, createWorkshop } from '../../server/test/harness.js';
import { browserSuite, note, waitOnline } from './browser-harness.js';

const suite = browserSuite();

async function openBoard(url: string): Promise<Page> {
  const page = await suite.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await waitOnline(page);
  return page;
}

async function addNoteAt(page: Page, x: number, y: number, text: string): Promise<void> {
  await page.mouse.dblclick(x, y);
  await page.getByTestId('note-editor').fill(text);
  await page.keyboard.press('Escape');
}

/** Drags with the mouse in small steps, as a person would. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

describe('groups and key insights', () => {
  it('groups notes by toolbar, drag and keyboard; the other person sees the group; undo takes a drop back', async () => {
    const board = await createBoard(suite.server, 'Gruppen');
    const url = `${suite.server.httpUrl}/b/${board.id}`;
    const a = await openBoard(url);
    const b = await openBoard(url);

    await addNoteAt(a, 300, 250, 'Sprachkurs');
    await addNoteAt(a, 520, 250, 'Anerkennung');
    await addNoteAt(a, 300, 520, 'Mentoring');
    await addNoteAt(a, 950, 300, 'Wohnung');

    // A frame around the two selected notes, named right away.
    await note(a, 'Sprachkurs').click();
    await note(a, 'Anerkennung').click({ modifiers: ['Shift'] });
    await a.getByTestId('add-group').click();
    await a.getByTestId('group-title-editor').fill('Arbeit');
    await a.keyboard.press('Enter');
    await b.locator('[data-testid="group"][data-title="Arbeit"]').waitFor();
    await expect(note(b, 'Sprachkurs').getAttribute('aria-description')).resolves.toBe('In Gruppe „Arbeit“');

    // Dragging a note onto the frame puts it into the group.
    const frame = await a.getByTestId('group').boundingBox();
    const wohnung = await note(a, 'Wohnung').boundingBox();
    await drag(
      a,
      { x: wohnung!.x + 40, y: wohnung!.y + 40 },
      { x: frame!.x + frame!.width - 50, y: frame!.y + frame!.height - 50 },
    );
    await b.locator('[data-testid="note"][aria-description="In Gruppe „Arbeit“"]', { hasText: 'Wohnung' }).waitFor();

    // Undo takes the drop back (position and membership) for both.
    await a.keyboard.press('Control+z');
    await b.getByTestId('note').filter({ hasText: 'Wohnung' }).and(b.locator(':not([aria-description])')).waitFor();

    // Keyboard only: select a note (Enter edits and selects it, Escape leaves the editor), open "In Gruppe …", pick the group.
    await note(a, 'Mentoring').focus();
    await a.keyboard.press('Enter');
    await a.keyboard.press('Escape');
    await a.getByTestId('group-menu').focus();
    await a.keyboard.press('Enter');
    await a.getByTestId('group-menu-list').waitFor();
    await a.keyboard.press('ArrowUp');
    await expect(a.evaluate('document.activeElement?.textContent')).resolves.toBe('Arbeit');
    await a.keyboard.press('Enter');
    await b.locator('[data-testid="note"][aria-description="In Gruppe „Arbeit“"]', { hasText: 'Mentoring' }).waitFor();
    // The note moved into the frame, so the picture matches the membership.
    const grown = await b.getByTestId('group').boundingBox();
    const mentoring = await note(b, 'Mentoring').boundingBox();
    expect(mentoring!.y).toBeGreaterThan(grown!.y);
    expect(mentoring!.y + mentoring!.height).toBeLessThanOrEqual(grown!.y + grown!.height + 1);
    expect(await b.getByTestId('group').locator('.group-frame__count').textContent()).toBe('3');

    // Dissolving the group keeps its notes.
    await a.getByTestId('group-head').focus();
    await a.keyboard.press('Delete');
    await b.getByTestId('group').waitFor({ state: 'detached' });
    expect(await b.getByTestId('note').count()).toBe(4);
    expect(await b.locator('[data-testid="note"][aria-description]').count()).toBe(0);
  });

  it('a room notes its key insights, and the projector presents them large', async () => {
    const workshop = await createWorkshop(suite.server);
    const facilitator = await suite.newPage({ viewport: { width: 1280, height: 800 } });
    await facilitator.goto(
      `${suite.server.httpUrl}/w/${workshop.workshopId}/facilitate#key=${workshop.facilitatorSecret}`,
    );
    await facilitator.getByTestId('console-title').waitFor();
    const view = await api<{ definition: { stations: Array<{ id: string; kind: string }> } }>(
      suite.server,
      'GET',
      `/api/workshops/${workshop.workshopId}`,
      undefined,
      workshop.facilitatorToken,
    );
    const room = view.body.definition.stations.find((s) => s.kind === 'solutionRoom')!;

    await facilitator.goto(`${suite.server.httpUrl}/w/${workshop.workshopId}/station/${room.id}`);
    for (const text of ['Anerkennung dauert zu lange', 'Mentoring wirkt']) {
      await facilitator.getByTestId('insight-new').fill(text);
      await facilitator.keyboard.press('Enter');
    }
    await facilitator.getByRole('button', { name: 'Erkenntnis 2 nach oben' }).click();
    await facilitator.getByTestId('insight-remove').first().click();
    await facilitator.getByTestId('insight-undo').click();
    await expect(facilitator.getByTestId('insight-text').nth(0).inputValue()).resolves.toBe('Mentoring wirkt');

    await facilitator.goto(`${suite.server.httpUrl}/w/${workshop.workshopId}/facilitate`);
    await facilitator.getByTestId('console-tab-projectors').click();
    await facilitator.getByTestId('projector-name').fill('saal');
    await facilitator.getByTestId('projector-create').click();
    const link = await facilitator.getByTestId('projector-link-saal').inputValue();
    const projector = await suite.newPage({ viewport: { width: 1920, height: 1080 } });
    await projector.goto(link);
    await projector.getByTestId('projector').waitFor();

    await facilitator.getByTestId('projector-present-insights-saal').click();
    await projector.getByTestId('projector-station-name').filter({ hasText: 'Lösungsraum 1' }).waitFor();
    await projector.getByTestId('insight').first().waitFor();
    // Numbered cards since the insights fill the screen (issue 11); the text follows the number.
    expect(await projector.getByTestId('insight-screen-text').allTextContents()).toEqual([
      'Mentoring wirkt',
      'Anerkennung dauert zu lange',
    ]);
    // Read-only and large: no fields, and type far bigger than body text.
    expect(await projector.getByTestId('insight-new').count()).toBe(0);
    const size = Number(
      await projector.evaluate(
        'parseFloat(getComputedStyle(document.querySelector(\'[data-testid="insight-screen-text"]\')).fontSize)',
      ),
    );
    expect(size).toBeGreaterThanOrEqual(28);
  });
});
