import { describe, expect, it } from 'vitest';
import { CULL_MARGIN, FAR_SCALE, firstWords, idsToRender, isFar, needsNewArea, renderArea } from './culling';

const size = { width: 1000, height: 800 };
const note = (x: number, y: number) => ({ x, y, w: 200, h: 200 });

describe('renderArea', () => {
  it('covers the screen and the margin around it, in board units', () => {
    expect(renderArea({ x: 0, y: 0, scale: 1 }, size)).toEqual({
      x: -CULL_MARGIN,
      y: -CULL_MARGIN,
      w: 1000 + 2 * CULL_MARGIN,
      h: 800 + 2 * CULL_MARGIN,
    });
    // At 50 % the same screen shows twice the board.
    expect(renderArea({ x: 100, y: 0, scale: 0.5 }, size)).toMatchObject({
      x: -200 - 2 * CULL_MARGIN,
      w: 2000 + 4 * CULL_MARGIN,
    });
  });
});

describe('idsToRender', () => {
  const byId = new Map([
    ['in', note(100, 100)],
    ['edge', note(-250, 0)],
    ['far', note(5000, 5000)],
    ['kept', note(-9000, -9000)],
  ]);
  const order = ['in', 'edge', 'far', 'kept', 'gone'];
  const area = renderArea({ x: 0, y: 0, scale: 1 }, size);

  it('takes the notes meeting the area, in the given order, and drops ids without a note', () => {
    expect(idsToRender(order, byId, area, new Set())).toEqual(['in', 'edge']);
  });

  it('always takes kept ids (selected, edited), however far away', () => {
    expect(idsToRender(order, byId, area, new Set(['kept']))).toEqual(['in', 'edge', 'kept']);
  });
});

describe('needsNewArea', () => {
  const start = { x: 0, y: 0, scale: 1 };

  it('keeps the rendered notes while a pan stays inside the margin', () => {
    expect(needsNewArea(start, { x: -(CULL_MARGIN - 10), y: CULL_MARGIN - 10, scale: 1 }, size)).toBe(false);
  });

  it('asks for new notes once the screen shows board beyond the margin', () => {
    expect(needsNewArea(start, { x: -(CULL_MARGIN + 10), y: 0, scale: 1 }, size)).toBe(true);
    expect(needsNewArea(start, { x: 0, y: CULL_MARGIN + 10, scale: 1 }, size)).toBe(true);
  });

  it('asks for new notes when zooming out shows more board, or zooming in far makes the margin too big', () => {
    expect(needsNewArea(start, { x: 0, y: 0, scale: 0.5 }, size)).toBe(true);
    expect(needsNewArea(start, { x: 0, y: 0, scale: 2 }, size)).toBe(true);
    expect(needsNewArea(start, { x: 0, y: 0, scale: 1.2 }, size)).toBe(false);
  });

  it('switches the detail level as soon as the zoom crosses it', () => {
    const near = { x: 0, y: 0, scale: FAR_SCALE + 0.01 };
    expect(needsNewArea(near, { ...near, scale: FAR_SCALE - 0.01 }, size)).toBe(true);
    expect(isFar(FAR_SCALE - 0.01)).toBe(true);
    expect(isFar(FAR_SCALE)).toBe(false);
  });
});

describe('firstWords', () => {
  it('keeps the first words of a long note and marks the cut', () => {
    expect(firstWords('  Mehr   Sprachkurse am Abend für Eltern mit kleinen Kindern ')).toBe(
      'Mehr Sprachkurse am Abend für Eltern',
    );
    expect(firstWords('Ein Wort')).toBe('Ein Wort');
    expect(firstWords('Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen')).toBe(
      'Donaudampfschifffahrtsgesellschaftskapitänsmütz…',
    );
  });
});
