import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, tempDataDir, type RunningServer } from '../../server/test/harness.js';

export const CLIENT_DIST = resolve(import.meta.dirname, '../dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The real server serving the built client, on a real SQLite file. */
export async function startAppServer(dataDir: string, port = 0): Promise<RunningServer> {
  if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
    throw new Error(`no client build in ${CLIENT_DIST}: run \`pnpm build\` first (pnpm test does)`);
  }
  return startServer(dataDir, { CLIENT_DIST }, port);
}

export { tempDataDir, type RunningServer };

export async function waitOnline(page: Page): Promise<void> {
  await page.locator('[data-testid="connection-status"][data-status="online"]').waitFor();
}

export function note(page: Page, text: string) {
  return page.getByTestId('note').filter({ hasText: text });
}
