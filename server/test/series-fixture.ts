import { expect } from 'vitest';
import {
  createdSeriesSchema,
  createdSessionSchema,
  planDates,
  seriesViewSchema,
  workshopViewSchema,
  type SeriesView,
  type TopicPlanInput,
} from '@mutopia/shared';
import { api, type ServerSuite } from './harness.js';

/** A year of the ThAFF series, as the series tests create and open it. */
export const TOPICS = [
  'Das Fachkräfteeinwanderungsgesetz',
  'Anerkennung ausländischer Abschlüsse',
  'Beschleunigtes Fachkräfteverfahren',
  'Sprachförderung im Betrieb',
  'Wohnraum für neue Mitarbeitende',
  'Onboarding und Patenschaften',
  'Pflege: Anerkennung und Anpassung',
  'Handwerk: Ausbildung statt Anwerbung',
  'Familiennachzug',
  'Interkulturelle Teams führen',
  'Jahresrückblick und Ausblick',
];

export function yearPlan(): TopicPlanInput {
  // Second Tuesday of each month, with a summer break in August.
  const dates = planDates('2025-01-14', 'monthlyWeekday', 12).filter((d) => !d.startsWith('2025-08'));
  return TOPICS.map((topic, i) => ({ id: `t-${i + 1}`, date: dates[i]!, topic }));
}

export async function createSeries(suite: ServerSuite, title = 'ThAFF Praxisaustausch 2025') {
  const created = await api<unknown>(suite.server, 'POST', '/api/series', {
    title,
    locale: 'de',
    topicPlan: yearPlan(),
  });
  expect(created.status).toBe(201);
  const { seriesId, facilitatorSecret } = createdSeriesSchema.parse(created.body);
  const login = await api<{ token: string }>(suite.server, 'POST', `/api/series/${seriesId}/login`, {
    secret: facilitatorSecret,
  });
  expect(login.status).toBe(200);
  return { seriesId, facilitatorSecret, token: login.body.token };
}

export async function seriesView(suite: ServerSuite, seriesId: string, token: string): Promise<SeriesView> {
  const response = await api<unknown>(suite.server, 'GET', `/api/series/${seriesId}`, undefined, token);
  expect(response.status).toBe(200);
  return seriesViewSchema.parse(response.body);
}

export async function createSession(
  suite: ServerSuite,
  seriesId: string,
  token: string,
  topicId: string,
  carryShipsFrom?: string,
) {
  const response = await api<unknown>(
    suite.server,
    'POST',
    `/api/series/${seriesId}/sessions`,
    { topicId, ...(carryShipsFrom ? { carryShipsFrom } : {}) },
    token,
  );
  expect(response.status).toBe(201);
  return createdSessionSchema.parse(response.body);
}

/** Logs into a session through the series (no link of its own needed) and finds its harbour board. */
export async function openSession(suite: ServerSuite, seriesId: string, token: string, workshopId: string) {
  const login = await api<{ token: string; role: string }>(
    suite.server,
    'POST',
    `/api/series/${seriesId}/workshops/${workshopId}/login`,
    undefined,
    token,
  );
  expect(login.status).toBe(200);
  expect(login.body.role).toBe('facilitator');
  const view = workshopViewSchema.parse(
    (await api(suite.server, 'GET', `/api/workshops/${workshopId}`, undefined, login.body.token)).body,
  );
  const harbour = view.definition.stations.find((s) => s.kind === 'harbour');
  expect(harbour).toBeDefined();
  return { token: login.body.token, view, harbourBoard: view.boards[harbour!.id]! };
}
