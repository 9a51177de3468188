import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_LIMITS } from './content-limits.js';
import {
  addPainPoint,
  emptyPersona,
  isPersonaEmpty,
  observePersona,
  painPointsOf,
  personaOf,
  readPersona,
  removePainPoint,
  setGermanLevel,
  setPersonaText,
  updatePainPoint,
  writePersona,
} from './persona.js';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('persona card', () => {
  it('starts empty and reads back what was written', () => {
    const doc = new Y.Doc();
    expect(isPersonaEmpty(readPersona(doc))).toBe(true);
    setPersonaText(doc, 'name', 'Amira');
    setPersonaText(doc, 'story', 'Kam 2019 nach Leipzig.');
    setGermanLevel(doc, 'B1');
    const id = addPainPoint(doc, 'Anerkennung des Abschlusses', ['room-1'])!;
    const persona = readPersona(doc);
    expect(persona).toMatchObject({ name: 'Amira', story: 'Kam 2019 nach Leipzig.', germanLevel: 'B1' });
    expect(persona.painPoints).toEqual([{ id, text: 'Anerkennung des Abschlusses', themeIds: ['room-1'] }]);
    expect(isPersonaEmpty(persona)).toBe(false);
  });

  it('edits and removes pain points, keeping their order', () => {
    const doc = new Y.Doc();
    const a = addPainPoint(doc, 'A', [])!;
    const b = addPainPoint(doc, 'B', [])!;
    updatePainPoint(doc, a, { text: 'A2', themeIds: ['x', 'y'] });
    expect(readPersona(doc).painPoints).toEqual([
      { id: a, text: 'A2', themeIds: ['x', 'y'] },
      { id: b, text: 'B', themeIds: [] },
    ]);
    removePainPoint(doc, a);
    expect(readPersona(doc).painPoints.map((p) => p.id)).toEqual([b]);
  });

  it('writes a whole prepared persona, replacing the pain points', () => {
    const doc = new Y.Doc();
    addPainPoint(doc, 'alt', []);
    writePersona(doc, {
      ...emptyPersona(),
      name: 'Jonas',
      germanLevel: 'C1',
      painPoints: [{ id: 'p1', text: 'Wohnung', themeIds: [] }],
    });
    expect(readPersona(doc)).toMatchObject({ name: 'Jonas', germanLevel: 'C1', painPoints: [{ id: 'p1' }] });
    expect(() => writePersona(doc, { ...emptyPersona(), germanLevel: 'D9' as never })).toThrow();
  });

  it('cuts fields at their limits and refuses pain points beyond the maximum', () => {
    const doc = new Y.Doc();
    setPersonaText(doc, 'name', 'n'.repeat(CONTENT_LIMITS.shortText + 1));
    setPersonaText(doc, 'story', 's'.repeat(CONTENT_LIMITS.longText + 1));
    expect(readPersona(doc).name).toHaveLength(CONTENT_LIMITS.shortText);
    expect(readPersona(doc).story).toHaveLength(CONTENT_LIMITS.longText);
    for (let i = 0; i < CONTENT_LIMITS.painPoints; i++) expect(addPainPoint(doc, `${i}`, [])).not.toBeNull();
    expect(addPainPoint(doc, 'zu viel', [])).toBeNull();
    const many = Array.from({ length: 30 }, (_, i) => `t${i}`);
    const first = readPersona(doc).painPoints[0]!.id;
    updatePainPoint(doc, first, { themeIds: many });
    expect(readPersona(doc).painPoints[0]!.themeIds).toHaveLength(20);
  });

  it('keeps both pain points when two people add the first ones at the same time', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addPainPoint(a, 'von A', []);
    addPainPoint(b, 'von B', []);
    sync(a, b);
    const fromA = readPersona(a).painPoints.map((p) => p.text);
    expect(fromA.sort()).toEqual(['von A', 'von B']);
    expect(readPersona(b).painPoints).toEqual(readPersona(a).painPoints);
  });

  it('keeps both people’s words when they start typing into the same empty field at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setPersonaText(a, 'goals', 'Arbeit');
    setPersonaText(b, 'goals', 'Familie');
    sync(a, b);
    const goals = readPersona(a).goals;
    expect(goals).toContain('Arbeit');
    expect(goals).toContain('Familie');
    expect(readPersona(b).goals).toBe(goals);
  });

  it('merges concurrent edits of one field and of one pain point', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setPersonaText(a, 'origin', 'Syrien');
    const point = addPainPoint(a, 'Sprache', [])!;
    sync(a, b);
    setPersonaText(a, 'origin', 'Aleppo, Syrien');
    setPersonaText(b, 'origin', 'Syrien (2015)');
    updatePainPoint(a, point, { text: 'Sprache im Beruf' });
    updatePainPoint(b, point, { themeIds: ['t1'] });
    sync(a, b);
    expect(readPersona(a).origin).toBe('Aleppo, Syrien (2015)');
    expect(readPersona(a).painPoints).toEqual([{ id: point, text: 'Sprache im Beruf', themeIds: ['t1'] }]);
    expect(readPersona(b)).toEqual(readPersona(a));
  });

  it('reads malformed data as empty instead of failing', () => {
    const doc = new Y.Doc();
    personaOf(doc).set('germanLevel', 'fließend');
    const odd = new Y.Map<unknown>();
    odd.set('text', 42);
    odd.set('themeIds', ['ok', 7]);
    painPointsOf(doc).set('odd', odd);
    (painPointsOf(doc) as Y.Map<unknown>).set('plain', 'kein Map');
    const persona = readPersona(doc);
    expect(persona).toMatchObject({ germanLevel: '', painPoints: [{ id: 'odd', text: '', themeIds: ['ok'] }] });
  });

  it('tells an observer once per change of the card, including pain point text', () => {
    const doc = new Y.Doc();
    let calls = 0;
    const stop = observePersona(doc, () => calls++);
    setPersonaText(doc, 'name', 'A');
    const point = addPainPoint(doc, 'x', [])!;
    updatePainPoint(doc, point, { text: 'xy' });
    setGermanLevel(doc, 'A2');
    writePersona(doc, { ...emptyPersona(), name: 'B', goals: 'C' });
    expect(calls).toBe(5);
    doc.getMap('notes').set('other', 1);
    expect(calls).toBe(5);
    stop();
    setPersonaText(doc, 'name', 'Z');
    expect(calls).toBe(5);
  });
});
