import { describe, expect, it } from 'vitest';
import { NOTE_GAP, placeNote, settleConcurrent, type PlacedNote } from './note-placement';
import type { Rect } from './viewport-math';

const SIZE = { w: 180, h: 180 };

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function noneOverlap(rects: readonly Rect[]): boolean {
  return rects.every((a, i) => rects.every((b, j) => i === j || !overlap(a, b)));
}

/** One client: places a note against its own view of the board and adds it there. */
function add(view: PlacedNote[], id: string, createdAt: number, wish = { x: 0, y: 0 }): PlacedNote {
  const spot = placeNote(wish, SIZE, view);
  const note = { id, createdAt, ...spot, ...SIZE };
  view.push(note);
  return note;
}

describe('placing a new note', () => {
  it('takes the wished spot when it is free', () => {
    expect(placeNote({ x: 500, y: 40 }, SIZE, [{ x: 0, y: 0, ...SIZE }])).toEqual({ x: 500, y: 40 });
  });

  it('goes right next to a note that covers the wished spot, not on top of it', () => {
    const existing = { x: 0, y: 0, ...SIZE };
    expect(placeNote({ x: 10, y: 10 }, SIZE, [existing])).toEqual({ x: 180 + NOTE_GAP, y: 0 });
  });

  it('fills the nearest free neighbour when the right side is taken', () => {
    const taken = [
      { x: 0, y: 0, ...SIZE },
      { x: 196, y: 0, ...SIZE },
    ];
    const spot = placeNote({ x: 0, y: 0 }, SIZE, taken);
    expect(spot).toEqual({ x: 0, y: 196 });
  });

  it('puts 30 notes added one after another at the same spot side by side without any overlap', () => {
    const view: PlacedNote[] = [];
    for (let i = 0; i < 30; i++) add(view, `n${i}`, i);
    expect(noneOverlap(view)).toBe(true);
    // They stay a compact cluster around the spot rather than a long line.
    const xs = view.map((n) => n.x);
    const ys = view.map((n) => n.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(8 * 196);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(8 * 196);
  });

  it('keeps clear of notes of other sizes', () => {
    const big = { x: -100, y: -100, w: 600, h: 400 };
    const spot = placeNote({ x: 0, y: 0 }, SIZE, [big]);
    expect(overlap({ ...spot, ...SIZE }, big)).toBe(false);
  });

  it('finds a spot in a crowded area by spiralling out', () => {
    const taken: Rect[] = [];
    for (let x = -5; x <= 5; x++) for (let y = -5; y <= 5; y++) taken.push({ x: x * 190, y: y * 190, ...SIZE });
    const spot = placeNote({ x: 0, y: 0 }, SIZE, taken, { gap: 10 });
    expect(taken.some((t) => overlap({ ...spot, ...SIZE }, t))).toBe(false);
  });
});

describe('notes created at once on several clients', () => {
  /** Four phones each add a note at the same moment, each seeing only the board as it was. */
  function concurrentRound(board: PlacedNote[], clients: string[], createdAt: number): PlacedNote[] {
    return clients.map((c) => add([...board], `${c}-${createdAt}`, createdAt));
  }

  /** Each client settles its own fresh notes against the merged board, until nothing moves. */
  function settle(board: PlacedNote[], fresh: Map<string, Map<string, { x: number; y: number }>>): number {
    let rounds = 0;
    for (; rounds < 20; rounds++) {
      // All clients look at the same merged board at once, then their moves meet.
      const snapshot = board.map((n) => ({ ...n }));
      const all = [...fresh].map(([client, own]) => ({
        own,
        moves: settleConcurrent(own, snapshot, { pick: Number(client.slice(1)) % 3 }),
      }));
      let moved = false;
      for (const { own, moves } of all) {
        for (const [id, p] of moves) {
          Object.assign(
            board.find((n) => n.id === id)!,
            p,
          );
          own.set(id, p);
          moved = true;
        }
      }
      if (!moved) break;
    }
    return rounds;
  }

  it('overlap when placed blindly, and are spread apart once each client settles its own notes', () => {
    const board: PlacedNote[] = [{ id: 'old', createdAt: 0, x: 0, y: 0, ...SIZE }];
    const clients = ['c1', 'c2', 'c3', 'c4'];
    const created = concurrentRound(board, clients, 1000);
    board.push(...created);
    // Each placed against the same view: all four chose the same spot.
    expect(noneOverlap(board)).toBe(false);
    const fresh = new Map(
      clients.map((c, i) => [c, new Map([[created[i]!.id, { x: created[i]!.x, y: created[i]!.y }]])]),
    );
    const rounds = settle(board, fresh);
    expect(noneOverlap(board)).toBe(true);
    expect(rounds).toBeLessThan(6);
    // The note made first (same createdAt: lowest id) keeps its place; the old note never moves.
    expect(board.find((n) => n.id === 'old')).toMatchObject({ x: 0, y: 0 });
    expect(board.find((n) => n.id === 'c1-1000')).toMatchObject({ x: created[0]!.x, y: created[0]!.y });
  });

  it('settles six clients adding five notes each in quick bursts', () => {
    const board: PlacedNote[] = [];
    const clients = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
    const fresh = new Map(clients.map((c) => [c, new Map<string, { x: number; y: number }>()]));
    for (let burst = 0; burst < 5; burst++) {
      const created = concurrentRound(board, clients, 1000 + burst);
      board.push(...created);
      created.forEach((n, i) => fresh.get(clients[i]!)!.set(n.id, { x: n.x, y: n.y }));
      settle(board, fresh);
    }
    expect(board).toHaveLength(30);
    expect(noneOverlap(board)).toBe(true);
  });

  it('only ever moves the later note of a pair, on the client that made it', () => {
    const a = { id: 'a', createdAt: 100, x: 0, y: 0, ...SIZE };
    const b = { id: 'b', createdAt: 200, x: 20, y: 0, ...SIZE };
    expect(settleConcurrent(new Map([['a', { x: 0, y: 0 }]]), [a, b]).size).toBe(0);
    const moves = settleConcurrent(new Map([['b', { x: 20, y: 0 }]]), [a, b]);
    expect(moves.size).toBe(1);
    expect(overlap({ ...moves.get('b')!, ...SIZE }, a)).toBe(false);
  });

  it('leaves a note alone once someone has moved it, and ignores notes made long before', () => {
    const old = { id: 'old', createdAt: 0, x: 0, y: 0, ...SIZE };
    const dragged = { id: 'd', createdAt: 10, x: 30, y: 30, ...SIZE };
    expect(settleConcurrent(new Map([['d', { x: 400, y: 0 }]]), [old, dragged]).size).toBe(0);
    const late = { id: 'late', createdAt: 60_000, x: 30, y: 30, ...SIZE };
    expect(settleConcurrent(new Map([['late', { x: 30, y: 30 }]]), [old, late]).size).toBe(0);
  });
});
