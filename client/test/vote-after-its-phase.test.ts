import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PROTOCOL_VERSION, workshopViewSchema, type QuestionsState, type VoteAck } from '@mutopia/shared';
import { api, connectSocket, createWorkshop } from '../../server/test/harness.js';
import { de } from '../src/i18n/de.js';
import { browserSuite } from './browser-harness.js';

const suite = browserSuite();

/** Screenshots for people to look at after a run (git ignores the folder). */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const PHONE = { width: 390, height: 844 };

/** How much of the phone's screen height an element takes. */
async function screenShare(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  return box ? Math.min(box.height, PHONE.height) / PHONE.height : 0;
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, name) });
}

describe('a finished question vote on a phone', () => {
  it('fills the phone during its phase, then waits behind a small button once the workshop moves on', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const view = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
    );
    const phaseOf = (id: string) => view.definition.phases.findIndex((p) => p.id === id);

    // The facilitator's side runs over socket.io, as the console does; the phone is what this test looks at.
    const desk = connectSocket(suite.server, { protocol: PROTOCOL_VERSION, token: w.facilitatorToken });
    let wall: QuestionsState | undefined;
    desk.on('questions:state', (state: QuestionsState) => (wall = state));
    await new Promise<void>((ok, fail) => {
      desk.once('vote:sessions', () => ok());
      desk.once('connect_error', fail);
    });
    const send = <T = VoteAck>(event: string, payload: unknown) =>
      new Promise<T>((ok) => desk.emit(event, payload, ok));
    const texts = [
      'Wie können wir Betriebe gewinnen?',
      'Wie können wir schneller anerkennen?',
      'Wie erreichen wir Ältere?',
    ];
    for (const [i, team] of view.definition.teams.entries()) {
      expect(await send('question:submit', { text: texts[i], themeId: null, teamId: team.id })).toEqual({ ok: true });
    }
    await expect.poll(() => wall?.questions.length).toBe(3);
    const ids = wall!.questions.map((q) => q.id);
    expect(await send('session:command', { type: 'phase.goto', phaseIndex: phaseOf('prioritisation') })).toMatchObject({
      ok: true,
    });

    const phone = await suite.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    await phone.goto(`${suite.server.httpUrl}/j/${w.joinCode}`);
    await phone.getByTestId('join-name').fill('Ayla');
    await phone.getByTestId('join-team-team-1').check();
    await phone.getByTestId('join-submit').click();
    // The plenary prioritises around the question wall.
    await expect.poll(() => phone.getByTestId('wall-question').count()).toBe(3);

    // The vote of the prioritisation phase: its ballot comes to the front of the phone.
    const { sessionId } = (await send('vote:open', {
      stationId: null,
      title: 'Welche Fragen nehmen wir mit?',
      items: ids.map((id) => ({ kind: 'question', id })),
    })) as { sessionId: string };
    const sheet = phone.getByTestId('workshop-vote-sheet');
    await sheet.getByTestId('vote-ballot').waitFor();
    await sheet.getByTestId('vote-item').filter({ hasText: texts[1] }).getByTestId('vote-cast').click();
    await phone.locator('[data-testid="vote-left"][data-left="2"]').waitFor();

    // Revealed in the same phase: the result is in front, and the winner is marked once promoted.
    expect(await send('vote:reveal', { sessionId })).toMatchObject({ ok: true });
    await sheet.getByTestId('vote-bars').waitFor();
    expect(await send('vote:promote', { sessionId, count: 1 })).toMatchObject({
      ok: true,
      promotion: { promoted: [ids[1]] },
    });
    const bar = (text: string) => sheet.getByTestId('vote-bar').filter({ hasText: text });
    await bar(texts[1]!).filter({ hasText: de.votes.bars.promoted }).waitFor();
    // The facilitator swaps the winner for another question on the wall: the mark on the phone follows.
    expect(await send('question:promote', { ids: [ids[2]] })).toEqual({ ok: true });
    await bar(texts[2]!).filter({ hasText: de.votes.bars.promoted }).waitFor();
    await expect.poll(() => bar(texts[1]!).filter({ hasText: de.votes.bars.promoted }).count()).toBe(0);
    const during = await screenShare(sheet);
    await shot(phone, 'vote-phone-own-phase.png');

    // The workshop moves on to the [M]Utopie stations: the station chooser, not the old result, fills the phone.
    expect(await send('session:command', { type: 'phase.goto', phaseIndex: phaseOf('mutopia') })).toMatchObject({
      ok: true,
    });
    const mutopia = view.definition.stations.find((s) => s.kind === 'mutopia')!;
    await phone.getByTestId(`choose-${mutopia.id}`).waitFor();
    expect(await phone.getByTestId('workshop-vote-sheet').count()).toBe(0);
    expect(await phone.getByTestId('vote-panel').isVisible()).toBe(false);
    const show = phone.getByTestId('workshop-vote-show');
    expect(await show.textContent()).toBe(de.voteSheet.showResult);
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    const after = await screenShare(phone.getByTestId('workshop-vote-later'));
    await shot(phone, 'vote-phone-next-phase.png');
    console.info(
      `question vote on a 390×844 phone: ${Math.round(during * 100)} % of the screen height in its phase, ${Math.round(after * 100)} % after`,
    );
    expect(after).toBeLessThan(0.08);

    // On request the result is still there, marks and all, and folds away again.
    await show.click();
    expect(await show.getAttribute('aria-expanded')).toBe('true');
    const later = phone.getByTestId('workshop-vote-later');
    await later.getByTestId('vote-bars').waitFor();
    await later
      .getByTestId('vote-bar')
      .filter({ hasText: texts[2] })
      .filter({ hasText: de.votes.bars.promoted })
      .waitFor();
    await shot(phone, 'vote-phone-on-request.png');
    await show.click();
    expect(await later.getByTestId('vote-panel').count()).toBe(0);
    await phone.getByTestId(`choose-${mutopia.id}`).click();
    await phone.getByTestId('station-header').waitFor();
    expect(await phone.getByTestId('vote-panel').count()).toBe(0);
    desk.disconnect();
  });
});
