import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { workshopResultsSchema } from '@mutopia/shared';
import { api, serverPerTest } from './harness.js';

import { download, workshopWithContent } from './results-fixture.js';

const suite = serverPerTest();

describe('results and exports', () => {
  it('shows questions, ships, insights, votes and personas on the results page and in Markdown', async () => {
    const w = await workshopWithContent(suite);
    const res = await api<unknown>(
      suite.server,
      'GET',
      `/api/workshops/${w.workshopId}/results`,
      undefined,
      w.facilitatorToken,
    );
    expect(res.status).toBe(200);
    const results = workshopResultsSchema.parse(res.body);

    expect(results.workshop.title).toBe('Konferenz „Fachkraft“ in Köln');
    expect(results.promotedQuestions.map((q) => [q.promotedRank, q.text, q.teamName])).toEqual([
      [1, 'Wie können wir Anerkennung beschleunigen?', 'Team 1'],
    ]);
    expect(results.questions).toHaveLength(2);
    const [ship] = results.ships;
    expect(ship).toMatchObject({
      title: 'Lotsendienst für Anerkennung',
      perspective: w.perspective.name,
      budget: w.tier.label,
      originStation: w.mutopia.name,
      open: true,
    });
    expect(ship!.steps.map((s) => [s.text, s.owner, s.done])).toEqual([
      ['Träger anschreiben', 'Jörg Müller', true],
      ['Kosten "grob" schätzen', 'Ayşe', false],
    ]);
    expect(results.insights).toEqual([
      expect.objectContaining({
        stationId: w.room,
        insights: [
          expect.objectContaining({ text: 'Wartezeiten sind das größte Problem' }),
          expect.objectContaining({ text: 'Netzwerke „vor Ort“ helfen' }),
        ],
      }),
    ]);
    expect(results.votes).toHaveLength(1);
    expect(results.votes[0]!.items.map((i) => [i.label, i.count])).toEqual([
      ['Lotsendienst', 3],
      ['Sprachcafé', 1],
    ]);
    expect(results.personas.map((p) => [p.teamName, p.persona.name, p.persona.painPoints.length])).toEqual([
      ['Team 1', 'Amira Öztürk', 1],
    ]);

    const md = await download(suite, `/api/workshops/${w.workshopId}/results.md`, w.facilitatorToken);
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect(md.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Konferenz-Fachkraft-in-Köln.md')}; filename="Konferenz-Fachkraft-in-Koln.md"`,
    );
    const text = await md.text();
    expect(text).toContain('### Lotsendienst für Anerkennung');
    expect(text).toContain('- [x] Träger anschreiben (Verantwortlich: Jörg Müller, Bis: 2025-04-01)');
    expect(text).toContain('- [ ] Kosten "grob" schätzen (Verantwortlich: Ayşe)');
    expect(text).toContain('| Lotsendienst | 3 |');
  });

  it('exports CSV that a CSV parser reads with umlauts, quotes and separators intact', async () => {
    const w = await workshopWithContent(suite);
    const res = await download(suite, `/api/workshops/${w.workshopId}/results.csv?table=ships`, w.facilitatorToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(Buffer.from(bytes), { delimiter: ';', bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(rows[0]).toEqual([
      'Schiff',
      'Ansatz',
      'Frage',
      'Perspektive',
      'Ressourcen',
      'Entstanden in',
      'Crew',
      'Erster Schritt',
      'Verantwortlich',
      'Bis',
      'Erledigt',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[6], r[7], r[8], r[9], r[10]])).toEqual([
      [
        'Lotsendienst für Anerkennung',
        'Ein Ansprechpartner; von Anfang an',
        'Ayşe Öztürk (IHK)',
        'Träger anschreiben',
        'Jörg Müller',
        '2025-04-01',
        'ja',
      ],
      [
        'Lotsendienst für Anerkennung',
        'Ein Ansprechpartner; von Anfang an',
        'Ayşe Öztürk (IHK)',
        'Kosten "grob" schätzen',
        'Ayşe',
        '',
        'nein',
      ],
    ]);

    const questions = parseCsv(
      Buffer.from(
        await (
          await download(suite, `/api/workshops/${w.workshopId}/results.csv?table=questions`, w.facilitatorToken)
        ).arrayBuffer(),
      ),
      { delimiter: ';', bom: true },
    ) as string[][];
    expect(questions).toEqual([
      ['Rang', 'Team', 'Thema', 'Frage'],
      ['1', 'Team 1', expect.any(String), 'Wie können wir Anerkennung beschleunigen?'],
      ['', 'Team 2', '', 'Wie erreichen wir Ältere; auch digital?'],
    ]);
    const votes = parseCsv(
      await (
        await download(suite, `/api/workshops/${w.workshopId}/results.csv?table=votes`, w.facilitatorToken)
      ).text(),
      { delimiter: ';', bom: true },
    ) as string[][];
    expect(votes.slice(1).map((r) => [r[2], r[3]])).toEqual([
      ['Lotsendienst', '3'],
      ['Sprachcafé', '1'],
    ]);
    expect(
      (await download(suite, `/api/workshops/${w.workshopId}/results.csv?table=nope`, w.facilitatorToken)).status,
    ).toBe(400);
  });
});
