import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, readNotes } from '../board/board-doc.js';
import { createGroup, deleteGroup, readGroups, setNotesGroup } from '../board/groups.js';
import { boardNotes, voteCountsByItem, type BoardNotesContext } from './board-notes.js';

const readBoardNotes = (doc: Y.Doc, context: BoardNotesContext) =>
  boardNotes({ notes: readNotes(doc), groups: readGroups(doc) }, context);

const teams = new Map([['team-1', { name: 'Team Süd', color: '#aa3300' }]]);
function context(votes: BoardNotesContext['votes'] = () => 0): BoardNotesContext {
  return { stationId: 'room-1', stationName: 'Anerkennung', kind: 'solutionRoom', team: (id) => teams.get(id), votes };
}

describe('readBoardNotes', () => {
  it('puts notes into their groups with team and dots, most dots first', () => {
    const doc = new Y.Doc();
    const group = createGroup(doc, { title: 'Lotsen', x: 0, y: 0 })!;
    const a = createNote(doc, { x: 10, y: 60, text: 'Erste', teamId: 'team-1' });
    const b = createNote(doc, { x: 300, y: 60, text: 'Zweite' });
    setNotesGroup(doc, [a, b], group);
    createNote(doc, { x: 0, y: 900, text: 'Lose', teamId: 'gone-team' });
    createNote(doc, { x: 0, y: 1200, text: '  ' });
    const votes = voteCountsByItem([
      { items: [{ id: b, kind: 'note', count: 4 }] },
      { items: [{ id: b, kind: 'note', count: 1 }] },
    ]);
    const board = readBoardNotes(doc, context(votes))!;
    expect(board.groups.map((g) => [g.title, g.notes.map((n) => [n.text, n.teamName, n.votes])])).toEqual([
      [
        'Lotsen',
        [
          ['Zweite', '', 5],
          ['Erste', 'Team Süd', 0],
        ],
      ],
    ]);
    // A team that no longer exists shows no team; a blank note is left out.
    expect(board.loose.map((n) => [n.text, n.teamId])).toEqual([['Lose', '']]);
  });

  it('treats a note whose group was deleted as loose, and an empty board as none', () => {
    const doc = new Y.Doc();
    expect(readBoardNotes(doc, context())).toBeNull();
    const group = createGroup(doc, { title: '', x: 0, y: 0 })!;
    const a = createNote(doc, { x: 10, y: 60, text: 'Bleibt' });
    setNotesGroup(doc, [a], group);
    deleteGroup(doc, group);
    expect(readBoardNotes(doc, context())!.loose.map((n) => n.text)).toEqual(['Bleibt']);
  });
});
