import { describe, expect, it } from 'vitest';
import { createdSeriesSchema, errorBodySchema, seriesArchiveSchema, workshopViewSchema } from '@mutopia/shared';
import { api, serverPerTest } from './harness.js';

import { createSession, seriesView } from './series-fixture.js';

const suite = serverPerTest();

describe('planning a series', () => {
  it('plans a monthly format: open topics ("Thema folgt"), time, place and online link reach the public archive', async () => {
    const plan = [
      {
        id: 'm-1',
        date: '2026-01-13',
        topic: 'Anerkennung in der Pflege',
        startTime: '14:00',
        endTime: '16:00',
        place: 'Erfurt, Haus Dacheröden',
        onlineUrl: 'https://meet.example.org/praxis-januar',
      },
      { id: 'm-2', date: '2026-02-10', topic: '', startTime: '10:00', endTime: '12:00', place: 'Jena, Volkshaus' },
      { id: 'm-3', date: '2026-03-10', onlineUrl: 'https://meet.example.org/praxis-maerz', note: 'Referentin fragen' },
    ];
    const created = await api<unknown>(suite.server, 'POST', '/api/series', {
      title: 'Praxisaustausch 2026',
      locale: 'de',
      topicPlan: plan,
    });
    expect(created.status).toBe(201);
    const { seriesId, facilitatorSecret } = createdSeriesSchema.parse(created.body);
    const { token } = (
      await api<{ token: string }>(suite.server, 'POST', `/api/series/${seriesId}/login`, { secret: facilitatorSecret })
    ).body;

    const view = await seriesView(suite, seriesId, token);
    expect(view.topicPlan.map((e) => e.topic)).toEqual(['Anerkennung in der Pflege', undefined, undefined]);
    expect(view.topicPlan[1]).toMatchObject({ startTime: '10:00', endTime: '12:00', place: 'Jena, Volkshaus' });

    // A session for a date whose topic is still open is named after the series.
    const session = await createSession(suite, seriesId, token, 'm-2');
    const workshop = await api<unknown>(
      suite.server,
      'GET',
      `/api/workshops/${session.workshopId}`,
      undefined,
      (
        await api<{ token: string }>(suite.server, 'POST', `/api/workshops/${session.workshopId}/login`, {
          secret: session.facilitatorSecret,
        })
      ).body.token,
    );
    expect(workshopViewSchema.parse(workshop.body).definition.title).toBe('Praxisaustausch 2026');

    // Only http(s) links and times that make sense are stored.
    for (const bad of [
      { onlineUrl: 'javascript:alert(1)' },
      { onlineUrl: 'ftp://example.org/x' },
      { startTime: '25:00' },
      { startTime: '16:00', endTime: '14:00' },
    ]) {
      const refused = await api<unknown>(
        suite.server,
        'PUT',
        `/api/series/${seriesId}/plan`,
        { topicPlan: [{ ...plan[2], ...bad }] },
        token,
      );
      expect(refused.status, JSON.stringify(bad)).toBe(400);
      expect(errorBodySchema.parse(refused.body).error.code).toBe('bad_request');
    }

    const key = view.archivePath.split('/')[3];
    const archive = await api<unknown>(suite.server, 'GET', `/api/public/archive/${seriesId}/${key}`);
    expect(archive.status).toBe(200);
    expect(seriesArchiveSchema.parse(archive.body).entries).toEqual([
      {
        topic: 'Anerkennung in der Pflege',
        date: '2026-01-13',
        startTime: '14:00',
        endTime: '16:00',
        place: 'Erfurt, Haus Dacheröden',
        onlineUrl: 'https://meet.example.org/praxis-januar',
        resultsPath: null,
      },
      {
        topic: null,
        date: '2026-02-10',
        startTime: '10:00',
        endTime: '12:00',
        place: 'Jena, Volkshaus',
        onlineUrl: null,
        resultsPath: null,
      },
      {
        topic: null,
        date: '2026-03-10',
        startTime: null,
        endTime: null,
        place: null,
        onlineUrl: 'https://meet.example.org/praxis-maerz',
        resultsPath: null,
      },
    ]);
    // The organisers' note stays private.
    expect(JSON.stringify(archive.body)).not.toContain('Referentin');
  });
});
