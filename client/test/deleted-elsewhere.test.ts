import { describe, expect, it } from 'vitest';
import { api, createBoard, createWorkshop, joinWorkshop } from '../../server/test/harness.js';
import { de } from '../src/i18n/de.js';
import { browserSuite, waitOnline } from './browser-harness.js';
import { PHONE, participantPage, shot } from './conference-pages.js';

const suite = browserSuite();

describe('a workshop or board deleted while people are on it', () => {
  it('tells a phone on a team board that the workshop was deleted instead of trying to reconnect', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { title: 'Fachtag gelöscht' });
    const joined = await joinWorkshop(suite.server, w.joinCode, 'Ayla', 'team-1');
    const phone = await participantPage(suite, w.workshopId, joined, 'Ayla', PHONE);
    await phone.goto(`${suite.server.httpUrl}/w/${w.workshopId}/station/space-team-1`);
    await phone.getByTestId('persona-fill').waitFor();

    const deleted = await api(suite.server, 'DELETE', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken);
    expect(deleted.status).toBe(200);

    const message = phone.getByTestId('workshop-deleted');
    await message.waitFor();
    expect(await message.textContent()).toContain(de.boardRefusal.workshopDeleted);
    // It stays: no reconnect turns it into "no access" a moment later.
    await phone.waitForTimeout(1500);
    expect(await phone.getByTestId('station-denied').count()).toBe(0);
    await shot(phone, 'deleted-elsewhere-phone.png');
  });

  it('tells a second browser on a plain board that the board was deleted', async () => {
    const board = await createBoard(suite.server, 'Retro gelöscht');
    const laptop = await suite.newPage({ viewport: { width: 1440, height: 900 } });
    await laptop.goto(`${suite.server.httpUrl}/b/${board.id}`);
    await waitOnline(laptop);

    const response = await fetch(`${suite.server.httpUrl}/api/boards/${board.id}`, {
      method: 'DELETE',
      headers: { 'x-board-delete-key': (board as unknown as { deleteKey: string }).deleteKey },
    });
    expect(response.status).toBe(200);

    await laptop.getByText(de.boardRefusal.boardDeleted).first().waitFor();
  });
});
