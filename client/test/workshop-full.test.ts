import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  createWorkshop,
  joinWorkshop,
  startServer,
  tempDataDir,
  type RunningServer,
} from '../../server/test/harness.js';
import { CLIENT_DIST, launchChromium } from './browser-harness.js';

const data = tempDataDir();
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startServer(data.dir, { CLIENT_DIST, MAX_PARTICIPANTS_PER_WORKSHOP: 2 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  data.remove();
});

describe('a full workshop', () => {
  it('tells the person on the join page that the workshop is full', async () => {
    const w = await createWorkshop(server);
    await joinWorkshop(server, w.joinCode, 'Ayla');
    await joinWorkshop(server, w.joinCode, 'Ben');

    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(`${server.httpUrl}/j/${w.joinCode}`);
    await phone.getByLabel('Dein Name').fill('Cem');
    await phone.getByTestId('join-submit').click();
    const error = phone.getByTestId('join-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Dieser Workshop ist voll');
    await expect(phone.getByTestId('join-submit').isEnabled()).resolves.toBe(true);
    await phone.screenshot({ path: join(process.env.SCREENSHOT_DIR ?? data.dir, 'workshop-full-390.png') });
  });
});
