import { describe, expect, it } from 'vitest';
import { createNote, readShips, workshopViewSchema } from '@mutopia/shared';
import { api, createWorkshop } from '../../server/test/harness.js';
import { browserSuite } from './browser-harness.js';

const suite = browserSuite();

describe('votes at every station, from the console', () => {
  it('starts a vote at each [M]Utopie station with notes, reveals them all and takes the top approaches into the harbour', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 3 });
    const view = workshopViewSchema.parse(
      (await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).body,
    );
    const mutopia = view.definition.stations.filter((s) => s.kind === 'mutopia');
    const withNotes = { [mutopia[0]!.id]: ['Lotsen', 'Tandems'], [mutopia[1]!.id]: ['Sprach-App'] };
    for (const [stationId, texts] of Object.entries(withNotes)) {
      suite.server.app.boardHost.edit(view.boards[stationId]!, (doc) =>
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
    const ships = suite.server.app.boardHost.read(view.boards['harbour']!, readShips)!;
    expect(ships.map((s) => s.title)).toEqual(['Tandems']);
  });
});
