import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PROTOCOL_VERSION, type Ack, type QuestionsState } from '@mutopia/shared';
import type { Socket } from 'socket.io-client';
import { connectSocket, type joinWorkshop, type RunningServer } from '../../server/test/harness.js';
import type { BrowserSuite } from './browser-harness.js';

/** Where screenshots land for people to look at after a run (git ignores it). */
export const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
export const PROJECTOR = { width: 1920, height: 1080 };
export const PHONE = { width: 390, height: 844 };
export const CONSOLE = { width: 1440, height: 900 };

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, name) });
}

/** Questions as teams write them: long German compounds included, 5 themes and some without one. */
export const THEMES = [
  'solution-room-sprache',
  'solution-room-qualifizierung',
  'solution-room-vernetzung',
  'solution-room-rechtsberatung',
  'solution-room-bindung',
  null,
];
export const questionText = (team: number) =>
  [
    `Wie können wir Diskriminierungserfahrungen von Fachkräften aus Team ${team} sichtbar machen und abbauen?`,
    `Wie können wir Anerkennungsverfahren für ausländische Berufsabschlüsse (Team ${team}) beschleunigen?`,
    `Wie können wir Team ${team} helfen, Arbeitgeber:innen und Beratungsstellen dauerhaft zu vernetzen?`,
  ][team % 3]!;

export async function emit(socket: Socket, event: string, payload: unknown): Promise<Ack> {
  return new Promise((done) => socket.emit(event, payload, done));
}

/** A socket on the question wall that keeps the last state it was sent. */
export async function wallSocket(
  server: RunningServer,
  token: string,
): Promise<{ socket: Socket; wall: () => QuestionsState | undefined }> {
  const socket = connectSocket(server, { protocol: PROTOCOL_VERSION, token });
  let last: QuestionsState | undefined;
  socket.on('questions:state', (s: QuestionsState) => (last = s));
  await new Promise<void>((done, fail) => {
    socket.once('questions:state', () => done());
    socket.once('connect_error', fail);
  });
  return { socket, wall: () => last };
}

/** A browser (own storage) that has already joined the workshop, as after entering the code, in German. */
export async function participantPage(
  suite: BrowserSuite,
  workshopId: string,
  joined: Awaited<ReturnType<typeof joinWorkshop>>,
  name: string,
  viewport: { width: number; height: number } = PHONE,
): Promise<Page> {
  const page = await suite.newPage({ viewport });
  const record = {
    id: workshopId,
    title: 'Test',
    joinCode: null,
    lastOpened: Date.now(),
    created: false,
    facilitator: null,
    participant: { ...joined, displayName: name },
    cofacilitatorSecret: null,
    projectors: {},
  };
  const stored = JSON.stringify({ state: { workshops: { [workshopId]: record } }, version: 1 });
  // A string script: the test's own TypeScript has no DOM types.
  await page.addInitScript(
    `localStorage.setItem('mutopia-workshops', ${JSON.stringify(stored)}); localStorage.setItem('mutopia-language', 'de');`,
  );
  return page;
}

/** Whether the element is wholly on the screen and not cut off by the box it pages in. */
export async function shown(item: Locator, viewport = PROJECTOR): Promise<boolean> {
  return item.evaluate((el, view) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const inside = (b: { left: number; top: number; right: number; bottom: number }) =>
      r.left >= b.left - 1 && r.top >= b.top - 1 && r.right <= b.right + 1 && r.bottom <= b.bottom + 1;
    if (!inside({ left: 0, top: 0, right: view.width, bottom: view.height })) return false;
    const box = el.closest('[data-fit-pages]');
    return box ? inside(box.getBoundingClientRect()) : true;
  }, viewport);
}

/**
 * Watches the projector without touching it until every item (by `key`) has
 * been wholly on screen at some moment; returns how many pages it saw.
 */
export async function seeAll(
  page: Page,
  testId: string,
  key: string,
  expected: number,
  pageText?: RegExp,
): Promise<number> {
  const seen = new Set<string>();
  const pagesSeen = new Set<string>();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const items = page.getByTestId(testId);
    const count = await items.count();
    expect(count).toBe(expected);
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      if (await shown(item)) seen.add((await item.getAttribute(key)) ?? (await item.textContent()) ?? String(i));
    }
    const label = page.getByTestId('projector-page');
    if ((await label.count()) > 0) {
      const text = (await label.first().textContent()) ?? '';
      if (pageText) expect(text).toMatch(pageText);
      if (await shown(label.first())) pagesSeen.add(text);
    }
    if (seen.size === expected) break;
    await page.waitForTimeout(400);
  }
  expect(seen.size, `${testId} seen on the projector`).toBe(expected);
  return Math.max(1, pagesSeen.size);
}
