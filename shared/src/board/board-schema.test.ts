import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, initBoardMeta, setNoteText } from './board-doc.js';
import { boardRootDepth } from './board-schema.js';
import { createGroup, setGroupTitle } from './groups.js';
import { addInsight } from './insights.js';
import { addPainPoint, emptyPersona, setGermanLevel, writePersona } from './persona.js';
import { addCrewMember, addShipStep, createShip, setShipText } from './ships.js';

/** How deep types nest below `type`, counting `type` as 1. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types differ in their event type parameter.
function depthOf(type: Y.AbstractType<any>): number {
  let deepest = 1;
  const children = type instanceof Y.Map ? [...type.values()] : type instanceof Y.Array ? type.toArray() : [];
  for (const child of children) {
    if (child instanceof Y.AbstractType) deepest = Math.max(deepest, 1 + depthOf(child));
  }
  return deepest;
}

/** Every kind of content a board holds, written through the modules the client and server use. */
function fullBoard(): Y.Doc {
  const doc = new Y.Doc();
  initBoardMeta(doc, 'Alles');
  const note = createNote(doc, { x: 0, y: 0, text: 'Notiz' });
  setNoteText(doc, note, 'Notiz mit mehr Text');
  const group = createGroup(doc, { title: 'Gruppe', x: 0, y: 0 })!;
  setGroupTitle(doc, group, 'Gruppe 2');
  addInsight(doc, 'Erkenntnis');
  writePersona(doc, { ...emptyPersona(), name: 'Amira', story: 'Kam 2019' });
  setGermanLevel(doc, 'B2');
  addPainPoint(doc, 'Anerkennung dauert', ['work']);
  const ship = createShip(doc, {
    title: 'Schiff',
    steps: [{ text: 'Schritt', owner: 'Ana', due: '', done: false }],
    crew: [{ name: 'Ben', organisation: 'Stadt' }],
  })!;
  setShipText(doc, ship, 'approach', 'Ansatz');
  addShipStep(doc, ship, { text: 'Noch ein Schritt' });
  addCrewMember(doc, ship, { name: 'Cem' });
  return doc;
}

describe('board schema', () => {
  it('allows every top-level type and nesting the board modules write', () => {
    const doc = fullBoard();
    expect(doc.share.size).toBeGreaterThan(8);
    for (const [name, type] of doc.share) {
      const allowed = boardRootDepth(name);
      expect(allowed, name).toBeDefined();
      expect(depthOf(type), name).toBeLessThanOrEqual(allowed!);
    }
    // Ships nest deepest: ship → steps → step → text.
    expect(depthOf(doc.getMap('ships'))).toBe(boardRootDepth('ships'));
  });

  it('knows no top-level type outside the board', () => {
    expect(boardRootDepth('evil')).toBeUndefined();
    expect(boardRootDepth('toString')).toBeUndefined();
    expect(boardRootDepth('persona.secret')).toBeUndefined();
  });
});
