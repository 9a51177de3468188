import { describe, expect, it } from 'vitest';
import { INSIGHTS_PER_PAGE, insightsGrid, insightsPage } from './insights-layout';

describe('insightsGrid', () => {
  it('puts up to three insights side by side', () => {
    expect(insightsGrid(1)).toEqual({ columns: 1, rows: 1 });
    expect(insightsGrid(3)).toEqual({ columns: 3, rows: 1 });
  });

  it('makes a grid for more, never more than a page', () => {
    expect(insightsGrid(4)).toEqual({ columns: 2, rows: 2 });
    expect(insightsGrid(5)).toEqual({ columns: 3, rows: 2 });
    expect(insightsGrid(50)).toEqual({ columns: 3, rows: 3 });
  });
});

describe('insightsPage', () => {
  it('splits into pages of INSIGHTS_PER_PAGE', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(insightsPage(items, 0)).toHaveLength(INSIGHTS_PER_PAGE);
    expect(insightsPage(items, 2)).toEqual([18, 19]);
  });
});
