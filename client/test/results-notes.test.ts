import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createGroup, createNote, setNotesGroup, workshopViewSchema, type Publication } from '@mutopia/shared';
import { api, createWorkshop } from '../../server/test/harness.js';
import { browserSuite } from './browser-harness.js';

const suite = browserSuite();
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

/** Long enough that a 180 px note cannot hold it at the normal size. */
const LONG_NOTE =
  'Ein fester Lotsendienst begleitet jede Fachkraft vom ersten Beratungstermin bis zur Anerkennung und kennt alle Stellen der Stadt, die Kammern, die Agentur für Arbeit und die Sprachkursträger – ENDE';

/**
 * The seed conference at its real size (30 teams, 60 stations) with notes on
 * every station: three in a group, two loose, one of them long.
 */
async function publishedConference() {
  const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', {
    teamCount: 30,
    title: 'Fachkraft im Fokus',
  });
  const view = workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
  );
  const { app } = suite.server;
  const stations = view.definition.stations.filter((s) => view.boards[s.id] && s.kind !== 'harbour');
  for (const [i, station] of stations.entries()) {
    await app.boardHost.edit(view.boards[station.id]!, (doc) => {
      const group = createGroup(doc, { title: `Ansatz ${i + 1}`, x: 0, y: 0, w: 700, h: 320 })!;
      const ids = [0, 1, 2].map((n) =>
        createNote(doc, {
          x: 20 + n * 220,
          y: 80,
          text: `Idee ${n + 1} an ${station.name}`,
          teamId: `team-${(i % 30) + 1}`,
        }),
      );
      setNotesGroup(doc, ids, group);
      createNote(doc, { x: 0, y: 400, text: LONG_NOTE, teamId: 'team-1' });
      createNote(doc, { x: 220, y: 400, text: 'Ohne Team geschrieben' });
    });
  }
  const published = await api<Publication>(
    suite.server,
    'PUT',
    `/api/workshops/${w.workshopId}/publication`,
    undefined,
    w.facilitatorToken,
  );
  return { path: published.body.path!, stations };
}

/** The image's size in pixels, once it has loaded. */
async function imageSize(page: Page) {
  return page.getByTestId('result-board-image').evaluate(async (img) => {
    // Runs in the page, where the element is an <img>.
    const image = img as unknown as { decode(): Promise<void>; naturalWidth: number; naturalHeight: number };
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  });
}

describe('public results with every station’s notes', () => {
  it('shows notes by station with a table of contents, downloads and a board image at phone and desktop size', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { path, stations } = await publishedConference();
    expect(stations.length).toBeGreaterThanOrEqual(50);

    for (const [name, viewport] of [
      ['phone', { width: 390, height: 844 }],
      ['desktop', { width: 1440, height: 900 }],
    ] as const) {
      const page = await suite.newPage({ viewport });
      await page.goto(`${suite.server.httpUrl}${path}`);
      const notes = page.getByTestId('results-notes');
      await notes.waitFor();

      // One entry per station in the table of contents; every station collapsed until opened.
      const toc = page.getByTestId('results-notes-toc').getByRole('link');
      expect(await toc.count()).toBe(stations.length);
      expect(await page.getByTestId('result-board').count()).toBe(stations.length);
      expect(await page.locator('[data-testid="result-board"][open]').count()).toBe(0);

      // The downloads of the public link.
      const md = page.getByTestId('public-download-md');
      expect(await md.getAttribute('href')).toBe(`/api/public/results/${path.slice(3)}.md`);
      await page.getByTestId('public-csv-table').selectOption('notes');
      expect(await page.getByTestId('public-download-csv').getAttribute('href')).toBe(
        `/api/public/results/${path.slice(3)}.csv?table=notes`,
      );
      expect(await page.getByTestId('public-download-pdf').isVisible()).toBe(true);
      const fetched = await page.evaluate(
        async (href) => {
          const res = await fetch(href!);
          return { status: res.status, text: await res.text() };
        },
        await md.getAttribute('href'),
      );
      expect(fetched.status).toBe(200);
      expect(fetched.text).toContain(`#### Gruppe: Ansatz 1`);

      // A station from the middle of the list, opened from the table of contents.
      const target = stations[Math.floor(stations.length / 2)]!;
      await toc.filter({ hasText: new RegExp(`^${target.name.replace(/[[\]]/g, '\\$&')}$`) }).click();
      const board = page.locator(`#notes-${target.id}`);
      await expect.poll(() => board.evaluate((el) => el.hasAttribute('open'))).toBe(true);
      expect(await board.getByTestId('result-note').count()).toBe(5);
      const groupTitle = await board.getByTestId('result-note-group').locator('h4').textContent();
      expect(groupTitle).toMatch(/^Ansatz \d+$/);
      const first = await board.getByTestId('result-note').first().textContent();
      expect(first).toContain(`Idee 1 an ${target.name}`);
      expect(first).toMatch(/Team \d+/);
      expect(
        await board.getByTestId('result-note').filter({ hasText: 'Ohne Team geschrieben' }).textContent(),
      ).toContain('ohne Team');
      expect(await board.boundingBox()).not.toBeNull();

      // The board as an image, drawn from the published notes (how its text fits is unit-tested in png-layout).
      await board.getByTestId('result-board-show-image').click();
      await board.getByTestId('result-board-image').waitFor();
      const size = await imageSize(page);
      // The frame is 700 board px wide, drawn at twice the resolution with padding around it.
      expect(size.width).toBeGreaterThan(1400);
      expect(size.height).toBeGreaterThan(size.width / 2);
      expect(await board.getByTestId('result-board-download-image').getAttribute('download')).toBe(
        `${target.name}.png`,
      );
      await board
        .getByTestId('result-board-image')
        .screenshot({ path: resolve(SHOTS, `results-notes-${name}-board-image.png`) });
      await board.scrollIntoViewIfNeeded();
      await page.screenshot({ path: resolve(SHOTS, `results-notes-${name}.png`) });
      await page.screenshot({ path: resolve(SHOTS, `results-notes-${name}-full.png`), fullPage: true });
      await page.context().close();
    }
  }, 120_000);
});
