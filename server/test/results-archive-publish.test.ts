import { describe, expect, it } from 'vitest';
import {
  workshopArchiveSchema,
  workshopResultsSchema,
  type CreatedWorkshop,
  type Publication,
  type TokenResponse,
  type WorkshopArchive,
} from '@mutopia/shared';
import { api, createWorkshop, joinWorkshop, serverPerTest } from './harness.js';
import { boardContent, download, workshopWithContent } from './results-fixture.js';

const suite = serverPerTest();

describe('results archive and publishing', () => {
  it('re-imports the archive into a new workshop whose archive equals the original', async () => {
    const w = await workshopWithContent(suite);
    const res = await download(suite, `/api/workshops/${w.workshopId}/archive`, w.facilitatorToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename\*=UTF-8''.+\.json; filename=".+\.json"$/,
    );
    const archive = workshopArchiveSchema.parse(await res.json());
    // Never who voted: only tallies per item.
    expect(JSON.stringify(archive)).not.toContain(w.anna.participantId);

    const created = await api<CreatedWorkshop>(suite.server, 'POST', '/api/workshops', { archive });
    expect(created.status).toBe(201);
    const copyId = created.body.workshopId;
    expect(copyId).not.toBe(w.workshopId);
    const login = await api<TokenResponse>(suite.server, 'POST', `/api/workshops/${copyId}/login`, {
      secret: created.body.facilitatorSecret,
    });
    const again = workshopArchiveSchema.parse(
      await (await download(suite, `/api/workshops/${copyId}/archive`, login.body.token)).json(),
    );

    // Question and vote ids are unique on a server, so the copy has new ones; its ship follows its question.
    const newQuestionId = again.questions.items.find((q) => q.teamId === 'team-1')!.id;
    expect(newQuestionId).not.toBe(w.questionId);
    const normalise = (a: WorkshopArchive, questionId: string) => ({
      definition: a.definition,
      questions: {
        open: a.questions.open,
        items: a.questions.items.map(({ id: _id, ...q }) => q),
      },
      votes: a.votes.map(({ id: _id, ...v }) => v),
      boards: Object.fromEntries(
        Object.entries(a.boards).map(([station, state]) => {
          const content = boardContent(state);
          content.ships = content.ships.map((s) => ({
            ...s,
            questionId: s.questionId === questionId ? 'Q' : s.questionId,
          }));
          return [station, content];
        }),
      ),
    });
    expect(normalise(again, newQuestionId)).toEqual(normalise(archive, w.questionId));
    expect(Object.keys(again.boards).sort()).toEqual(w.view.definition.stations.map((s) => s.id).sort());

    // The copy's results read the same as the original's.
    const results = async (id: string, token: string) =>
      workshopResultsSchema.parse(
        (await api(suite.server, 'GET', `/api/workshops/${id}/results`, undefined, token)).body,
      );
    const strip = (r: Awaited<ReturnType<typeof results>>) => ({
      ...r,
      promotedQuestions: r.promotedQuestions.map(({ id: _id, ...q }) => q),
      questions: r.questions.map(({ id: _id, ...q }) => q),
      ships: r.ships.map(({ questionId: _q, ...s }) => s),
      votes: r.votes.map(({ id: _id, ...v }) => v),
    });
    expect(strip(await results(copyId, login.body.token))).toEqual(
      strip(await results(w.workshopId, w.facilitatorToken)),
    );
  });

  it('refuses a damaged archive without creating anything', async () => {
    const w = await workshopWithContent(suite);
    const archive = (await (
      await download(suite, `/api/workshops/${w.workshopId}/archive`, w.facilitatorToken)
    ).json()) as WorkshopArchive;
    const before = await suite.server.app.boards.count();
    const broken = {
      ...archive,
      boards: { ...archive.boards, harbour: Buffer.from([1, 2, 3, 250]).toString('base64') },
    };
    const res = await api<{ error: { code: string } }>(suite.server, 'POST', '/api/workshops', { archive: broken });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(await suite.server.app.boards.count()).toBe(before);
  });

  it('publishes under an unguessable link, withdraws it, and publishes again under a new one', async () => {
    const w = await workshopWithContent(suite);
    const path = `/api/workshops/${w.workshopId}/publication`;
    expect((await api<Publication>(suite.server, 'GET', path, undefined, w.facilitatorToken)).body).toEqual({
      published: false,
      path: null,
    });
    const first = (await api<Publication>(suite.server, 'PUT', path, undefined, w.facilitatorToken)).body;
    expect(first.published).toBe(true);
    expect(first.path).toMatch(new RegExp(`^/r/${w.workshopId}/[A-Za-z0-9_-]{22}$`));
    // Publishing twice keeps the link.
    expect((await api<Publication>(suite.server, 'PUT', path, undefined, w.facilitatorToken)).body).toEqual(first);
    expect(await suite.server.app.results.publicPath(w.workshopId)).toBe(first.path);

    const publicApi = (p: string) => `/api/public/results/${p.slice(3)}`;
    const open = await download(suite, publicApi(first.path!));
    expect(open.status).toBe(200);
    expect(open.headers.get('cache-control')).toBe('no-store');
    const published = workshopResultsSchema.parse(await open.json());
    expect(published.ships[0]!.title).toBe('Lotsendienst für Anerkennung');
    expect(await (await download(suite, `${publicApi(first.path!)}.md`)).text()).toContain(
      '# Konferenz „Fachkraft“ in Köln',
    );
    const csv = await download(suite, `${publicApi(first.path!)}.csv?table=questions`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('Wie erreichen wir Ältere; auch digital?');

    // A key that is one character off finds nothing.
    const key = first.path!.split('/').at(-1)!;
    const wrong = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    expect((await download(suite, `/api/public/results/${w.workshopId}/${wrong}`)).status).toBe(404);

    const withdrawn = (await api<Publication>(suite.server, 'DELETE', path, undefined, w.facilitatorToken)).body;
    expect(withdrawn).toEqual({ published: false, path: null });
    expect((await download(suite, publicApi(first.path!))).status).toBe(404);
    expect((await download(suite, `${publicApi(first.path!)}.md`)).status).toBe(404);
    expect(await suite.server.app.results.publicPath(w.workshopId)).toBeNull();

    const second = (await api<Publication>(suite.server, 'PUT', path, undefined, w.facilitatorToken)).body;
    expect(second.path).not.toBe(first.path);
    expect((await download(suite, publicApi(second.path!))).status).toBe(200);
    expect((await download(suite, publicApi(first.path!))).status).toBe(404);
  });

  it('keeps results, exports and publishing to facilitators', async () => {
    const w = await createWorkshop(suite.server, 'weiterbildungskonferenz', { teamCount: 2 });
    const participant = await joinWorkshop(suite.server, w.joinCode, 'Mallory');
    const viewer = await api<TokenResponse>(
      suite.server,
      'POST',
      `/api/workshops/${w.workshopId}/viewer-token`,
      { projectorId: 'beamer-1' },
      w.facilitatorToken,
    );
    const base = `/api/workshops/${w.workshopId}`;
    const routes: Array<[string, string]> = [
      ['GET', `${base}/results`],
      ['GET', `${base}/results.md`],
      ['GET', `${base}/results.csv`],
      ['GET', `${base}/archive`],
      ['GET', `${base}/publication`],
      ['PUT', `${base}/publication`],
      ['DELETE', `${base}/publication`],
    ];
    for (const token of [participant.token, viewer.body.token]) {
      for (const [method, route] of routes) {
        const res = await fetch(`${suite.server.httpUrl}${route}`, {
          method,
          headers: { authorization: `Bearer ${token}` },
        });
        expect([method, route, res.status]).toEqual([method, route, 403]);
      }
    }
    expect((await fetch(`${suite.server.httpUrl}${base}/results`)).status).toBe(401);
    // Nothing was published by the refused attempts.
    expect(await suite.server.app.results.publicPath(w.workshopId)).toBeNull();
  });
});
