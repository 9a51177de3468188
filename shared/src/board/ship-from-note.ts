import { CONTENT_LIMITS } from './content-limits.js';

const TITLE_FROM_NOTE = 80;

export interface ShipText {
  title: string;
  approach: string;
}

/**
 * A ship built from a sticky note (by hand or by a vote's promotion): the
 * note's first line (cut at a word, within a title's length) names it; the
 * lines after it are the approach, or the whole note when it is a single line
 * the title had to shorten. A one-line note so never says the same thing twice.
 */
export function shipFromNote(text: string): ShipText {
  const note = text.trim().slice(0, CONTENT_LIMITS.longText);
  const lineEnd = note.indexOf('\n');
  const firstLine = (lineEnd < 0 ? note : note.slice(0, lineEnd)).trim();
  const rest = lineEnd < 0 ? '' : note.slice(lineEnd + 1).trim();
  if (firstLine.length <= TITLE_FROM_NOTE) return { title: firstLine, approach: rest };
  const cut = firstLine.slice(0, TITLE_FROM_NOTE);
  const space = cut.lastIndexOf(' ');
  const title = `${(space > TITLE_FROM_NOTE / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
  return { title, approach: note };
}

/**
 * A ship from a cluster of notes: the cluster's title names it (or, untitled,
 * its first note does), and its notes, one line each, are the approach.
 */
export function shipFromGroup(groupTitle: string, noteTexts: readonly string[]): ShipText {
  const notes = noteTexts.map((t) => t.trim().replace(/\s*\n\s*/g, ' ')).filter((t) => t !== '');
  const named = groupTitle.trim() || (notes[0] ?? '');
  return {
    title: shipFromNote(named).title,
    approach: notes
      .map((t) => `– ${t}`)
      .join('\n')
      .slice(0, CONTENT_LIMITS.longText),
  };
}
