import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, tempDataDir, type RunningServer } from '../../server/test/harness.js';

// TEST_CLIENT_DIST lets several people build and test side by side without sharing one dist folder.
export const CLIENT_DIST = process.env.TEST_CLIENT_DIST ?? resolve(import.meta.dirname, '../dist');
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

export interface BrowserSuite {
  browser: Browser;
  server: RunningServer;
  /** Stops the server and starts it again on the same port and database file. */
  stopServer: () => Promise<void>;
  startServerAgain: () => Promise<void>;
  newPage: (options?: Parameters<Browser['newContext']>[0]) => Promise<Page>;
}

/**
 * Chromium and the app server for one test file, started before its tests and
 * stopped after them. Each `newPage` has its own context (storage, IndexedDB),
 * like a separate laptop.
 */
export function browserSuite(): BrowserSuite {
  const data = tempDataDir();
  const suite = {} as BrowserSuite;
  let port = 0;
  beforeAll(async () => {
    suite.browser = await launchChromium();
    suite.server = await startAppServer(data.dir);
    port = suite.server.port;
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
    data.remove();
  });
  suite.stopServer = () => suite.server.close();
  suite.startServerAgain = async () => {
    suite.server = await startAppServer(data.dir, port);
  };
  suite.newPage = async (options) => (await suite.browser.newContext(options)).newPage();
  return suite;
}

export async function waitOnline(page: Page): Promise<void> {
  await page.locator('[data-testid="connection-status"][data-status="online"]').waitFor();
}

export function note(page: Page, text: string) {
  return page.getByTestId('note').filter({ hasText: text });
}

/** GET (no body) or POST (a JSON body) to the app server; anything but 2xx throws with the answer. */
export async function requestJson<T>(
  server: { httpUrl: string },
  path: string,
  body?: unknown,
  token?: string,
): Promise<T> {
  const res = await fetch(`${server.httpUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
