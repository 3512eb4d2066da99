// Shares of a cost always add up to the total, to the cent (agreement content, Art. 39(4)(b)).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareCosts, splitCents } from '@/domain/cost-sharing';

describe('cost sharing', () => {
  it.each<[string, Parameters<typeof shareCosts>[0], number[]]>([
    [
      'equal thirds of 100.00 €',
      { method: 'equal', totalEuro: 100, parties: ['a', 'b', 'c'] },
      [33.34, 33.33, 33.33],
    ],
    [
      'percentages 33.33/33.33/33.34 of 1 000 000 €',
      {
        method: 'percentage',
        totalEuro: 1_000_000,
        parties: ['a', 'b', 'c'],
        percentages: { a: 33.33, b: 33.33, c: 33.34 },
      },
      [333_300, 333_300, 333_400],
    ],
    [
      'percentages with cents: 50/50 of 0.01 €',
      { method: 'percentage', totalEuro: 0.01, parties: ['a', 'b'], percentages: { a: 50, b: 50 } },
      [0.01, 0],
    ],
    [
      'by quantity 40/25/35 of 2 400 000 €',
      {
        method: 'quantity',
        totalEuro: 2_400_000,
        parties: ['a', 'b', 'c'],
        quantities: { a: 40, b: 25, c: 35 },
      },
      [960_000, 600_000, 840_000],
    ],
    [
      'by quantity 1/1/1 of 1 000 000.01 €',
      {
        method: 'quantity',
        totalEuro: 1_000_000.01,
        parties: ['a', 'b', 'c'],
        quantities: { a: 1, b: 1, c: 1 },
      },
      [333_333.34, 333_333.34, 333_333.33],
    ],
  ])('%s', (_name, input, euros) => {
    const result = shareCosts(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.allocations.map((allocation) => allocation.euro)).toEqual(euros);
    expect(result.allocations.reduce((sum, allocation) => sum + allocation.cents, 0)).toBe(
      Math.round(input.totalEuro * 100),
    );
  });

  it.each<[Parameters<typeof shareCosts>[0], string]>([
    [
      { method: 'percentage', totalEuro: 100, parties: ['a', 'b'], percentages: { a: 60, b: 30 } },
      'percentages-not-100',
    ],
    [{ method: 'quantity', totalEuro: 100, parties: ['a', 'b'], quantities: {} }, 'no-quantities'],
    [{ method: 'equal', totalEuro: 100, parties: [] }, 'no-parties'],
  ])('refuses %j', (input, reason) => {
    expect(shareCosts(input)).toEqual({ ok: false, reason });
  });

  it('always adds up to the total, whatever the weights (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 27 })
          .filter((weights) => weights.some((weight) => weight > 0)),
        (total, weights) => {
          const split = splitCents(
            total,
            weights.map((weight, index) => ({ party: `p${index}`, weight })),
          );
          expect(split.reduce((sum, allocation) => sum + allocation.cents, 0)).toBe(total);
          for (const allocation of split)
            expect(Number.isInteger(allocation.cents) && allocation.cents >= 0).toBe(true);
        },
      ),
    );
  });
});
