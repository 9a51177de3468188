import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { createNote, workshopViewSchema } from '@mutopia/shared';
import { CONTRAST_AAA, contrastRatio } from '@mutopia/shared/a11y/contrast';
import { api, connectProvider, createWorkshop, destroyAll, joinWorkshop, synced } from '../../server/test/harness.js';
import { PHONE, PROJECTOR, participantPage, shot } from './conference-pages.js';
import { browserSuite, waitOnline } from './browser-harness.js';

const suite = browserSuite();
const ROOM = 'solution-room-sprache';

/**
 * The colour of the first element matching `selector` and the background it
 * really stands on (the nearest ancestor with an opaque background), as the
 * browser computed them. A string script: the test's TypeScript has no DOM types.
 */
async function colours(page: Page, selector: string): Promise<{ color: string; background: string }> {
  return page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (!el) throw new Error('nothing matches ' + ${JSON.stringify(selector)});
    const color = getComputedStyle(el).color;
    let node = el;
    while (node) {
      const bg = getComputedStyle(node).backgroundColor;
      const parts = bg.match(/[\\d.]+/g) ?? [];
      const alpha = parts.length === 4 ? Number(parts[3]) : 1;
      if (bg !== 'transparent' && alpha > 0) return { color, background: bg };
      node = node.parentElement;
    }
    return { color, background: 'rgb(255, 255, 255)' };
  })()`);
}

async function contrastOf(page: Page, selector: string): Promise<number> {
  const { color, background } = await colours(page, selector);
  return contrastRatio(color, background);
}

const rootData = (page: Page, key: 'contrast' | 'text' | 'motion') =>
  page.evaluate(`document.documentElement.dataset.${key}`) as Promise<string | undefined>;
const rootFontSize = (page: Page) =>
  page.evaluate(`parseFloat(getComputedStyle(document.documentElement).fontSize)`) as Promise<number>;

async function workshopWithNotes() {
  const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 2 });
  const view = workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
  );
  const doc = new Y.Doc();
  const provider = connectProvider(suite.server, view.boards[ROOM]!, doc, w.facilitatorToken);
  await synced(provider);
  (['yellow', 'blue', 'pink', 'green'] as const).forEach((color, i) =>
    createNote(doc, { x: 40 + i * 220, y: 60, text: `Notiz ${color}`, color }),
  );
  await new Promise((r) => setTimeout(r, 300));
  destroyAll(provider);
  return { w, teams: view.definition.teams };
}

describe('display preferences', () => {
  it('a phone switches to high contrast and large text from the Anzeige menu; it survives a reload and text reaches 7:1', async () => {
    const { w, teams } = await workshopWithNotes();
    const joined = await joinWorkshop(suite.server, w.joinCode, 'Ayla', teams[0]!.id);
    const phone = await participantPage(suite, w.workshopId, joined, 'Ayla', PHONE);
    await phone.goto(`${suite.server.httpUrl}/w/${w.workshopId}`);
    await phone.getByTestId('participant-view').waitFor();
    expect(await rootData(phone, 'contrast')).toBe('standard');
    const normalSize = await rootFontSize(phone);

    // The menu is a button in the phone's header, reachable by keyboard; Escape closes it and gives focus back.
    const toggle = phone.getByTestId('display-menu-toggle');
    expect(await toggle.getAttribute('aria-label')).toContain('Anzeige');
    await toggle.click();
    await phone.getByTestId('display-menu').waitFor();
    await phone.getByLabel('Hoher Kontrast').check();
    await phone.getByLabel('Groß').check();
    expect(await rootData(phone, 'contrast')).toBe('high');
    expect(await rootFontSize(phone)).toBeGreaterThan(normalSize);
    await phone.keyboard.press('Escape');
    expect(await phone.getByTestId('display-menu').count()).toBe(0);
    expect(await phone.evaluate(`document.activeElement?.dataset.testid`)).toBe('display-menu-toggle');
    // A focused control shows an outline of at least 3 px.
    expect(
      await phone.evaluate(`parseFloat(getComputedStyle(document.activeElement).outlineWidth)`),
    ).toBeGreaterThanOrEqual(3);

    await phone.reload();
    await phone.getByTestId('participant-view').waitFor();
    expect(await rootData(phone, 'contrast')).toBe('high');
    expect(await rootData(phone, 'text')).toBe('large');
    expect(await contrastOf(phone, '[data-testid="participant-phase-title"]')).toBeGreaterThanOrEqual(CONTRAST_AAA);
    expect(await contrastOf(phone, '.participant-header__workshop')).toBeGreaterThanOrEqual(CONTRAST_AAA);
    await shot(phone, 'display-high-contrast-phone-participant.png');

    // The room's notes: black text on every colour at 7:1 or more, and a pattern per colour besides the colour.
    await phone.goto(`${suite.server.httpUrl}/w/${w.workshopId}/station/${ROOM}`);
    const canvasTab = phone.getByTestId('board-tab-canvas');
    await canvasTab.waitFor();
    await canvasTab.click();
    await waitOnline(phone);
    await phone.getByTestId('note').first().waitFor();
    expect(await phone.getByTestId('note').count()).toBe(4);
    for (const color of ['yellow', 'blue', 'pink', 'green'])
      expect(
        await contrastOf(phone, `[data-testid="note"][data-color="${color}"]`),
        `${color} note`,
      ).toBeGreaterThanOrEqual(CONTRAST_AAA);
    const patterns = (await phone.evaluate(
      `[...document.querySelectorAll('[data-testid="note"]')].map((n) => getComputedStyle(n, '::before').backgroundImage)`,
    )) as string[];
    expect(new Set(patterns).size).toBe(4);
    expect(patterns.every((p) => p !== 'none')).toBe(true);
    await shot(phone, 'display-high-contrast-phone-board.png');
  });

  it('a projector takes ?contrast=high&text=large from its link, keeps it after a reload without them, and reaches 7:1', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 4 });
    const viewer = await api<{ token: string }>(
      suite.server,
      'POST',
      `/api/workshops/${w.workshopId}/viewer-token`,
      { projectorId: 'saal' },
      w.facilitatorToken,
    );
    const projector = await suite.newPage({ viewport: PROJECTOR });
    await projector.addInitScript(`localStorage.setItem('mutopia-language', 'de');`);
    await projector.goto(
      `${suite.server.httpUrl}/w/${w.workshopId}/projector/saal?contrast=high&text=large#token=${viewer.body.token}`,
    );
    await projector.getByTestId('projector').waitFor();
    expect(await rootData(projector, 'contrast')).toBe('high');
    expect(await rootData(projector, 'text')).toBe('large');
    expect(await projector.evaluate(`getComputedStyle(document.querySelector('.projector')).zoom`)).toBe('1.25');
    expect(
      await contrastOf(projector, '[data-testid="projector"] h1, [data-testid="projector"] h2'),
    ).toBeGreaterThanOrEqual(CONTRAST_AAA);
    expect(await contrastOf(projector, '.projector-phase__text p, .projector-phase__text')).toBeGreaterThanOrEqual(
      CONTRAST_AAA,
    );
    // The larger type still fits: the join code stays inside its white card.
    const joinCodeFits = `(() => {
      const code = document.querySelector('.projector-join__code');
      const card = document.querySelector('.projector-join');
      return !!code && !!card && code.getBoundingClientRect().right <= card.getBoundingClientRect().right + 1;
    })()`;
    expect(await projector.evaluate(joinCodeFits)).toBe(true);
    await shot(projector, 'display-high-contrast-projector.png');

    await projector.goto(`${suite.server.httpUrl}/w/${w.workshopId}/projector/saal#token=${viewer.body.token}`);
    await projector.getByTestId('projector').waitFor();
    expect(await rootData(projector, 'contrast')).toBe('high');
    expect(await rootData(projector, 'text')).toBe('large');
  });

  it('follows prefers-contrast: more unless the person chooses standard, and honours prefers-reduced-motion', async () => {
    const page = await suite.newPage({
      viewport: { width: 1440, height: 900 },
      contrast: 'more',
      reducedMotion: 'reduce',
    });
    await page.addInitScript(`localStorage.setItem('mutopia-language', 'de');`);
    await page.goto(`${suite.server.httpUrl}/`);
    await page.getByTestId('site-footer').waitFor();
    expect(await rootData(page, 'contrast')).toBe('high');
    expect(await rootData(page, 'motion')).toBe('reduced');
    expect(await contrastOf(page, 'body')).toBeGreaterThanOrEqual(CONTRAST_AAA);

    await page.getByTestId('site-footer').getByTestId('display-menu-toggle').click();
    await page.getByTestId('display-contrast-standard').check();
    expect(await rootData(page, 'contrast')).toBe('standard');
    await page.reload();
    await page.getByTestId('site-footer').waitFor();
    expect(await rootData(page, 'contrast')).toBe('standard');
  });

  it('the footer leads to the accessibility statement, which says whom to tell about a barrier', async () => {
    const page = await suite.newPage({ viewport: PHONE });
    await page.addInitScript(`localStorage.setItem('mutopia-language', 'de');`);
    await page.goto(`${suite.server.httpUrl}/`);
    await page.getByTestId('footer-statement').click();
    await page.getByTestId('statement-page').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Erklärung zur Barrierefreiheit');
    expect(await page.title()).toContain('Erklärung zur Barrierefreiheit');
    await page.getByTestId('statement-contact-missing').waitFor();
    expect(await page.getByRole('link', { name: 'Website der Schlichtungsstelle BGG' }).count()).toBe(1);
    // English is fetched on the first switch: the heading changes once it has arrived.
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Accessibility statement');
    await shot(page, 'accessibility-statement-phone.png');
  });
});
