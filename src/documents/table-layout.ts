// How wide each column of a document table is, as a browser lays out a table: every column gets
// room for its longest word, and the room left goes to the columns with the most text. A table
// whose longest words do not fit is set in a smaller size first, so that words are not cut.
// Shared by the DOCX and PDF renderers; each measures text its own way.

export interface ColumnNeeds {
  /** Per column: the widest word (plus padding). */
  least: number[];
  /** Per column: the widest cell on one line (plus padding). */
  natural: number[];
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Widths that add up to `total`. */
export function columnWidths({ least, natural }: ColumnNeeds, total: number): number[] {
  if (sum(least) >= total) return least.map((width) => (width / (sum(least) || 1)) * total);
  if (sum(natural) <= total) {
    const extra = (total - sum(natural)) / Math.max(1, natural.length);
    return natural.map((width) => width + extra);
  }
  const room = total - sum(least);
  const wants = natural.map((width, column) => Math.max(0, width - (least[column] ?? 0)));
  return least.map((width, column) => width + (room * (wants[column] ?? 0)) / (sum(wants) || 1));
}

/** The largest of `sizes` (largest first) at which every word fits, and the column widths. */
export function fitTable(
  sizes: number[],
  needs: (size: number) => ColumnNeeds,
  total: number,
): { size: number; widths: number[] } {
  let chosen = sizes[0] ?? 10;
  let measured = needs(chosen);
  for (const size of sizes.slice(1)) {
    if (sum(measured.least) <= total) break;
    chosen = size;
    measured = needs(size);
  }
  return { size: chosen, widths: columnWidths(measured, total) };
}
