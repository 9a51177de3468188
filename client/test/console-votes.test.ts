import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createGroup, createNote, readShips, setNotesGroup, workshopViewSchema } from '@mutopia/shared';
import { api, createWorkshop, joinWorkshop } from '../../server/test/harness.js';
import { connectVoter } from '../../server/test/vote-clients.js';
import { browserSuite } from './browser-harness.js';

const suite = browserSuite();

/** Screenshots of the dialogs, for people to look at after a run (git ignores the folder). */
const SHOTS = process.env.TEST_SHOTS_DIR;

async function conferenceAtMutopia(teamCount: number) {
  const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount });
  const view = workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
  );
  const mutopia = view.definition.stations.filter((s) => s.kind === 'mutopia');
  const url = (path: string) => `${suite.server.httpUrl}/w/${w.workshopId}${path}`;
  const desk = await suite.newPage({ viewport: { width: 1440, height: 900 } });
  await desk.goto(`${url('/facilitate')}#key=${w.facilitatorSecret}`);
  const phase = view.definition.phases.findIndex((p) => p.id === 'mutopia');
  await desk.getByTestId(`phase-goto-${phase}`).click();
  await desk.getByTestId(`phase-goto-${phase}`).click();
  return { w, view, mutopia, url, desk };
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}` });
}

describe('votes at every station, from the console', () => {
  it('starts a vote at each [M]Utopie station with notes, reveals them all and takes the top approaches into the harbour', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const view = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
    );
    const mutopia = view.definition.stations.filter((s) => s.kind === 'mutopia');
    const withNotes = { [mutopia[0]!.id]: ['Lotsen', 'Tandems'], [mutopia[1]!.id]: ['Sprach-App'] };
    for (const [stationId, texts] of Object.entries(withNotes)) {
      await suite.server.app.boardHost.edit(view.boards[stationId]!, (doc) =>
        texts.forEach((text, i) => createNote(doc, { x: i * 250, y: 0, text })),
      );
    }
    const url = (path: string) => `${suite.server.httpUrl}/w/${w.workshopId}${path}`;

    // The facilitator starts the [M]Utopie phase; a participant on a phone picks the first station.
    const desk = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    await desk.goto(`${url('/facilitate')}#key=${w.facilitatorSecret}`);
    const phase = view.definition.phases.findIndex((p) => p.id === 'mutopia');
    await desk.getByTestId(`phase-goto-${phase}`).click();
    await desk.getByTestId(`phase-goto-${phase}`).click();
    const phone = await suite.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await phone.goto(`${suite.server.httpUrl}/j/${w.joinCode}`);
    await phone.getByTestId('join-name').fill('Ayla');
    await phone.getByTestId('join-submit').click();
    await phone.getByTestId(`choose-${mutopia[0]!.id}`).click();

    // The console's card lists every station of the phase and starts a vote wherever there are notes.
    const card = desk.getByTestId('station-votes');
    await expect.poll(() => card.getByTestId('station-vote').count()).toBe(mutopia.length);
    await card.getByTestId('station-votes-start').click();
    // Before anything starts, the console shows what each ballot will hold.
    const ballots = desk.getByTestId('station-ballot');
    await expect.poll(() => ballots.count()).toBe(mutopia.length);
    expect(await ballots.first().getAttribute('data-items')).toBe('2');
    expect(await desk.locator('[data-testid="station-ballot"][data-skipped="true"]').count()).toBe(mutopia.length - 2);
    await desk.getByTestId('station-votes-start-confirm').click();
    await card
      .getByTestId('station-votes-message')
      .filter({ hasText: `An 2 Stationen gestartet. ${mutopia.length - 2} Stationen ohne Notizen übersprungen.` })
      .waitFor();
    expect(await card.locator('[data-testid="station-vote"][data-status="open"]').count()).toBe(2);

    // The phone's ballot comes to the front; a dot shows as progress in the console, never as a tally.
    await phone.getByTestId('vote-ballot').waitFor();
    await phone.getByTestId('vote-item').filter({ hasText: 'Tandems' }).getByTestId('vote-cast').click();
    await card.getByTestId('station-vote').first().filter({ hasText: 'Läuft · 1 Punkt' }).waitFor();

    // Reveal all, then the top approach of each station sails into the harbour.
    await card.getByTestId('station-votes-reveal').click();
    await card.getByTestId('station-votes-message').filter({ hasText: '2 Ergebnisse aufgedeckt.' }).waitFor();
    await expect.poll(() => phone.getByTestId('vote-bar').count()).toBe(2);
    await card.getByTestId('station-votes-count').fill('1');
    await card.getByTestId('station-votes-promote').click();
    // Only what got dots sails: the station nobody voted at keeps its notes on the board.
    await card.getByTestId('station-votes-message').filter({ hasText: '1 Eintrag in den Hafen übernommen' }).waitFor();
    await expect.poll(() => card.locator('[data-testid="station-vote"][data-status="promoted"]').count()).toBe(1);
    const ships = (await suite.server.app.boardHost.read(view.boards['harbour']!, readShips))!;
    expect(ships.map((s) => s.title)).toEqual(['Tandems']);
  });

  it('shows the ballots with loose notes, holds back a tie at the cut until the facilitator takes all tied', async () => {
    const { w, view, mutopia, desk } = await conferenceAtMutopia(3);
    const [mixed, clear] = mutopia;
    // Four notes, two in a group and two loose: all three entries belong on the ballot.
    await suite.server.app.boardHost.edit(view.boards[mixed!.id]!, (doc) => {
      const grouped = ['Lernlabor', 'Bibliothek'].map((text, i) => createNote(doc, { x: i * 250, y: 0, text }));
      setNotesGroup(doc, grouped, createGroup(doc, { title: 'Lernorte', x: 0, y: 0 })!);
      ['Podcast', 'Tandems'].forEach((text, i) => createNote(doc, { x: i * 250, y: 700, text }));
    });
    await suite.server.app.boardHost.edit(view.boards[clear!.id]!, (doc) =>
      ['Mentoring', 'Sprach-App'].forEach((text, i) => createNote(doc, { x: i * 250, y: 0, text })),
    );

    const card = desk.getByTestId('station-votes');
    await card.getByTestId('station-votes-start').click();
    const mixedBallot = desk.getByTestId('station-ballot').filter({ hasText: mixed!.name });
    await mixedBallot.filter({ hasText: '1 Gruppe + 2 einzelne Notizen = 3 Einträge' }).waitFor();
    await shot(desk, 'console-votes-start-preview.png');
    await desk.getByTestId('station-votes-start-confirm').click();
    await card.getByTestId('station-votes-message').filter({ hasText: 'An 2 Stationen gestartet.' }).waitFor();

    // Three people put one dot on each entry at the mixed station (3/3/3); the other station is clear (2/1).
    const sessions = await suite.server.app.votes.store.list(w.workshopId);
    const at = (stationId: string) => sessions.find((s) => s.stationId === stationId)!;
    expect(at(mixed!.id).items.map((i) => i.label)).toEqual(['Lernorte', 'Podcast', 'Tandems']);
    const voters = await Promise.all(
      ['A', 'B', 'C'].map(async (name) =>
        connectVoter(suite.server, (await joinWorkshop(suite.server, w.joinCode, name)).token),
      ),
    );
    for (const voter of voters) {
      for (const item of at(mixed!.id).items)
        await voter.emit('vote:cast', { sessionId: at(mixed!.id).id, itemId: item.id });
    }
    const [mentoring, app] = at(clear!.id).items;
    for (const [voter, item] of [
      [voters[0], mentoring],
      [voters[1], mentoring],
      [voters[2], app],
    ] as const) {
      await voter!.emit('vote:cast', { sessionId: at(clear!.id).id, itemId: item!.id });
    }

    await card.getByTestId('station-votes-reveal').click();
    await card.getByTestId('station-votes-message').filter({ hasText: '2 Ergebnisse aufgedeckt.' }).waitFor();
    await card.getByTestId('station-votes-count').fill('2');
    await card.getByTestId('station-votes-promote').click();

    // The tie is shown before anything sails, at the one station where the cut falls inside it.
    const dialog = desk.getByTestId('tie-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('tie-case').count()).toBe(1);
    const tieCase = dialog.getByTestId('tie-case');
    expect(await tieCase.locator('legend').textContent()).toBe(mixed!.name);
    expect(await tieCase.getByTestId('tie-pick').count()).toBe(3);
    await tieCase.filter({ hasText: 'Gleichauf mit je 3 Punkten · 2 Plätze frei' }).waitFor();
    await card
      .getByTestId('station-votes-message')
      .filter({ hasText: 'Gleichstand an 1 Station – bitte entscheiden, noch ist nichts übernommen.' })
      .waitFor();
    await shot(desk, 'console-votes-tie-dialog.png');
    const harbour = view.boards['harbour']!;
    expect(await suite.server.app.boardHost.read(harbour, readShips)).toEqual([]);

    await dialog.getByTestId('tie-take-all').click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByTestId('station-votes-message').filter({ hasText: '5 Einträge in den Hafen übernommen' }).waitFor();
    const titles = (await suite.server.app.boardHost.read(harbour, readShips))!.map((s) => s.title);
    expect(titles.sort()).toEqual(['Lernorte', 'Mentoring', 'Podcast', 'Sprach-App', 'Tandems']);
    await expect.poll(() => card.locator('[data-testid="station-vote"][data-status="promoted"]').count()).toBe(2);
    for (const voter of voters) voter.close();
  });
});
