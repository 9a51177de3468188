import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { readNotes, workshopViewSchema, type Note } from '@mutopia/shared';
import { setPersonaText } from '@mutopia/shared/board/persona';
import {
  api,
  connectProvider,
  connectSocket,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  synced,
} from '../../server/test/harness.js';
import { PROTOCOL_VERSION } from '@mutopia/shared/protocol';
import { contrastRatio } from '../src/board/team-ink.js';
import { participantPage } from './conference-pages.js';
import { browserSuite, waitOnline } from './browser-harness.js';

const suite = browserSuite();

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, name) });
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const ROOM = 'solution-room-sprache';

function overlapping(notes: readonly Note[]): string[] {
  const out: string[] = [];
  notes.forEach((a, i) =>
    notes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push(`${a.text}/${b.text}`);
    }),
  );
  return out;
}

const rgbToHex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')}`;

async function submitQuestion(token: string, text: string): Promise<void> {
  const socket = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const ack = await new Promise((resolve) => socket.emit('question:submit', { text, themeId: null }, resolve));
  socket.disconnect();
  expect(ack).toEqual({ ok: true });
}

describe('a solution room that six teams share', () => {
  it('shows the team’s persona and question first, signs notes with the team, keeps new notes apart and tidies up', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 6 });
    const view = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
    );
    const teams = view.definition.teams;
    expect(teams).toHaveLength(6);
    const roomBoard = view.boards[ROOM]!;

    // Team 1 wrote its persona in its team space and sent its question to the wall.
    const space = new Y.Doc();
    const spaceProvider = connectProvider(suite.server, view.boards['space-team-1']!, space, w.facilitatorToken);
    await synced(spaceProvider);
    setPersonaText(space, 'name', 'Amina K.');
    setPersonaText(space, 'goals', 'Als Pflegefachkraft arbeiten');
    const members = await Promise.all(
      teams.map((team, i) => joinWorkshop(suite.server, w.joinCode, `Person ${i + 1}`, team.id)),
    );
    await submitQuestion(members[0]!.token, 'Wie können wir Anerkennung beschleunigen?');

    const room = new Y.Doc();
    const roomProvider = connectProvider(suite.server, roomBoard, room, w.facilitatorToken);
    await synced(roomProvider);

    // Five phones (teams 1–5) and a laptop (team 6) open the room.
    const pages = await Promise.all(
      members.map((m, i) => participantPage(suite, w.workshopId, m, `Person ${i + 1}`, i < 5 ? PHONE : DESKTOP)),
    );
    const phones = pages.slice(0, 5);
    const laptop = pages[5]!;
    await Promise.all(pages.map((p) => p.goto(`${suite.server.httpUrl}/w/${w.workshopId}/station/${ROOM}`)));

    // The phone opens on the team's persona and question, unfolded and filled in.
    const first = phones[0]!;
    const asideTab = first.getByTestId('board-tab-aside');
    await asideTab.waitFor();
    // The team is known once the session has welcomed the phone; polled, as that may take a moment under load.
    await expect.poll(() => asideTab.getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
    expect(await asideTab.textContent()).toBe('Persona & Frage');
    const pack = first.getByTestId('team-pack');
    await expect.poll(() => pack.getByTestId('persona-name').textContent(), { timeout: 10_000 }).toBe('Amina K.');
    expect(await pack.getByTestId('team-pack-question').textContent()).toContain('Anerkennung beschleunigen');
    expect(await pack.locator('details').getAttribute('open')).not.toBeNull();
    expect(await pack.isVisible()).toBe(true);
    await shot(first, 'shared-room-phone-pack.png');
    // On the laptop the pack stands beside the canvas, open.
    const laptopPack = laptop.getByTestId('team-pack');
    await laptopPack.waitFor();
    expect(await laptopPack.locator('details').getAttribute('open')).not.toBeNull();
    expect(await laptopPack.textContent()).toContain(teams[5]!.name);

    // Four phones add a note in the same moment, then the fifth phone and the laptop.
    await Promise.all(phones.map((p) => p.getByTestId('board-tab-canvas').click()));
    await Promise.all(pages.map((p) => waitOnline(p)));
    await Promise.all(
      phones.slice(0, 4).map(async (p, i) => {
        await p.getByTestId('add-note').click();
        await p.getByTestId('note-editor').fill(`Idee von Team ${i + 1}`);
        await p.keyboard.press('Escape');
      }),
    );
    for (const [i, p] of [phones[4]!, laptop].entries()) {
      await p.getByTestId('add-note').click();
      await p.getByTestId('note-editor').fill(`Idee von Team ${i + 5}`);
      await p.keyboard.press('Escape');
    }
    await expect.poll(() => readNotes(room).length, { timeout: 10_000 }).toBe(6);
    // However they first landed, they end up side by side.
    await expect.poll(() => overlapping(readNotes(room)), { timeout: 8000 }).toEqual([]);
    const byText = new Map(readNotes(room).map((n) => [n.text, n]));
    teams.forEach((team, i) => expect(byText.get(`Idee von Team ${i + 1}`)?.teamId).toBe(team.id));

    // Every note names its team in a chip of the team's colour with readable ink.
    await expect.poll(() => laptop.getByTestId('note-team').count(), { timeout: 10_000 }).toBe(6);
    for (const [i, team] of teams.entries()) {
      const chip = laptop.locator(`[data-testid="note"][data-team-id="${team.id}"] [data-testid="note-team"]`);
      expect(await chip.textContent()).toBe(team.name);
      const colors = await chip.evaluate((el: unknown) => {
        const style = (
          globalThis as unknown as { getComputedStyle: (e: unknown) => Record<string, string> }
        ).getComputedStyle(el);
        return [style.backgroundColor!, style.color!];
      });
      const [bg, ink] = colors.map(rgbToHex);
      expect(bg).toBe(team.color.toLowerCase());
      expect(contrastRatio(bg!, ink!)).toBeGreaterThanOrEqual(4.5);
      // Screen readers hear the team after the text (and then who has the note selected, if anyone).
      const label = await laptop.locator(`[data-testid="note"][data-team-id="${team.id}"]`).getAttribute('aria-label');
      expect(label?.startsWith(`Idee von Team ${i + 1}. von ${team.name}`)).toBe(true);
    }
    await laptop.getByTestId('zoom-fit').click();
    await shot(laptop, 'shared-room-desktop-chips.png');
    await shot(phones[1]!, 'shared-room-phone-notes.png');

    // "Aufräumen" lays the notes out in a grid; Ctrl+Z puts them back in one step.
    const before = new Map(readNotes(room).map((n) => [n.id, { x: n.x, y: n.y }]));
    await laptop.getByTestId('tidy').click();
    const moved = () => readNotes(room).filter((n) => n.x !== before.get(n.id)?.x || n.y !== before.get(n.id)?.y);
    await expect.poll(() => moved().length).toBeGreaterThan(0);
    // Six notes: three columns, two rows, nothing covered.
    const tidied = readNotes(room);
    expect(new Set(tidied.map((n) => n.x)).size).toBe(3);
    expect(new Set(tidied.map((n) => n.y)).size).toBe(2);
    expect(overlapping(tidied)).toEqual([]);
    await laptop.getByTestId('zoom-fit').click();
    await shot(laptop, 'shared-room-desktop-tidied.png');
    await laptop.keyboard.press('Control+z');
    await expect
      .poll(() => readNotes(room).every((n) => n.x === before.get(n.id)?.x && n.y === before.get(n.id)?.y))
      .toBe(true);

    destroyAll(spaceProvider, roomProvider);
  });
});
