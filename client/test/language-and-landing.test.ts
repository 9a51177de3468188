import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoBoard } from '../../server/src/demo/demo-board.js';
import { de } from '../src/i18n/de.js';
import { en } from '../src/i18n/en.js';
import { note, browserSuite, waitOnline } from './browser-harness.js';

const suite = browserSuite();

beforeAll(() => {
  ensureDemoBoard(suite.server.app.boards);
});

describe('language', () => {
  it('is German by default, even in an English browser, switches to English and remembers the choice', async () => {
    const page = await suite.newPage({ locale: 'en-US' });
    await page.goto(`${suite.server.httpUrl}/`);
    const submit = page.getByTestId('create-board-submit');
    await expect(submit.textContent()).resolves.toBe(de.landing.create);
    expect(await page.getAttribute('html', 'lang')).toBe('de');

    // English is its own chunk, fetched on the first switch: the texts change once it has arrived.
    await page.getByTestId('lang-en').click();
    await expect.poll(() => submit.textContent()).toBe(en.landing.create);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.reload();
    await expect(page.getByTestId('create-board-submit').textContent()).resolves.toBe(en.landing.create);

    await page.getByTestId('lang-de').click();
    await expect.poll(() => page.getByTestId('create-board-submit').textContent()).toBe(de.landing.create);
  });
});

describe('first visit', () => {
  it('opens the demo board from the landing page and remembers it in the list of boards', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.server.httpUrl}/`);
    await page.getByTestId('demo-board-link').click();
    await page.waitForURL(/\/b\/demo$/);
    await waitOnline(page);
    await note(page, 'Willkommen!').waitFor();
    await page.goto(`${suite.server.httpUrl}/`);
    await page.locator('[data-testid="recent-board"][data-board-id="demo"]').waitFor();
  });

  it('shows a friendly page for a board that does not exist', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.server.httpUrl}/b/doesNotExist`);
    await page.getByTestId('board-not-found').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(de.notFound.boardTitle);
  });
});
