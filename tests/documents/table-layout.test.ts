// Column widths of document tables: words fit where they can, the widths fill the page, and a
// table too wide for its words steps down a font size before cutting any.
import { describe, expect, it } from 'vitest';
import { columnWidths, fitTable } from '@/documents/table-layout';

const total = (widths: number[]) => widths.reduce((sum, width) => sum + width, 0);

describe('columnWidths', () => {
  it('gives each column its natural width and shares what is left', () => {
    const widths = columnWidths({ least: [20, 30], natural: [40, 60] }, 200);
    expect(total(widths)).toBeCloseTo(200);
    expect(widths[0]).toBeCloseTo(90);
    expect(widths[1]).toBeCloseTo(110);
  });

  it('keeps every longest word whole and gives the rest to the columns with most text', () => {
    const widths = columnWidths({ least: [50, 20, 20], natural: [60, 400, 100] }, 200);
    expect(total(widths)).toBeCloseTo(200);
    widths.forEach((width, column) =>
      expect(width).toBeGreaterThanOrEqual([50, 20, 20][column] ?? 0),
    );
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 0);
  });

  it('shares the page in proportion when even the words do not fit', () => {
    expect(columnWidths({ least: [300, 100], natural: [300, 100] }, 200)).toEqual([150, 50]);
  });
});

describe('fitTable', () => {
  const needs = (size: number) => ({
    least: [size * 10, size * 10],
    natural: [size * 20, size * 20],
  });

  it('keeps the largest size at which the words fit', () => {
    expect(fitTable([10, 8, 6], needs, 250).size).toBe(10);
    expect(fitTable([10, 8, 6], needs, 170).size).toBe(8);
    expect(fitTable([10, 8, 6], needs, 50).size).toBe(6);
  });
});
