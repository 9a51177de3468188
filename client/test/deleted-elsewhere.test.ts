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

  it('says so on the phone even when its session socket never hears that the workshop ended', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { title: 'Fachtag ohne Abschied' });
    const joined = await joinWorkshop(suite.server, w.joinCode, 'Bent', 'team-2');
    const phone = await participantPage(suite, w.workshopId, joined, 'Bent', PHONE);
    // Like a phone whose session socket lost its network just as the server deleted the workshop: it never
    // hears 'session:ended', nor, while it tries to reconnect, the refusal. Both transports are covered
    // (long-polling answers hold packets separated by \x1e).
    let dropped = 0;
    const isEnded = (packet: string) => packet.includes('"session:ended"');
    await phone.route(/\/socket\.io\//, async (route) => {
      if (dropped > 0) return route.abort('internetdisconnected');
      const response = await route.fetch();
      const packets = (await response.text()).split('\x1e');
      const kept = packets.filter((packet) => !isEnded(packet));
      dropped += packets.length - kept.length;
      await route.fulfill({ response, body: kept.join('\x1e') });
    });
    await phone.routeWebSocket(/\/socket\.io\//, (ws) => {
      if (dropped > 0) return ws.close();
      const server = ws.connectToServer();
      server.onMessage((message) => {
        if (typeof message === 'string' && isEnded(message)) dropped += 1;
        else ws.send(message);
      });
    });
    await phone.goto(`${suite.server.httpUrl}/w/${w.workshopId}/station/space-team-2`);
    await phone.getByTestId('persona-fill').waitFor();
    // On the board, not still opening it: its close is what this test is about.
    await phone.locator('[data-testid="connection-status"][data-status="online"]').waitFor({ state: 'attached' });

    const deleted = await api(suite.server, 'DELETE', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken);
    expect(deleted.status).toBe(200);

    // The board's own close (4410, workshop deleted) is the verdict: without it the phone shows "offline".
    // Polled on the page's text, so that a failure prints what the phone showed instead.
    await expect
      .poll(() => phone.evaluate<string>('document.body.innerText'), { timeout: 30_000 })
      .toContain(de.boardRefusal.workshopDeleted);
    await phone.getByTestId('workshop-deleted').waitFor();
    await phone.waitForTimeout(1500);
    expect(await phone.getByTestId('station-denied').count()).toBe(0);
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
