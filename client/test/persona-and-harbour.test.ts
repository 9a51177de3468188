import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { workshopDefinitionSchema, type WorkshopDefinition } from '@mutopia/shared/workshop/definition';
import { browserSuite, requestJson } from './browser-harness.js';

const suite = browserSuite();

const api = <T>(path: string, body?: unknown, token?: string) => requestJson<T>(suite.server, path, body, token);

/** A browser (own storage) that already holds a token for the workshop, as after joining or logging in. */
async function pageWithAccess(
  workshopId: string,
  access: { facilitator?: { token: string; role: 'facilitator' }; participant?: Record<string, unknown> },
  viewport: { width: number; height: number },
): Promise<Page> {
  const page = await suite.newPage({ viewport });
  const record = {
    id: workshopId,
    title: 'Test',
    joinCode: null,
    lastOpened: Date.now(),
    created: false,
    facilitator: access.facilitator ?? null,
    participant: access.participant ?? null,
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

/**
 * A Weiterbildungskonferenz with three teams whose first two questions are
 * promoted: the [M]Utopie stations carry the question id and its text as prompt,
 * as the station generator leaves them.
 */
async function importWorkshop(): Promise<{
  workshopId: string;
  facilitator: string;
  participant: { token: string; participantId: string; teamId: string };
}> {
  const template = await api<{ workshopId: string; facilitatorSecret: string }>('/api/workshops', {
    templateId: 'weiterbildungskonferenz',
    locale: 'de',
    params: { teamCount: 3 },
  });
  const { token } = await api<{ token: string }>(`/api/workshops/${template.workshopId}/login`, {
    secret: template.facilitatorSecret,
  });
  const view = await api<{ definition: WorkshopDefinition }>(`/api/workshops/${template.workshopId}`, undefined, token);
  // The question wall promoted two questions: their stations name them (as the station generator does).
  const definition = workshopDefinitionSchema.parse({
    ...view.definition,
    stations: view.definition.stations.map((s) =>
      s.id.startsWith('mutopia-1-')
        ? { ...s, questionId: 'q-ausbildung', prompt: 'Wie können wir Geflüchtete schneller in Ausbildung bringen?' }
        : s.id.startsWith('mutopia-2-')
          ? { ...s, questionId: 'q-betriebe', prompt: 'Wie können wir Betriebe für Sprachförderung gewinnen?' }
          : s,
    ),
  });
  const made = await api<{ workshopId: string; joinCode: string; facilitatorSecret: string }>('/api/workshops', {
    definition,
  });
  const facilitator = await api<{ token: string }>(`/api/workshops/${made.workshopId}/login`, {
    secret: made.facilitatorSecret,
  });
  const joined = await api<{ token: string; participantId: string; teamId: string }>(`/api/join/${made.joinCode}`, {
    displayName: 'Ayla',
    teamId: 'team-1',
  });
  return { workshopId: made.workshopId, facilitator: facilitator.token, participant: joined };
}

describe('persona card and harbour', () => {
  it('a team fills its persona on a phone, carries it to a station, and launches a ship the harbour shows by question', async () => {
    const { workshopId, facilitator, participant } = await importWorkshop();
    const asParticipant = { participant: { ...participant, displayName: 'Ayla' } };
    const asFacilitator = { facilitator: { token: facilitator, role: 'facilitator' as const } };

    // Team 1 fills its persona on a phone, in its team space.
    const phone = await pageWithAccess(workshopId, asParticipant, { width: 360, height: 740 });
    await phone.goto(`${suite.server.httpUrl}/w/${workshopId}/station/space-team-1`);
    await phone.getByTestId('persona-fill').click();
    await phone.getByTestId('persona-name').fill('Amina K.');
    await phone.getByTestId('persona-origin').fill('Syrien');
    await phone.getByTestId('persona-germanLevel').selectOption('B1');
    await phone.getByTestId('persona-pain-add').click();
    await phone.getByTestId('persona-pain-text').fill('Anerkennung dauert über ein Jahr');
    await phone.getByTestId('persona-pain-themes').click();
    await phone.locator('[data-testid="persona-pain-theme"][data-theme-id="solution-room-sprache"]').click();

    // The facilitator's station page of that team space sees it as it is typed.
    const laptop = await pageWithAccess(workshopId, asFacilitator, { width: 1280, height: 800 });
    await laptop.goto(`${suite.server.httpUrl}/w/${workshopId}/station/space-team-1`);
    await expect.poll(() => laptop.getByTestId('persona-name').inputValue()).toBe('Amina K.');
    await expect.poll(() => laptop.getByTestId('persona-germanLevel').inputValue()).toBe('B1');
    await expect
      .poll(() => laptop.getByTestId('persona-pain-text').inputValue())
      .toBe('Anerkennung dauert über ein Jahr');
    expect(await laptop.locator('.persona-pain__themes .theme-tag').allTextContents()).toHaveLength(1);

    // At an [M]Utopie station the team's persona travels with it, and the station's question is shown.
    await phone.goto(`${suite.server.httpUrl}/w/${workshopId}/station/mutopia-1-pippi`);
    await expect
      .poll(() => phone.getByTestId('mutopia-question').textContent())
      .toBe('Wie können wir Geflüchtete schneller in Ausbildung bringen?');
    // The pack is open from the start, on a phone too (issue 11: it used to start folded and look empty).
    const pack = phone.getByTestId('team-pack');
    await expect.poll(() => pack.locator('details').getAttribute('open')).not.toBeNull();
    await expect.poll(() => pack.getByTestId('persona-name').textContent()).toBe('Amina K.');
    expect(await pack.getByTestId('persona-level').textContent()).toContain('B1');

    // The team builds a ship there; it sails into the harbour with the station's question.
    await phone.getByTestId('ship-build').click();
    await phone.getByTestId('ship-title').fill('Ausbildungs-Lotsen');
    await phone.getByTestId('ship-step-add').click();
    await phone.getByTestId('ship-step-text').fill('Drei Pilotbetriebe ansprechen');
    await phone.getByTestId('ship-step-due').fill('2025-03-31');
    expect(await phone.getByTestId('ship-question').inputValue()).toBe('q-ausbildung');
    await phone.keyboard.press('Escape');
    await phone.getByTestId('ship-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => phone.getByTestId('ship-tile').textContent()).toContain('Ausbildungs-Lotsen');

    await laptop.goto(`${suite.server.httpUrl}/w/${workshopId}/station/harbour`);
    const harbour = laptop.getByTestId('harbour');
    await expect.poll(() => harbour.getByTestId('ship-tile').count()).toBe(1);
    const filter = harbour.getByTestId('harbour-filter');
    expect(await filter.locator('option').allTextContents()).toEqual([
      'Alle Fragen (1)',
      'Wie können wir Geflüchtete schneller in Ausbildung bringen? (1)',
      'Wie können wir Betriebe für Sprachförderung gewinnen? (0)',
    ]);
    await filter.selectOption('q-betriebe');
    await harbour.getByTestId('harbour-empty').waitFor();
    expect(await harbour.getByTestId('ship-tile').count()).toBe(0);
    await filter.selectOption('q-ausbildung');
    await expect.poll(() => harbour.getByTestId('ship-tile').textContent()).toContain('Ausbildungs-Lotsen');

    // The facilitator opens the ship in the harbour and ticks the step off; the team's station sees it.
    await harbour.getByTestId('ship-open').click();
    expect(await laptop.getByTestId('ship-step-text').inputValue()).toBe('Drei Pilotbetriebe ansprechen');
    await laptop.getByTestId('ship-step-done').check();
    await expect.poll(() => phone.getByTestId('ship-tile').textContent()).toContain('1 von 1 Schritten erledigt');
  });
});
