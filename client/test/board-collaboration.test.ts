import { describe, expect, it } from 'vitest';
import { de } from '../src/i18n/de.js';
import { note, browserSuite, waitOnline } from './browser-harness.js';

const suite = browserSuite();

describe('two people on one board', () => {
  it('see each other’s notes live, and keep them through a server restart and an offline edit', async () => {
    const a = await suite.newPage();
    const b = await suite.newPage();

    await a.goto(`${suite.server.httpUrl}/`);
    await a.getByLabel(de.landing.titleLabel).fill('Lösungsraum Sprache');
    await a.getByRole('button', { name: de.landing.create }).click();
    await a.waitForURL(/\/b\/[A-Za-z0-9]{12}$/);
    await waitOnline(a);
    await expect(a.getByTestId('board-title').textContent()).resolves.toBe('Lösungsraum Sprache');

    await b.goto(a.url());
    await waitOnline(b);

    await a.getByTestId('add-note').click();
    await a.getByTestId('note-editor').fill('Hallo aus Fenster A');
    await a.keyboard.press('Escape');
    await note(b, 'Hallo aus Fenster A').waitFor();

    await note(b, 'Hallo aus Fenster A').dblclick();
    const editorB = b.getByTestId('note-editor');
    await editorB.press('End');
    await editorB.pressSequentially(' und B');
    await b.keyboard.press('Escape');
    await note(a, 'Hallo aus Fenster A und B').waitFor();
    await b.getByTestId('online-count').filter({ hasText: '2' }).waitFor();

    // A's own edits so far are confirmed, so the count below is the offline edit's alone.
    await a.locator('[data-testid="connection-status"][data-unsynced="0"]').waitFor();
    // The server goes away: A keeps working offline and is told its change is not saved yet.
    await suite.stopServer();
    await a.locator('[data-testid="connection-status"]:not([data-status="online"])').waitFor();
    await a.getByTestId('add-note').click();
    await a.getByTestId('note-editor').fill('Offline geschrieben');
    await a.keyboard.press('Escape');
    // Polled as text so that a failure prints what the pill said instead.
    await expect
      .poll(() => a.getByTestId('connection-status').textContent(), { timeout: 30_000 })
      .toContain('1 Änderung noch nicht gesichert');

    await suite.startServerAgain();
    await waitOnline(a);
    await note(b, 'Offline geschrieben').waitFor();

    // A fresh browser with nothing cached gets everything from the server.
    const c = await suite.newPage();
    await c.goto(a.url());
    await waitOnline(c);
    await note(c, 'Hallo aus Fenster A und B').waitFor();
    await note(c, 'Offline geschrieben').waitFor();
  });
});
