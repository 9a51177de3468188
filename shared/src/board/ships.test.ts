import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_LIMITS } from './content-limits.js';
import {
  addCrewMember,
  addShipStep,
  createShip,
  deleteShip,
  isShipOpen,
  moveShipStep,
  readShips,
  removeCrewMember,
  removeShipStep,
  setShipRefs,
  setShipText,
  shipsOf,
  updateCrewMember,
  updateShipStep,
  type Ship,
} from './ships.js';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function only(doc: Y.Doc): Ship {
  const ships = readShips(doc);
  expect(ships).toHaveLength(1);
  return ships[0]!;
}

describe('solution ships', () => {
  it('launches a ship with its references, steps and crew, in launch order', () => {
    const doc = new Y.Doc();
    const first = createShip(doc, {
      title: 'Sprachcafé im Betrieb',
      approach: 'Kolleg:innen üben in der Pause',
      questionId: 'q1',
      questionText: 'Wie können wir Deutsch am Arbeitsplatz stärken?',
      perspectiveId: 'employers',
      budgetTierId: 'one-euro',
      originStationId: 'mutopia-1-employers',
      steps: [{ text: 'Raum finden', owner: 'Ayla', due: '2025-03-01', done: false }],
      crew: [{ name: 'Jobcenter', organisation: 'Stadt' }],
    });
    const second = createShip(doc, { title: 'Zweites Schiff' });
    expect(first).not.toBeNull();
    const ships = readShips(doc);
    expect(ships.map((s) => s.id)).toEqual([first, second]);
    expect(ships[0]).toMatchObject({
      title: 'Sprachcafé im Betrieb',
      questionId: 'q1',
      perspectiveId: 'employers',
      budgetTierId: 'one-euro',
      originStationId: 'mutopia-1-employers',
      carriedFrom: '',
      steps: [{ text: 'Raum finden', owner: 'Ayla', due: '2025-03-01', done: false }],
      crew: [{ name: 'Jobcenter', organisation: 'Stadt' }],
    });
    expect(ships[1]).toMatchObject({ title: 'Zweites Schiff', approach: '', questionId: '', steps: [], crew: [] });
  });

  it('edits texts, references, steps and crew, and deletes', () => {
    const doc = new Y.Doc();
    const id = createShip(doc, { title: 'Alt' })!;
    setShipText(doc, id, 'title', 'Neu');
    setShipText(doc, id, 'approach', 'Ein Ansatz');
    setShipRefs(doc, id, { questionId: 'q2', questionText: 'Frage zwei' });
    const step = addShipStep(doc, id, { text: 'Anrufen' })!;
    updateShipStep(doc, id, step, { owner: 'Mo', due: '2025-12-31', done: true });
    const member = addCrewMember(doc, id, { name: 'Kammer' })!;
    updateCrewMember(doc, id, member, { organisation: 'IHK' });
    expect(only(doc)).toMatchObject({
      title: 'Neu',
      approach: 'Ein Ansatz',
      questionId: 'q2',
      questionText: 'Frage zwei',
      steps: [{ id: step, text: 'Anrufen', owner: 'Mo', due: '2025-12-31', done: true }],
      crew: [{ id: member, name: 'Kammer', organisation: 'IHK' }],
    });
    removeShipStep(doc, id, step);
    removeCrewMember(doc, id, member);
    expect(only(doc)).toMatchObject({ steps: [], crew: [] });
    deleteShip(doc, id);
    expect(readShips(doc)).toEqual([]);
  });

  it('clears a due date and refuses an invalid one', () => {
    const doc = new Y.Doc();
    const id = createShip(doc, { title: 'S' })!;
    const step = addShipStep(doc, id, { due: '2025-01-02' })!;
    updateShipStep(doc, id, step, { due: '' });
    expect(only(doc).steps[0]!.due).toBe('');
    expect(() => updateShipStep(doc, id, step, { due: '2025-13-45' })).toThrow();
    expect(() => addShipStep(doc, id, { due: 'morgen' })).toThrow();
  });

  it('reorders first steps', () => {
    const doc = new Y.Doc();
    const id = createShip(doc, { title: 'S' })!;
    const a = addShipStep(doc, id, { text: 'a' })!;
    const b = addShipStep(doc, id, { text: 'b' })!;
    const c = addShipStep(doc, id, { text: 'c' })!;
    moveShipStep(doc, id, c, 0);
    expect(only(doc).steps.map((s) => s.text)).toEqual(['c', 'a', 'b']);
    moveShipStep(doc, id, c, 99);
    expect(only(doc).steps.map((s) => s.id)).toEqual([a, b, c]);
    moveShipStep(doc, id, 'missing', 0);
    expect(only(doc).steps.map((s) => s.id)).toEqual([a, b, c]);
  });

  it('keeps to the limits: text lengths, steps, crew and ships', () => {
    const doc = new Y.Doc();
    const id = createShip(doc, { title: 'S' })!;
    setShipText(doc, id, 'title', 'x'.repeat(CONTENT_LIMITS.shortText + 50));
    setShipText(doc, id, 'approach', 'y'.repeat(CONTENT_LIMITS.longText + 50));
    expect(only(doc).title).toHaveLength(CONTENT_LIMITS.shortText);
    expect(only(doc).approach).toHaveLength(CONTENT_LIMITS.longText);
    for (let i = 0; i < CONTENT_LIMITS.stepsPerShip; i++) expect(addShipStep(doc, id)).not.toBeNull();
    expect(addShipStep(doc, id)).toBeNull();
    for (let i = 0; i < CONTENT_LIMITS.crewPerShip; i++) expect(addCrewMember(doc, id)).not.toBeNull();
    expect(addCrewMember(doc, id)).toBeNull();
    expect(only(doc).steps).toHaveLength(CONTENT_LIMITS.stepsPerShip);
    expect(() => createShip(doc, { title: 'z'.repeat(CONTENT_LIMITS.shortText + 1) })).toThrow();

    const harbour = new Y.Doc();
    for (let i = 0; i < CONTENT_LIMITS.ships; i++) createShip(harbour, { title: `S${i}` });
    expect(createShip(harbour, { title: 'one too many' })).toBeNull();
    expect(readShips(harbour)).toHaveLength(CONTENT_LIMITS.ships);
  });

  it('merges two people editing the same ship at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = createShip(a, { title: 'Brücke', approach: 'Mentoring' })!;
    sync(a, b);
    // Offline from each other: both type into the approach, add steps and crew.
    setShipText(a, id, 'approach', 'Mentoring für Azubis');
    setShipText(b, id, 'approach', 'Peer-Mentoring');
    const stepA = addShipStep(a, id, { text: 'Mentor:innen suchen' })!;
    const stepB = addShipStep(b, id, { text: 'Flyer drucken' })!;
    addCrewMember(a, id, { name: 'Verein A' });
    addCrewMember(b, id, { name: 'Verein B' });
    setShipRefs(b, id, { budgetTierId: 'big' });
    sync(a, b);
    const fromA = only(a);
    expect(only(b)).toEqual(fromA);
    expect(fromA.approach).toContain('für Azubis');
    expect(fromA.approach).toContain('Peer-');
    expect(fromA.steps.map((s) => s.id).sort()).toEqual([stepA, stepB].sort());
    expect(fromA.crew.map((c) => c.name).sort()).toEqual(['Verein A', 'Verein B']);
    expect(fromA.budgetTierId).toBe('big');
  });

  it('keeps a step ticked off on one side and retitled on the other', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = createShip(a, { title: 'S', steps: [{ text: 'Termin', owner: '', due: '', done: false }] })!;
    sync(a, b);
    const step = only(a).steps[0]!.id;
    updateShipStep(a, id, step, { done: true });
    updateShipStep(b, id, step, { text: 'Termin vereinbaren' });
    sync(a, b);
    expect(only(b).steps[0]).toMatchObject({ text: 'Termin vereinbaren', done: true });
  });

  it('counts a ship as open until every first step is done', () => {
    const doc = new Y.Doc();
    const id = createShip(doc, { title: 'S' })!;
    expect(isShipOpen(only(doc))).toBe(true);
    const one = addShipStep(doc, id)!;
    const two = addShipStep(doc, id)!;
    updateShipStep(doc, id, one, { done: true });
    expect(isShipOpen(only(doc))).toBe(true);
    updateShipStep(doc, id, two, { done: true });
    expect(isShipOpen(only(doc))).toBe(false);
  });

  it('reads past malformed data instead of losing the harbour', () => {
    const doc = new Y.Doc();
    const good = createShip(doc, { title: 'Gut', steps: [{ text: 's', owner: '', due: '', done: false }] })!;
    const ships = shipsOf(doc) as unknown as Y.Map<unknown>;
    ships.set('junk', 'not a ship');
    const odd = new Y.Map<unknown>();
    ships.set('odd', odd);
    odd.set('title', 42);
    odd.set('createdAt', 12.5);
    odd.set('questionId', 'q'.repeat(500));
    odd.set('steps', 'nope');
    const ship = ships.get(good) as Y.Map<unknown>;
    const step = [...(ship.get('steps') as Y.Map<Y.Map<unknown>>).values()][0]!;
    step.set('due', '2025-13-45');
    step.set('done', 'yes');
    (ship.get('crew') as Y.Map<unknown>).set('bad', 7);

    const read = readShips(doc);
    expect(read.map((s) => s.id).sort()).toEqual([good, 'odd'].sort());
    expect(read.find((s) => s.id === good)!.steps[0]).toMatchObject({ due: '', done: false });
    expect(read.find((s) => s.id === 'odd')).toMatchObject({ title: '', createdAt: 12, steps: [], crew: [] });
    expect(read.find((s) => s.id === 'odd')!.questionId).toHaveLength(64);
    // Writers leave something that is not a ship alone instead of throwing.
    setShipText(doc, 'junk', 'title', 'x');
    expect(addShipStep(doc, 'junk')).toBeNull();
    expect(addCrewMember(doc, 'missing')).toBeNull();
    updateShipStep(doc, 'missing', 'nope', { done: true });
    expect(ships.get('junk')).toBe('not a ship');
  });
});
