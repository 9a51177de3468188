import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { workshopViewSchema, type CreatedWorkshop, type TokenResponse, type WorkshopView } from '@mutopia/shared';
import { lanOrigins } from '../../server/src/lan-origins.js';
import { startServer, tempDataDir, type RunningServer } from '../../server/test/harness.js';
import { CLIENT_DIST, launchChromium, requestJson, waitOnline } from './browser-harness.js';

const SHOTS = process.env.SCREENSHOT_DIR;
const data = tempDataDir();
let browser: Browser;
let server: RunningServer;
let port = 0;

/** Listening on all interfaces, as `pnpm start` does, so the server has LAN addresses to offer. */
const start = async () => {
  server = await startServer(data.dir, { CLIENT_DIST, HOST: '0.0.0.0' }, port);
  port = server.port;
};

beforeAll(async () => {
  browser = await launchChromium();
  await start();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  data.remove();
});

async function newPage(width: number, height: number): Promise<Page> {
  return (await browser.newContext({ viewport: { width, height } })).newPage();
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function qrOf(page: Page): Promise<string | undefined> {
  const image = PNG.sync.read(await page.screenshot());
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe('a console opened on localhost', () => {
  let created: CreatedWorkshop;
  let token: string;
  let view: WorkshopView;

  beforeAll(async () => {
    created = await requestJson<CreatedWorkshop>(server, '/api/workshops', {
      templateId: 'weiterbildungskonferenz',
      locale: 'de',
      params: { teamCount: 3 },
    });
    token = (
      await requestJson<TokenResponse>(server, `/api/workshops/${created.workshopId}/login`, {
        secret: created.facilitatorSecret,
      })
    ).token;
    view = workshopViewSchema.parse(
      await requestJson(server, `/api/workshops/${created.workshopId}`, undefined, token),
    );
  });

  it('warns, and builds the join link, QR code and projector code from the server’s LAN address', async () => {
    const lan = lanOrigins(port, '0.0.0.0');
    expect(lan.length, 'this machine needs a network interface for the test').toBeGreaterThan(0);
    const joinUrl = `${lan[0]}/j/${created.joinCode}`;

    const facilitator = await newPage(1440, 900);
    await facilitator.goto(
      `http://localhost:${port}/w/${created.workshopId}/facilitate#key=${created.facilitatorSecret}`,
    );
    await facilitator.getByTestId('link-origin-warning').waitFor();
    await shot(facilitator, 'console-live-localhost-1440');
    await facilitator.getByTestId('console-tab-invite').click();
    await facilitator.getByTestId('link-origin-warning').first().waitFor();
    await expect(facilitator.getByTestId('invite-join-link').inputValue()).resolves.toBe(joinUrl);
    const choice = facilitator.getByTestId('link-origin-choice').first();
    await expect(choice.locator('option').allTextContents()).resolves.toEqual(lan.map((o) => o.replace('http://', '')));
    await shot(facilitator, 'console-invite-localhost-1440');
    // The door signs print the same link.
    await expect(facilitator.locator('.print-page__url').textContent()).resolves.toBe(joinUrl.replace('http://', ''));

    const viewer = await requestJson<TokenResponse>(
      server,
      `/api/workshops/${created.workshopId}/viewer-token`,
      { projectorId: 'saal' },
      token,
    );
    const projector = await newPage(1920, 1080);
    await projector.goto(`http://127.0.0.1:${port}/w/${created.workshopId}/projector/saal#token=${viewer.token}`);
    await projector.getByTestId('projector-join-code').waitFor();
    await expect.poll(() => qrOf(projector)).toBe(joinUrl);
    await shot(projector, 'projector-localhost-1920');
    await projector.context().close();

    await facilitator.context().close();
  });

  it('opens boards with tickets, never the token in the URL, and reconnects after a restart with a new one', async () => {
    const page = await newPage(390, 844);
    const sockets: string[] = [];
    page.on('websocket', (ws) => {
      if (ws.url().includes('/yjs/')) sockets.push(ws.url());
    });
    await page.goto(`http://127.0.0.1:${port}/w/${created.workshopId}/facilitate#key=${created.facilitatorSecret}`);
    await page.getByTestId('console-title').waitFor();
    await page.goto(`http://127.0.0.1:${port}/w/${created.workshopId}/station/space-team-1`);
    await waitOnline(page);
    expect(sockets.length).toBeGreaterThan(0);

    await server.close();
    await start();
    await expect.poll(() => sockets.length, { timeout: 15_000 }).toBeGreaterThan(1);
    await waitOnline(page);
    const tickets = sockets.map((url) => new URL(url).searchParams.get('ticket'));
    expect(sockets.every((url) => !new URL(url).searchParams.has('token'))).toBe(true);
    expect(tickets.every((t) => t && /^[A-Za-z0-9_-]{22}$/.test(t))).toBe(true);
    expect(new Set(tickets).size).toBe(tickets.length);

    // Renaming the team renames the room on the screen already open.
    const definition = {
      ...view.definition,
      teams: view.definition.teams.map((t) => (t.id === 'team-1' ? { ...t, name: 'Nordlicht' } : t)),
    };
    const saved = await fetch(`${server.httpUrl}/api/workshops/${created.workshopId}/definition`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ definition }),
    });
    expect(saved.status).toBe(200);
    await page.getByTestId('station-name').filter({ hasText: 'Teamraum Nordlicht' }).waitFor({ state: 'attached' });
    await shot(page, 'station-renamed-390');
    await page.context().close();
  });
});
