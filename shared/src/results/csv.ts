/**
 * CSV exports of the results, made for German Excel: UTF-8 with a byte-order
 * mark (without it Excel reads the file as Windows-1252 and mangles umlauts),
 * `;` between fields (Excel's separator in German locales, where `,` is the
 * decimal comma) and CRLF line ends.
 */
import { resultLabels } from './labels.js';
import type { ResultsCsvTable, WorkshopResults } from './results-schema.js';

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

type Cell = string | number;

/**
 * One field. Quoted when it holds the separator, a quote or a line break.
 * Text starting with = + - @ (or a tab/CR) would be run as a formula by
 * spreadsheets (CSV injection), so it gets a leading apostrophe.
 */
export function csvField(value: Cell): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(CSV_SEPARATOR) + '\r\n').join('');
}

function shipRows(results: WorkshopResults): Cell[][] {
  const l = resultLabels(results.workshop.locale);
  const rows: Cell[][] = [
    [l.ship, l.approach, l.question, l.perspective, l.budget, l.origin, l.crew, l.step, l.owner, l.due, l.done],
  ];
  for (const ship of results.ships) {
    const crew = ship.crew
      .filter((m) => m.name.trim())
      .map((m) => (m.organisation.trim() ? `${m.name.trim()} (${m.organisation.trim()})` : m.name.trim()))
      .join(', ');
    const head = [
      ship.title,
      ship.approach,
      ship.questionText,
      ship.perspective,
      ship.budget,
      ship.originStation,
      crew,
    ];
    if (ship.steps.length === 0) rows.push([...head, '', '', '', '']);
    for (const step of ship.steps) rows.push([...head, step.text, step.owner, step.due, step.done ? l.yes : l.no]);
  }
  return rows;
}

function questionRows(results: WorkshopResults): Cell[][] {
  const l = resultLabels(results.workshop.locale);
  return [
    [l.rank, l.team, l.theme, l.question],
    // Ranked questions first, by rank; the rest keep their team order.
    ...results.questions
      .map((q, order) => ({ q, order }))
      .sort((a, b) => (a.q.promotedRank ?? Infinity) - (b.q.promotedRank ?? Infinity) || a.order - b.order)
      .map(({ q }) => [q.promotedRank ?? '', q.teamName, q.themeName, q.text]),
  ];
}

function noteRows(results: WorkshopResults): Cell[][] {
  const l = resultLabels(results.workshop.locale);
  const rows: Cell[][] = [[l.station, l.group, l.groupDots, l.note, l.team, l.count]];
  for (const board of results.boards) {
    for (const group of board.groups) {
      const head = [board.stationName, group.title.trim() || l.untitledGroup, group.votes];
      if (group.notes.length === 0) rows.push([...head, '', '', '']);
      for (const note of group.notes) rows.push([...head, note.text, note.teamName, note.votes]);
    }
    for (const note of board.loose) rows.push([board.stationName, '', '', note.text, note.teamName, note.votes]);
  }
  return rows;
}

function voteRows(results: WorkshopResults): Cell[][] {
  const l = resultLabels(results.workshop.locale);
  const rows: Cell[][] = [[l.vote, l.station, l.item, l.count, l.promoted]];
  for (const vote of results.votes) {
    for (const item of vote.items) {
      rows.push([vote.title, vote.stationName, item.label, item.count, vote.promoted.includes(item.id) ? l.yes : l.no]);
    }
  }
  return rows;
}

function insightRows(results: WorkshopResults): Cell[][] {
  const l = resultLabels(results.workshop.locale);
  const rows: Cell[][] = [[l.room, l.number, l.insight]];
  for (const room of results.insights) {
    room.insights.forEach((insight, i) => rows.push([room.stationName, i + 1, insight.text]));
  }
  return rows;
}

const TABLES: Record<ResultsCsvTable, (results: WorkshopResults) => Cell[][]> = {
  ships: shipRows,
  questions: questionRows,
  votes: voteRows,
  insights: insightRows,
  notes: noteRows,
};

/** One table of the results as a CSV file, headers in the workshop's language. */
export function resultsCsv(results: WorkshopResults, table: ResultsCsvTable): string {
  return toCsv(TABLES[table](results));
}
