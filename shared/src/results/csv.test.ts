import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, resultsCsv, toCsv } from './csv.js';
import { resultsFixture } from './results-fixture.js';

/** A minimal RFC 4180 reader with `;`, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('csvField', () => {
  it('leaves plain text and umlauts alone', () => {
    expect(csvField('Größe über Maß')).toBe('Größe über Maß');
    expect(csvField(42)).toBe('42');
  });

  it('quotes separators, quotes and line breaks, doubling quotes', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('sagt "hallo"')).toBe('"sagt ""hallo"""');
    expect(csvField('eins\nzwei')).toBe('"eins\nzwei"');
    expect(csvField('eins\r\nzwei')).toBe('"eins\r\nzwei"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+49 221')).toBe("'+49 221");
    expect(csvField('@home')).toBe("'@home");
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(csv).toBe(`${CSV_BOM}a;b\r\nc;d\r\n`);
  });
});

describe('resultsCsv', () => {
  it('lists one row per first step, with the ship repeated and a row for a ship without steps', () => {
    const rows = parseCsv(resultsCsv(resultsFixture('de'), 'ships').slice(1));
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
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      'Lotsendienst für Anerkennung',
      'Ein Ansprechpartner;\nvon Anfang an',
      'Wie können wir Anerkennung beschleunigen?',
      'Arbeitgeber',
      'Kleines Budget',
      '[M]Utopie 1',
      'Ayşe Öztürk (IHK)',
      'Träger anschreiben',
      'Jörg Müller',
      '2025-04-01',
      'ja',
    ]);
    expect(rows[2]![7]).toBe(`'=Kosten "grob" schätzen`);
    expect(rows[2]![10]).toBe('nein');
    expect(rows[3]!.slice(0, 1)).toEqual(['Ohne Schritte']);
    expect(rows[3]!.slice(6)).toEqual(['', '', '', '', '']);
  });

  it('writes English headers for an English workshop', () => {
    const rows = parseCsv(resultsCsv(resultsFixture('en'), 'ships').slice(1));
    expect(rows[0]![0]).toBe('Ship');
    expect(rows[1]![10]).toBe('yes');
  });

  it('has tables for questions, votes and insights', () => {
    const questions = parseCsv(resultsCsv(resultsFixture(), 'questions').slice(1));
    expect(questions).toEqual([
      ['Rang', 'Team', 'Thema', 'Frage'],
      ['1', 'Team Süd', 'Anerkennung', 'Wie können wir Anerkennung beschleunigen?'],
      ['', 'Team Nord', 'Anerkennung', 'Wie „fördern“ wir Sprache?'],
    ]);
    const votes = parseCsv(resultsCsv(resultsFixture(), 'votes').slice(1));
    expect(votes.slice(1)).toEqual([
      ['Welche Ansätze weiter?', '[M]Utopie 1', 'Lotsendienst', '7', 'ja'],
      ['Welche Ansätze weiter?', '[M]Utopie 1', 'Sprachcafé | abends', '2', 'nein'],
    ]);
    const insights = parseCsv(resultsCsv(resultsFixture(), 'insights').slice(1));
    expect(insights[2]).toEqual(['Anerkennung', '2', '*Netzwerke* helfen']);
  });

  it('orders questions by rank, whatever the team order', () => {
    const fixture = resultsFixture();
    const [first, second] = fixture.questions;
    const questions = [
      { ...first!, promotedRank: 2 },
      { ...second!, promotedRank: null },
      { ...second!, id: 'q3', teamName: 'Team West', promotedRank: 1 },
    ];
    const rows = parseCsv(resultsCsv({ ...fixture, questions }, 'questions').slice(1));
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['1', 'Team West'],
      ['2', 'Team Süd'],
      ['', 'Team Nord'],
    ]);
  });

  it('has a table of every station’s notes by group, with team and dots', () => {
    const rows = parseCsv(resultsCsv(resultsFixture(), 'notes').slice(1));
    expect(rows).toEqual([
      ['Station', 'Gruppe', 'Punkte der Gruppe', 'Notiz', 'Team', 'Punkte'],
      ['Anerkennung', 'Lotsen', '5', 'Lotsendienst', 'Team Süd', '7'],
      ['Anerkennung', 'Gruppe ohne Titel', '0', 'Verloren;\nabends', 'Team Süd', '0'],
      ['Anerkennung', '', '', 'Ohne Team', '', '0'],
    ]);
  });
});
