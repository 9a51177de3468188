import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addShipStep,
  createShip,
  deleteShip,
  readShips,
  setShipText,
  shipsOf,
  updateShipStep,
} from '@mutopia/shared/board/ships';
import { ShipsCache } from './ships-cache';

function relay(from: Y.Doc, to: Y.Doc): void {
  from.on('update', (update: Uint8Array) => Y.applyUpdate(to, update, 'remote'));
}

describe('ships cache', () => {
  it('follows local and remote edits in the order readShips gives', () => {
    const here = new Y.Doc();
    const there = new Y.Doc();
    relay(there, here);
    const first = createShip(there, { title: 'Eins' })!;
    const cache = new ShipsCache(here);
    let calls = 0;
    cache.subscribe(() => calls++);
    expect(cache.getSnapshot().map((s) => s.title)).toEqual(['Eins']);

    const second = createShip(there, { title: 'Zwei' })!;
    const step = addShipStep(there, second, { text: 'Anrufen' })!;
    updateShipStep(there, second, step, { done: true });
    setShipText(here, first, 'approach', 'Hier getippt');
    const third = createShip(here, { title: 'Drei' })!;
    deleteShip(there, first);
    expect(cache.getSnapshot()).toEqual(readShips(here));
    expect(cache.getSnapshot().map((s) => s.id)).toEqual([second, third]);
    expect(cache.getSnapshot()[0]!.steps[0]).toMatchObject({ text: 'Anrufen', done: true });
    expect(calls).toBeGreaterThanOrEqual(6);
    cache.destroy();
  });

  it('keeps the objects of ships an edit did not touch', () => {
    const doc = new Y.Doc();
    const a = createShip(doc, { title: 'A' })!;
    createShip(doc, { title: 'B' });
    const cache = new ShipsCache(doc);
    const [, before] = cache.getSnapshot();
    setShipText(doc, a, 'title', 'A2');
    const [afterA, afterB] = cache.getSnapshot();
    expect(afterA!.title).toBe('A2');
    expect(afterB).toBe(before);
  });

  it('drops a ship that turns malformed and ignores foreign entries', () => {
    const doc = new Y.Doc();
    const a = createShip(doc, { title: 'A' })!;
    const cache = new ShipsCache(doc);
    const ships = shipsOf(doc) as unknown as Y.Map<unknown>;
    ships.set('junk', 42);
    expect(cache.getSnapshot().map((s) => s.id)).toEqual([a]);
    ships.set(a, 'no longer a ship');
    expect(cache.getSnapshot()).toEqual([]);
  });
});
