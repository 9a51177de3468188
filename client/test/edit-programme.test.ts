import { describe, expect, it } from 'vitest';
import { workshopViewSchema, type WorkshopView } from '@mutopia/shared';
import { api, createWorkshop } from '../../server/test/harness.js';
import { de } from '../src/i18n/de.js';
import { browserSuite } from './browser-harness.js';

const suite = browserSuite();

async function view(workshopId: string, token: string): Promise<WorkshopView> {
  return workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).body,
  );
}

describe('editing the programme during the event', () => {
  it('adds a solution room that joins the rotation with one more round, and renames a perspective', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 6 });
    const page = await suite.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.server.httpUrl}/w/${w.workshopId}/facilitate#key=${w.facilitatorSecret}`);
    await page.getByTestId('console-tab-edit').click();

    await page.getByText(de.edit.stations.replace(' ({{count}})', ''), { exact: false }).first().click();
    await page.getByLabel(de.edit.stationKind).selectOption('solutionRoom');
    await page.getByTestId('edit-new-station-name').fill('Lösungsraum 6: Wohnen');
    await page.getByRole('button', { name: de.edit.addStation }).click();

    await page.getByTestId('edit-perspectives').locator('summary').click();
    await page.getByTestId('edit-perspective-name-0').fill('Pippi');
    await page.getByTestId('edit-save').click();
    await page.getByTestId('edit-message').filter({ hasText: de.edit.saved }).waitFor();

    const after = await view(w.workshopId, w.facilitatorToken);
    const rotation = after.definition.phases.find((p) => p.id === 'solution-rooms')!;
    const added = after.definition.stations.find((s) => s.name === 'Lösungsraum 6: Wohnen')!;
    expect(added.kind).toBe('solutionRoom');
    expect(rotation.stationIds).toContain(added.id);
    expect(rotation.rounds).toBe(6);
    expect(after.boards[added.id]).toBeTruthy();
    expect(after.definition.perspectives[0]!.name).toBe('Pippi');
  });
});
