import { createNote, DEMO_BOARD_ID, initBoardMeta, type NewNote } from '@mutopia/shared';
import * as Y from 'yjs';
import type { BoardStore } from '../persistence/board-store.js';

const TITLE = 'Demo: Willkommen bei Mutopia';

const NOTES: NewNote[] = [
  { x: 0, y: 0, color: 'yellow', text: 'Willkommen! Doppelklick auf eine freie Stelle legt eine neue Notiz an.' },
  {
    x: 220,
    y: 0,
    color: 'green',
    text: 'Öffne diesen Link in einem zweiten Fenster: jede Änderung erscheint sofort in beiden.',
  },
  { x: 440, y: 0, color: 'blue', text: 'Ziehen verschiebt eine Notiz, die Ecke unten rechts ändert ihre Größe.' },
  {
    x: 0,
    y: 220,
    color: 'pink',
    text: 'Strg+Z macht deine letzte Änderung rückgängig – nur deine, nie die der anderen.',
  },
  {
    x: 220,
    y: 220,
    color: 'orange',
    w: 400,
    text: 'Wie können wir die Zusammenarbeit der Akteur:innen in der Beratung ausländischer Fachkräfte verbessern?',
  },
];

/** Creates the demo board on an empty database, so a first start shows the product working. */
export async function ensureDemoBoard(store: BoardStore): Promise<string | undefined> {
  if ((await store.count()) > 0) return undefined;
  const doc = new Y.Doc();
  initBoardMeta(doc, TITLE);
  for (const note of NOTES) createNote(doc, note);
  await store.create(DEMO_BOARD_ID, TITLE, Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return DEMO_BOARD_ID;
}
