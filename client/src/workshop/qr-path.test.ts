import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-path';

describe('qrPath', () => {
  it('draws runs of dark modules as rectangles, offset by the quiet zone', () => {
    const grid = [
      [1, 1, 0],
      [0, 0, 0],
      [1, 0, 1],
    ];
    expect(qrPath(3, (r, c) => grid[r]![c] === 1, 2)).toBe('M2 2h2v1h-2zM2 4h1v1h-1zM4 4h1v1h-1z');
  });

  it('is empty for an empty matrix', () => {
    expect(qrPath(2, () => false, 0)).toBe('');
  });
});
