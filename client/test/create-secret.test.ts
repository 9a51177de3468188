import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type RunningServer } from '../../server/test/harness.js';
import { de } from '../src/i18n/de.js';
import { CLIENT_DIST, launchChromium } from './browser-harness.js';

const SECRET = 'veranstalter-geheimnis-2026';
const SHOTS = process.env.TEST_SHOTS_DIR;
const data = tempDataDir();
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startServer(data.dir, { CLIENT_DIST, CREATE_SECRET: SECRET });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  data.remove();
});

describe('a server with CREATE_SECRET', () => {
  it('asks for the secret on the start page, and creates the workshop once it is given', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(`${server.httpUrl}/`);
    await page.getByTestId('workshop-title').fill('Fachtag mit Geheimnis');
    await page.getByTestId('create-workshop-submit').click();
    await page.getByTestId('create-workshop-error').filter({ hasText: de.errors.create_secret_required }).waitFor();
    const field = page.getByLabel(de.retention.secretLabel);
    await field.scrollIntoViewIfNeeded();
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'create-secret-1440.png') });
    }
    await field.fill(SECRET);
    await page.getByTestId('create-workshop-submit').click();
    await page.waitForURL(/\/w\/[^/]+\/facilitate/);
    expect(await page.getByTestId('console-title').textContent()).toBe('Fachtag mit Geheimnis');
  });
});
