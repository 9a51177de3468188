import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, createWorkshop, joinWorkshop } from '../../server/test/harness.js';
import { de } from '../src/i18n/de.js';
import { browserSuite } from './browser-harness.js';

const suite = browserSuite();
const SHOTS = process.env.TEST_SHOTS_DIR;

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

function day(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describe('deleting a workshop from the console', () => {
  it('shows the day of deletion, keeps results on request, and deletes after naming what is lost', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { date: day(5), title: 'Fachtag Löschen' });
    for (const name of ['Anna', 'Ben']) await joinWorkshop(suite.server, w.joinCode, name);
    const page = await suite.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${suite.server.httpUrl}/w/${w.workshopId}/facilitate#key=${w.facilitatorSecret}`);
    await page.getByTestId('console-tab-edit').click();

    const card = page.getByTestId('delete-workshop');
    await card.scrollIntoViewIfNeeded();
    // 30 days after its date, as people read dates.
    await expect
      .poll(() => page.getByTestId('retention-delete-on').textContent())
      .toContain(String(new Date(`${day(35)}T12:00:00Z`).getUTCFullYear()));
    await page.getByLabel(de.retention.keepResults).check();
    await expect
      .poll(
        async () =>
          (
            await api<{ keepResults: boolean }>(
              suite.server,
              'GET',
              `/api/workshops/${w.workshopId}/retention`,
              undefined,
              w.facilitatorToken,
            )
          ).body.keepResults,
      )
      .toBe(true);
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'delete-workshop-card-1440');

    await page.getByTestId('delete-workshop-open').click();
    const dialog = page.getByTestId('delete-workshop-dialog');
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('60 Boards');
    expect(text).toContain('aller 2 Personen');
    // Cancel first: a stray Enter must not delete.
    await expect
      .poll(() => page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null"))
      .toBe('delete-workshop-dialog-cancel');
    await shot(page, 'delete-workshop-dialog-1440');
    await page.getByTestId('delete-workshop-dialog-confirm').click();

    await page.waitForURL(`${suite.server.httpUrl}/`);
    const gone = await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken);
    expect(gone.status).toBe(410);
  });

  it('fits a phone', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { date: day(5) });
    const page = await suite.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${suite.server.httpUrl}/w/${w.workshopId}/facilitate#key=${w.facilitatorSecret}`);
    await page.getByTestId('console-tab-edit').click();
    await page.getByTestId('delete-workshop').scrollIntoViewIfNeeded();
    await page.getByTestId('retention-delete-on').waitFor();
    await shot(page, 'delete-workshop-card-390');
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
