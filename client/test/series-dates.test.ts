import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriesViewSchema, type SeriesView } from '@mutopia/shared';
import { api } from '../../server/test/harness.js';
import { browserSuite } from './browser-harness.js';

const suite = browserSuite();
const SHOTS = process.env.TEST_SHOTS_DIR;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function german(viewport: { width: number; height: number }): Promise<Page> {
  const page = await suite.newPage({ viewport });
  await page.addInitScript(`localStorage.setItem('mutopia-language', 'de');`);
  return page;
}

// Dates far ahead, so every one of them is still to come whenever the test runs.
const PLAN = [
  {
    id: 'd-1',
    date: '2040-01-10',
    topic: 'Anerkennung in der Pflege',
    startTime: '14:00',
    endTime: '16:00',
    place: 'Erfurt, Haus Dacheröden',
  },
  { id: 'd-2', date: '2040-02-14' },
  { id: 'd-3', date: '2040-03-13', topic: 'Wohnraum für neue Mitarbeitende' },
];

describe('a monthly series: open topics, time, place and online link', () => {
  it('lets the facilitator leave a topic open and set time, place and link; the public archive shows them', async () => {
    const created = await api<{ seriesId: string; facilitatorSecret: string }>(suite.server, 'POST', '/api/series', {
      title: 'Praxisaustausch 2040',
      locale: 'de',
      topicPlan: PLAN,
    });
    const { seriesId, facilitatorSecret } = created.body;

    const console_ = await german({ width: 1440, height: 900 });
    await console_.goto(`${suite.server.httpUrl}/s/${seriesId}#key=${facilitatorSecret}`);
    const open = console_.locator('[data-testid="topic-row"][data-topic-id="d-2"]');
    await open.waitFor();
    expect(await open.getByTestId('topic-text').inputValue()).toBe('');
    expect(await open.getByTestId('topic-text').getAttribute('placeholder')).toBe('Thema folgt');
    // Every field is named, and says which date it belongs to.
    await open.getByLabel('Beginn (2. 2040-02-14)').fill('10:00');
    await open.getByLabel('Ende (2. 2040-02-14)').fill('09:00');
    await open.getByLabel('Ort (2. 2040-02-14)').fill('Jena, Volkshaus');
    await open.getByLabel('Online-Link (optional) (2. 2040-02-14)').fill('meet.example.org/februar');
    await console_.getByTestId('plan-save').click();
    await expect
      .poll(() => open.locator('.form-error').textContent(), { timeout: 10_000 })
      .toBe('Das Ende muss nach dem Beginn liegen.');
    await open.getByTestId('topic-end').fill('12:00');
    await console_.getByTestId('plan-save').click();
    await expect
      .poll(() => open.locator('.form-error').textContent(), { timeout: 10_000 })
      .toBe('Der Online-Link muss mit http:// oder https:// beginnen.');
    await open.getByTestId('topic-online-url').fill('https://meet.example.org/februar');
    await console_.getByTestId('plan-save').click();
    await console_.getByText('Themenplan gespeichert.').waitFor();
    await shot(console_, 'series-plan-console-1440');

    const token = (
      await api<{ token: string }>(suite.server, 'POST', `/api/series/${seriesId}/login`, {
        secret: facilitatorSecret,
      })
    ).body.token;
    const view: SeriesView = seriesViewSchema.parse(
      (await api(suite.server, 'GET', `/api/series/${seriesId}`, undefined, token)).body,
    );
    expect(view.topicPlan.find((e) => e.id === 'd-2')).toEqual({
      id: 'd-2',
      date: '2040-02-14',
      startTime: '10:00',
      endTime: '12:00',
      place: 'Jena, Volkshaus',
      onlineUrl: 'https://meet.example.org/februar',
    });

    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1440, height: 900 },
    ]) {
      const visitor = await german(viewport);
      await visitor.goto(`${suite.server.httpUrl}${view.archivePath}`);
      const entries = visitor.getByTestId('archive-entry');
      await entries.nth(2).waitFor();
      expect(await entries.count()).toBe(3);
      const first = entries.nth(0);
      expect(await first.textContent()).toContain('Anerkennung in der Pflege');
      expect(await first.getByTestId('archive-time').textContent()).toBe('14:00–16:00 Uhr');
      expect(await first.getByTestId('archive-place').textContent()).toBe('Erfurt, Haus Dacheröden');
      expect(await first.getByTestId('archive-online').count()).toBe(0);
      const second = entries.nth(1);
      expect(await second.locator('.archive-entry__topic').textContent()).toBe('Thema folgt');
      expect(await second.getByTestId('archive-time').textContent()).toBe('10:00–12:00 Uhr');
      expect(await second.getByTestId('archive-place').textContent()).toBe('Jena, Volkshaus');
      const link = second.getByTestId('archive-online');
      expect(await link.textContent()).toBe('Online teilnehmen: Thema folgt');
      expect(await link.getAttribute('href')).toBe('https://meet.example.org/februar');
      // Nothing wider than the screen: a phone reads the archive without scrolling sideways.
      const overflow = await visitor.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);
      await shot(visitor, `series-archive-${viewport.width}`);
      await visitor.context().close();
    }
    await console_.context().close();
  });
});
