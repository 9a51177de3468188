import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createShip, errorBodySchema, readShips, seriesArchiveSchema, seriesViewSchema } from '@mutopia/shared';
import { api, connectProvider, destroyAll, joinWorkshop, serverPerTest, synced, waitFor } from './harness.js';

import { createSeries, createSession, openSession, seriesView, TOPICS } from './series-fixture.js';

const suite = serverPerTest();

describe('a workshop series', () => {
  it('stores a year of topics and keeps only a hash of the series secret', async () => {
    const { seriesId, facilitatorSecret, token } = await createSeries(suite);
    const row = suite.server.app.database.sqlite!.prepare('SELECT * FROM series WHERE id = ?').get(seriesId) as Record<
      string,
      unknown
    >;
    expect(JSON.stringify(row)).not.toContain(facilitatorSecret);
    expect(row['facilitator_secret_hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(row['template_id']).toBe('praxisaustausch');

    const view = await seriesView(suite, seriesId, token);
    expect(view.topicPlan).toHaveLength(11);
    expect(view.topicPlan[0]).toMatchObject({ date: '2025-01-14', topic: TOPICS[0] });
    expect(view.topicPlan.map((e) => e.date)).not.toContain('2025-08-12');
    expect(view.sessions).toEqual([]);

    const wrong = await api(suite.server, 'POST', `/api/series/${seriesId}/login`, { secret: 'x'.repeat(43) });
    expect(wrong.status).toBe(401);
  });

  it('carries the open ship of one session into the next; the archive links only published results', async () => {
    const { seriesId, token } = await createSeries(suite);

    const first = await createSession(suite, seriesId, token, 't-1');
    expect(first.carriedShips).toBe(0);
    const session1 = await openSession(suite, seriesId, token, first.workshopId);
    expect(session1.view.definition.title).toBe(`${TOPICS[0]} – ThAFF Praxisaustausch 2025`);
    expect(session1.view.definition.date).toBe('2025-01-14');

    // Two ships launched in session 1's harbour by a real client.
    const provider1 = connectProvider(suite.server, session1.harbourBoard, new Y.Doc(), session1.token);
    await synced(provider1);
    const step = (text: string, done: boolean) => ({ text, owner: 'IHK', due: '', done });
    createShip(provider1.doc, {
      title: 'Patenschaften im Betrieb',
      steps: [step('Paten finden', true), step('Leitfaden schreiben', false)],
      crew: [{ name: 'Ada', organisation: 'HWK Erfurt' }],
    });
    createShip(provider1.doc, { title: 'Sprachkurs', steps: [step('Anbieter wählen', true), step('Start', true)] });
    const bothShipsArrived = async () =>
      (await suite.server.app.boardHost.read(session1.harbourBoard, (doc) => readShips(doc).length)) === 2;
    await waitFor(bothShipsArrived, 'the ships to reach the server');
    destroyAll(provider1);

    const before = await seriesView(suite, seriesId, token);
    expect(before.sessions).toMatchObject([{ workshopId: first.workshopId, topicId: 't-1', openShips: 1 }]);

    const second = await createSession(suite, seriesId, token, 't-2', first.workshopId);
    expect(second.carriedShips).toBe(1);
    const session2 = await openSession(suite, seriesId, token, second.workshopId);
    const provider2 = connectProvider(suite.server, session2.harbourBoard, new Y.Doc(), session2.token);
    await synced(provider2);
    const carried = readShips(provider2.doc);
    destroyAll(provider2);
    expect(carried.map((s) => s.title)).toEqual(['Patenschaften im Betrieb']);
    expect(carried[0]!.carriedFrom).toMatch(new RegExp(`^${first.workshopId}/`));
    expect(carried[0]!.steps.map((s) => [s.text, s.done])).toEqual([
      ['Paten finden', true],
      ['Leitfaden schreiben', false],
    ]);
    // Participants of session 2 see the ships: a phase takes everybody to the harbour.
    expect(session2.view.definition.phases[1]!.stationIds).toEqual([
      session2.view.definition.stations.find((s) => s.kind === 'harbour')!.id,
    ]);

    // A topic has one session; the plan links it.
    const again = await api(suite.server, 'POST', `/api/series/${seriesId}/sessions`, { topicId: 't-2' }, token);
    expect(again.status).toBe(400);
    const after = await seriesView(suite, seriesId, token);
    expect(after.topicPlan.find((e) => e.id === 't-2')?.workshopId).toBe(second.workshopId);
    expect(after.sessions.map((s) => s.workshopId)).toEqual([first.workshopId, second.workshopId]);

    // Session 1's results are published (through the results part's route); session 2's are not.
    const published = await api<{ published: boolean; path: string | null }>(
      suite.server,
      'PUT',
      `/api/workshops/${first.workshopId}/publication`,
      undefined,
      session1.token,
    );
    expect(published.status).toBe(200);
    const resultsPath = published.body.path;
    expect(resultsPath).toMatch(new RegExp(`^/r/${first.workshopId}/`));

    const withPublished = await seriesView(suite, seriesId, token);
    expect(withPublished.sessions.map((s) => [s.published, s.publicPath])).toEqual([
      [true, resultsPath],
      [false, null],
    ]);

    const archivePath = withPublished.archivePath;
    const [, , archiveSeries, key] = archivePath.split('/');
    expect(archiveSeries).toBe(seriesId);
    const archive = await api<unknown>(suite.server, 'GET', `/api/public/archive/${seriesId}/${key}`);
    expect(archive.status).toBe(200);
    const { title, entries } = seriesArchiveSchema.parse(archive.body);
    expect(title).toBe('ThAFF Praxisaustausch 2025');
    expect(entries).toHaveLength(11);
    // This plan has no times, places or links: the archive says so with nulls.
    const none = { startTime: null, endTime: null, place: null, onlineUrl: null };
    expect(entries.slice(0, 3)).toEqual([
      { topic: TOPICS[0], date: '2025-01-14', resultsPath, ...none },
      { topic: TOPICS[1], date: '2025-02-11', resultsPath: null, ...none },
      { topic: TOPICS[2], date: '2025-03-11', resultsPath: null, ...none },
    ]);
    expect(entries.filter((e) => e.resultsPath !== null)).toHaveLength(1);
    expect(JSON.stringify(archive.body)).not.toContain(second.workshopId);
  });

  it('answers a wrong or replaced archive key with 404', async () => {
    const { seriesId, token } = await createSeries(suite);
    const { archivePath } = await seriesView(suite, seriesId, token);
    const key = archivePath.split('/')[3]!;
    const url = (k: string) => `/api/public/archive/${seriesId}/${k}`;
    expect((await api(suite.server, 'GET', url(key))).status).toBe(200);

    const wrong = `${key[0] === 'A' ? 'B' : 'A'}${key.slice(1)}`;
    const refused = await api<unknown>(suite.server, 'GET', url(wrong));
    expect(refused.status).toBe(404);
    expect(errorBodySchema.parse(refused.body).error.code).toBe('not_found');
    expect((await api(suite.server, 'GET', url('short'))).status).toBe(404);
    expect((await api(suite.server, 'GET', `/api/public/archive/AAAAAAAAAAAA/${key}`)).status).toBe(404);

    const renewed = await api<{ archivePath: string }>(
      suite.server,
      'POST',
      `/api/series/${seriesId}/archive-link`,
      undefined,
      token,
    );
    expect(renewed.body.archivePath).not.toBe(archivePath);
    expect((await api(suite.server, 'GET', url(key))).status).toBe(404);
    expect(
      (await api(suite.server, 'GET', `/api${renewed.body.archivePath.replace('/a/', '/public/archive/')}`)).status,
    ).toBe(200);
  });

  it('refuses a series token on another series and a session participant on series routes', async () => {
    const mine = await createSeries(suite, 'Reihe A');
    const other = await createSeries(suite, 'Reihe B');
    expect((await api(suite.server, 'GET', `/api/series/${other.seriesId}`, undefined, mine.token)).status).toBe(401);
    expect(
      (await api(suite.server, 'POST', `/api/series/${other.seriesId}/sessions`, { topicId: 't-1' }, mine.token))
        .status,
    ).toBe(401);

    const session = await createSession(suite, mine.seriesId, mine.token, 't-1');
    // Another series cannot open this session, nor carry its ships off.
    const foreignLogin = await api(
      suite.server,
      'POST',
      `/api/series/${other.seriesId}/workshops/${session.workshopId}/login`,
      undefined,
      other.token,
    );
    expect(foreignLogin.status).toBe(404);
    const foreignCarry = await api(
      suite.server,
      'POST',
      `/api/series/${other.seriesId}/sessions`,
      { topicId: 't-1', carryShipsFrom: session.workshopId },
      other.token,
    );
    expect(foreignCarry.status).toBe(400);

    const participant = await joinWorkshop(suite.server, session.joinCode, 'Ada');
    for (const [method, path, body] of [
      ['GET', `/api/series/${mine.seriesId}`, undefined],
      ['PUT', `/api/series/${mine.seriesId}/plan`, { topicPlan: [] }],
      ['POST', `/api/series/${mine.seriesId}/workshops/${session.workshopId}/login`, undefined],
      ['POST', `/api/series/${mine.seriesId}/archive-link`, undefined],
    ] as const) {
      const response = await api<unknown>(suite.server, method, path, body, participant.token);
      expect(response.status, `${method} ${path}`).toBe(401);
    }
    // And the series token is no workshop token.
    expect((await api(suite.server, 'GET', `/api/workshops/${session.workshopId}`, undefined, mine.token)).status).toBe(
      401,
    );
    // The plan is unchanged after all that.
    expect((await seriesView(suite, mine.seriesId, mine.token)).topicPlan).toHaveLength(11);
  });

  it('edits the plan without losing the link to sessions, and ignores workshop ids sent by a client', async () => {
    const { seriesId, token } = await createSeries(suite);
    const session = await createSession(suite, seriesId, token, 't-3');
    const plan = (await seriesView(suite, seriesId, token)).topicPlan.map(({ workshopId: _w, ...e }) => e);
    const edited = [
      ...plan.filter((e) => e.id !== 't-1').map((e) => (e.id === 't-3' ? { ...e, topic: 'Neues Thema' } : e)),
      { id: 't-extra', date: '2025-12-16', topic: 'Weihnachtsausgabe', note: 'Raum 2' },
    ];
    const saved = await api<unknown>(suite.server, 'PUT', `/api/series/${seriesId}/plan`, { topicPlan: edited }, token);
    expect(saved.status).toBe(200);
    const view = seriesViewSchema.parse(saved.body);
    expect(view.topicPlan).toHaveLength(11);
    expect(view.topicPlan.find((e) => e.id === 't-3')).toMatchObject({
      topic: 'Neues Thema',
      workshopId: session.workshopId,
    });
    expect(view.topicPlan.at(-1)?.id).toBe('t-extra');

    const forged = await api<unknown>(
      suite.server,
      'PUT',
      `/api/series/${seriesId}/plan`,
      { topicPlan: [{ id: 't-1', date: '2025-01-14', topic: 'x', workshopId: session.workshopId }] },
      token,
    );
    expect(forged.status).toBe(400);
    expect((await seriesView(suite, seriesId, token)).topicPlan).toHaveLength(11);
  });
});
