/**
 * The results as one Markdown document, for a wiki, an e-mail or a
 * documentation site: the same sections as the results page.
 */
import { PERSONA_TEXT_FIELDS, type Persona } from '../board/persona.js';
import type { ResultBoard, ResultNote } from './board-notes.js';
import { formatResultDate } from './file-name.js';
import { resultLabels, type ResultLabels } from './labels.js';
import type { ResultShip, WorkshopResults } from './results-schema.js';

/**
 * Escapes what Markdown would read as markup, so a participant's `*` or `#`
 * stays a character; line breaks stay line breaks inside the same block.
 */
export function mdText(text: string, indent = ''): string {
  return text
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+]|\d+\.)(\s)/gm, (_m, space: string, mark: string, after: string) =>
      mark.endsWith('.') ? `${space}${mark.slice(0, -1)}\\.${after}` : `${space}\\${mark}${after}`,
    )
    .split(/\r?\n/)
    .join(`  \n${indent}`);
}

function personaLines(persona: Persona, l: ResultLabels): string[] {
  const lines: string[] = [];
  for (const field of PERSONA_TEXT_FIELDS) {
    if (persona[field].trim()) lines.push(`- **${l.persona[field]}:** ${mdText(persona[field], '  ')}`);
    if (field === 'qualification' && persona.germanLevel) {
      lines.push(`- **${l.persona.germanLevel}:** ${persona.germanLevel}`);
    }
  }
  if (persona.painPoints.length) {
    lines.push(`- **${l.persona.painPoints}:**`);
    for (const point of persona.painPoints) lines.push(`  - ${mdText(point.text, '    ')}`);
  }
  return lines;
}

function shipLines(ship: ResultShip, l: ResultLabels): string[] {
  const lines = [`### ${mdText(ship.title) || l.none}`, ''];
  const facts: string[] = [];
  if (ship.questionText.trim()) facts.push(`- **${l.question}:** ${mdText(ship.questionText, '  ')}`);
  if (ship.perspective) facts.push(`- **${l.perspective}:** ${mdText(ship.perspective)}`);
  if (ship.budget) facts.push(`- **${l.budget}:** ${mdText(ship.budget)}`);
  if (ship.originStation) facts.push(`- **${l.origin}:** ${mdText(ship.originStation)}`);
  if (ship.carriedFrom) facts.push(`- ${l.carriedFrom}`);
  if (facts.length) lines.push(...facts, '');
  if (ship.approach.trim()) lines.push(mdText(ship.approach), '');
  if (ship.steps.length) {
    lines.push(`**${l.steps}:**`, '');
    for (const step of ship.steps) {
      const extra = [step.owner && `${l.owner}: ${mdText(step.owner)}`, step.due && `${l.due}: ${step.due}`]
        .filter(Boolean)
        .join(', ');
      lines.push(`- [${step.done ? 'x' : ' '}] ${mdText(step.text, '  ') || l.none}${extra ? ` (${extra})` : ''}`);
    }
    lines.push('');
  }
  const crew = ship.crew.filter((m) => m.name.trim());
  if (crew.length) {
    const names = crew.map((m) => mdText(m.name) + (m.organisation.trim() ? ` (${mdText(m.organisation)})` : ''));
    lines.push(`**${l.crew}:** ${names.join(', ')}`, '');
  }
  return lines;
}

function noteLine(note: ResultNote, l: ResultLabels): string {
  const extra = [note.teamName && mdText(note.teamName), note.votes > 0 && l.dots(note.votes)].filter(Boolean);
  return `- ${mdText(note.text, '  ')}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

function boardLines(board: ResultBoard, l: ResultLabels): string[] {
  const lines = [`### ${mdText(board.stationName)}`, ''];
  for (const group of board.groups) {
    const votes = group.votes > 0 ? ` (${l.dots(group.votes)})` : '';
    lines.push(`#### ${l.group}: ${mdText(group.title) || l.untitledGroup}${votes}`, '');
    for (const note of group.notes) lines.push(noteLine(note, l));
    lines.push('');
  }
  if (board.loose.length) {
    if (board.groups.length) lines.push(`#### ${l.loose}`, '');
    for (const note of board.loose) lines.push(noteLine(note, l));
    lines.push('');
  }
  return lines;
}

export function resultsMarkdown(results: WorkshopResults): string {
  const { workshop } = results;
  const l = resultLabels(workshop.locale);
  const out: string[] = [`# ${mdText(workshop.title)}`, ''];
  const facts = [
    workshop.date && `**${l.date}:** ${formatResultDate(workshop.date, workshop.locale)}`,
    workshop.venue.trim() && `**${l.venue}:** ${mdText(workshop.venue)}`,
  ].filter(Boolean);
  if (facts.length) out.push(facts.join('  \n'), '');
  if (workshop.guidingQuestion.trim()) out.push(`> ${mdText(workshop.guidingQuestion, '> ')}`, '');

  if (results.promotedQuestions.length) {
    out.push(`## ${l.promotedQuestions}`, '');
    for (const q of results.promotedQuestions) {
      out.push(`${q.promotedRank ?? ''}. ${mdText(q.text, '   ')} (${mdText(q.teamName)})`);
    }
    out.push('');
  }
  if (results.ships.length) {
    out.push(`## ${l.ships}`, '');
    for (const ship of results.ships) out.push(...shipLines(ship, l));
  }
  if (results.insights.length) {
    out.push(`## ${l.insights}`, '');
    for (const room of results.insights) {
      out.push(`### ${mdText(room.stationName)}`, '');
      for (const insight of room.insights) out.push(`- ${mdText(insight.text, '  ')}`);
      out.push('');
    }
  }
  if (results.votes.length) {
    out.push(`## ${l.votes}`, '');
    for (const vote of results.votes) {
      out.push(`### ${mdText(vote.title)}${vote.stationName ? ` (${mdText(vote.stationName)})` : ''}`, '');
      out.push(`| ${l.item} | ${l.count} |`, '| --- | ---: |');
      for (const item of vote.items) {
        const mark = vote.promoted.includes(item.id) ? ` **(${l.promoted})**` : '';
        out.push(`| ${mdText(item.label).replace(/ {2}\n/g, ' ')}${mark} | ${item.count} |`);
      }
      out.push('');
    }
  }
  if (results.personas.length) {
    out.push(`## ${l.personas}`, '');
    for (const p of results.personas) {
      out.push(`### ${mdText(p.teamName)}`, '', ...personaLines(p.persona, l), '');
    }
  }
  if (results.boards.length) {
    out.push(`## ${l.boards}`, '');
    for (const board of results.boards) out.push(...boardLines(board, l));
  }
  const otherQuestions = results.questions.filter((q) => q.promotedRank === null && q.text.trim());
  if (otherQuestions.length) {
    out.push(`## ${results.promotedQuestions.length ? l.otherQuestions : l.questions}`, '');
    for (const q of otherQuestions) out.push(`- ${mdText(q.text, '  ')} (${mdText(q.teamName)})`);
    out.push('');
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
