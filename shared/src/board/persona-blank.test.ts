import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPainPoint,
  emptyPersona,
  isPersonaEmpty,
  readPersona,
  setPersonaText,
  withoutBlankEntries,
  writePersona,
} from './persona.js';

describe('blank persona entries', () => {
  it('a card holding only pain points nobody wrote into is still empty', () => {
    const doc = new Y.Doc();
    addPainPoint(doc, '', []);
    addPainPoint(doc, '   ', ['room-1']);
    addPainPoint(doc, '\n\t ', []);
    expect(readPersona(doc).painPoints).toHaveLength(3);
    expect(isPersonaEmpty(readPersona(doc))).toBe(true);
    addPainPoint(doc, 'Wohnung', []);
    expect(isPersonaEmpty(readPersona(doc))).toBe(false);
  });

  it('drops blank and whitespace-only pain points for readers and exports, keeping the order of the rest', () => {
    const doc = new Y.Doc();
    setPersonaText(doc, 'name', 'Amira');
    addPainPoint(doc, 'Anerkennung', []);
    addPainPoint(doc, ' ', []);
    addPainPoint(doc, '', ['room-1']);
    addPainPoint(doc, '  Sprachkurs voll ', ['room-2']);
    const shown = withoutBlankEntries(readPersona(doc));
    expect(shown.painPoints.map((p) => p.text)).toEqual(['Anerkennung', '  Sprachkurs voll ']);
    expect(shown.painPoints[1]!.themeIds).toEqual(['room-2']);
    expect(shown.name).toBe('Amira');
  });

  it('does not store blank pain points when a whole persona is written', () => {
    const doc = new Y.Doc();
    writePersona(doc, {
      ...emptyPersona(),
      name: 'Jonas',
      painPoints: [
        { id: 'p1', text: '   ', themeIds: [] },
        { id: 'p2', text: 'Wohnung', themeIds: [] },
        { id: 'p3', text: '', themeIds: ['room-1'] },
      ],
    });
    expect(readPersona(doc).painPoints.map((p) => p.id)).toEqual(['p2']);
  });
});
