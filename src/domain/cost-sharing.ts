// Each authority's share of a cost, in cents, so that the shares always add up to the total:
// amounts are rounded down, then the cents left over go one by one to the largest remainders
// (ties in the order the authorities are listed).

export interface Allocation {
  party: string;
  cents: number;
}

/** Splits `totalCents` in proportion to the weights. Weights must not all be zero. */
export function splitCents(
  totalCents: number,
  weights: { party: string; weight: number }[],
): Allocation[] {
  if (!Number.isInteger(totalCents) || totalCents < 0)
    throw new RangeError('The total is a whole, non-negative number of cents');
  if (weights.some((entry) => !(entry.weight >= 0)))
    throw new RangeError('Weights are zero or more');
  const sum = weights.reduce((total, entry) => total + entry.weight, 0);
  if (sum <= 0) throw new RangeError('At least one weight must be above zero');
  const exact = weights.map((entry) => (totalCents * entry.weight) / sum);
  const floors = exact.map((value) => Math.floor(value + 1e-9));
  let left = totalCents - floors.reduce((total, value) => total + value, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - (floors[index] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index] = (floors[index] ?? 0) + 1;
    left -= 1;
  }
  return weights.map((entry, index) => ({ party: entry.party, cents: floors[index] ?? 0 }));
}

export type SharingMethod = 'percentage' | 'quantity' | 'equal';

export interface SharingInput {
  method: SharingMethod;
  totalEuro: number;
  parties: string[];
  /** Percentages by party, for "percentage". */
  percentages?: Record<string, number>;
  /** Quantities by party, for "quantity". */
  quantities?: Record<string, number>;
}

export type SharingResult =
  | { ok: true; allocations: (Allocation & { euro: number; percent: number })[] }
  | {
      ok: false;
      reason: 'no-parties' | 'percentages-not-100' | 'no-quantities' | 'negative-total';
    };

export function shareCosts(input: SharingInput): SharingResult {
  if (input.parties.length === 0) return { ok: false, reason: 'no-parties' };
  if (input.totalEuro < 0) return { ok: false, reason: 'negative-total' };
  const weightOf = (party: string): number => {
    if (input.method === 'equal') return 1;
    if (input.method === 'percentage') return input.percentages?.[party] ?? 0;
    return input.quantities?.[party] ?? 0;
  };
  if (input.method === 'percentage') {
    const total = input.parties.reduce(
      (sum, party) => sum + Math.round((input.percentages?.[party] ?? 0) * 100),
      0,
    );
    if (total !== 10_000) return { ok: false, reason: 'percentages-not-100' };
  }
  const weights = input.parties.map((party) => ({ party, weight: weightOf(party) }));
  if (weights.every((entry) => entry.weight === 0)) return { ok: false, reason: 'no-quantities' };
  const totalCents = Math.round(input.totalEuro * 100);
  const sum = weights.reduce((total, entry) => total + entry.weight, 0);
  return {
    ok: true,
    allocations: splitCents(totalCents, weights).map((allocation, index) => ({
      ...allocation,
      euro: allocation.cents / 100,
      percent: ((weights[index]?.weight ?? 0) / sum) * 100,
    })),
  };
}
