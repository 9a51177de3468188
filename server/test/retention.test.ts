import { describe, expect, it } from 'vitest';
import {
  createdSeriesSchema,
  createdSessionSchema,
  retentionInfoSchema,
  seriesArchiveSchema,
  seriesViewSchema,
  type Publication,
} from '@mutopia/shared';
import { api, createWorkshop, joinWorkshop, serverPerTest } from './harness.js';
import { databaseBytes, marker } from './db-bytes.js';

const suite = serverPerTest();

/** The calendar day `days` from today (UTC), as a workshop date. */
function day(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

async function exists(workshop: { workshopId: string; facilitatorToken: string }): Promise<boolean> {
  const got = await api(
    suite.server,
    'GET',
    `/api/workshops/${workshop.workshopId}`,
    undefined,
    workshop.facilitatorToken,
  );
  return got.status === 200;
}

describe('retention', () => {
  it('deletes a workshop RETENTION_DAYS after its date, at the next start', async () => {
    const past = await createWorkshop(suite.server, 'weiterbildungskonferenz', { date: day(-31) });
    const recent = await createWorkshop(suite.server, 'weiterbildungskonferenz', { date: day(-10) });
    const undated = await createWorkshop(suite.server);
    const name = marker('Teilnehmerin');
    await joinWorkshop(suite.server, past.joinCode, name);

    // The console shows the day of deletion.
    const info = await api(
      suite.server,
      'GET',
      `/api/workshops/${recent.workshopId}/retention`,
      undefined,
      recent.facilitatorToken,
    );
    expect(retentionInfoSchema.parse(info.body)).toEqual({ retentionDays: 30, deleteOn: day(20), keepResults: false });
    const undatedInfo = await api(
      suite.server,
      'GET',
      `/api/workshops/${undated.workshopId}/retention`,
      undefined,
      undated.facilitatorToken,
    );
    expect(retentionInfoSchema.parse(undatedInfo.body).deleteOn).toBe(day(30));

    await suite.restart();
    expect(await exists(past)).toBe(false);
    expect((await api(suite.server, 'GET', `/api/join/${past.joinCode}`)).status).toBe(404);
    expect(databaseBytes(suite.dataDir).includes(name)).toBe(false);
    expect(await exists(recent)).toBe(true);
    expect(await exists(undated)).toBe(true);
  });

  it('keeps every workshop with RETENTION_DAYS=0, and says so', async () => {
    await suite.restart({ RETENTION_DAYS: 0 });
    const old = await createWorkshop(suite.server, 'weiterbildungskonferenz', { date: day(-400) });
    const info = await api(
      suite.server,
      'GET',
      `/api/workshops/${old.workshopId}/retention`,
      undefined,
      old.facilitatorToken,
    );
    expect(retentionInfoSchema.parse(info.body).deleteOn).toBeNull();
    await suite.restart({ RETENTION_DAYS: 0 });
    expect(await exists(old)).toBe(true);
  });

  it('keeps the published results without names at their link when the organiser chose so', async () => {
    const title = marker('Fachtag');
    const kept = await createWorkshop(suite.server, 'weiterbildungskonferenz', { date: day(-31), title });
    const gone = await createWorkshop(suite.server, 'weiterbildungskonferenz', { date: day(-31) });
    const name = marker('Teilnehmer');
    await joinWorkshop(suite.server, kept.joinCode, name);
    const paths: string[] = [];
    for (const w of [kept, gone]) {
      const published = await api<Publication>(
        suite.server,
        'PUT',
        `/api/workshops/${w.workshopId}/publication`,
        {},
        w.facilitatorToken,
      );
      paths.push(published.body.path!);
    }
    // Only the facilitator link decides.
    const cofacilitator = await api<{ token: string }>(
      suite.server,
      'POST',
      `/api/workshops/${kept.workshopId}/login`,
      {
        secret: kept.cofacilitatorSecret,
      },
    );
    const refused = await api(
      suite.server,
      'PUT',
      `/api/workshops/${kept.workshopId}/retention`,
      { keepResults: true },
      cofacilitator.body.token,
    );
    expect(refused.status).toBe(403);
    const set = await api(
      suite.server,
      'PUT',
      `/api/workshops/${kept.workshopId}/retention`,
      { keepResults: true },
      kept.facilitatorToken,
    );
    expect(retentionInfoSchema.parse(set.body).keepResults).toBe(true);

    await suite.restart();
    expect(await exists(kept)).toBe(false);
    const [keptPath, gonePath] = paths.map((p) => p.replace(/^\/r\//, '/api/public/results/'));
    const results = await api<{ workshop: { title: string } }>(suite.server, 'GET', keptPath!);
    expect(results.status).toBe(200);
    expect(results.body.workshop.title).toBe(title);
    expect((await api(suite.server, 'GET', gonePath!)).status).toBe(404);
    expect(databaseBytes(suite.dataDir).includes(name)).toBe(false);
  });
});

describe('retention in a series', () => {
  it("keeps a kept session's results in the series' public archive after the session is deleted", async () => {
    const plan = [{ id: 't-1', date: day(-40), topic: 'Fachkräfte halten' }];
    const created = await api<unknown>(suite.server, 'POST', '/api/series', {
      title: 'Reihe',
      locale: 'de',
      topicPlan: plan,
    });
    const { seriesId, facilitatorSecret } = createdSeriesSchema.parse(created.body);
    const login = await api<{ token: string }>(suite.server, 'POST', `/api/series/${seriesId}/login`, {
      secret: facilitatorSecret,
    });
    const session = createdSessionSchema.parse(
      (
        await api<unknown>(
          suite.server,
          'POST',
          `/api/series/${seriesId}/sessions`,
          { topicId: 't-1' },
          login.body.token,
        )
      ).body,
    );
    const workshopLogin = await api<{ token: string }>(
      suite.server,
      'POST',
      `/api/series/${seriesId}/workshops/${session.workshopId}/login`,
      undefined,
      login.body.token,
    );
    const token = workshopLogin.body.token;
    const published = await api<Publication>(
      suite.server,
      'PUT',
      `/api/workshops/${session.workshopId}/publication`,
      {},
      token,
    );
    await api(suite.server, 'PUT', `/api/workshops/${session.workshopId}/retention`, { keepResults: true }, token);
    const { archivePath } = seriesViewSchema.parse(
      (await api<unknown>(suite.server, 'GET', `/api/series/${seriesId}`, undefined, login.body.token)).body,
    );

    await suite.restart();
    expect((await api(suite.server, 'GET', `/api/workshops/${session.workshopId}`, undefined, token)).status).toBe(410);
    const archive = seriesArchiveSchema.parse(
      (await api<unknown>(suite.server, 'GET', `/api${archivePath.replace('/a/', '/public/archive/')}`)).body,
    );
    expect(archive.entries.map((e) => [e.topic, e.resultsPath])).toEqual([['Fachkräfte halten', published.body.path]]);
    const results = await api(suite.server, 'GET', published.body.path!.replace(/^\/r\//, '/api/public/results/'));
    expect(results.status).toBe(200);
  });
});
