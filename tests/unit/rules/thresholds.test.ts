// Fact sheet §4: thresholds in force 2026-2027 and 2024-2025; Directive 2014/24/EU Art. 4.
import { expect, it } from 'vitest';
import { checkThreshold, groupBuyerClass, type ThresholdQuery } from '@/domain/thresholds';
import { rulesData } from '../../helpers/rules-data';

const data = rulesData.thresholds;

it.each<[string, ThresholdQuery, number, boolean, boolean]>([
  [
    'Del. Reg. 2025/2152: central supplies 140 000, value below',
    { value: 139_999, contract: 'supplies', buyer: 'central' },
    140_000,
    false,
    true,
  ],
  [
    'Art. 4: equal to the threshold is above',
    { value: 140_000, contract: 'supplies', buyer: 'central' },
    140_000,
    true,
    true,
  ],
  [
    'Del. Reg. 2025/2152: sub-central services 216 000',
    { value: 200_000, contract: 'services', buyer: 'sub-central' },
    216_000,
    false,
    true,
  ],
  [
    'Del. Reg. 2025/2152: works 5 404 000 for any buyer',
    { value: 6_000_000, contract: 'works', buyer: 'central' },
    5_404_000,
    true,
    true,
  ],
  [
    'Del. Reg. 2025/2487: 2009/81 supplies 432 000, derived (unverified)',
    { value: 500_000, contract: 'supplies', buyer: 'defence' },
    432_000,
    true,
    false,
  ],
  [
    'Del. Reg. 2025/2487: 2009/81 works 5 404 000, derived (unverified)',
    { value: 5_000_000, contract: 'works', buyer: 'defence' },
    5_404_000,
    false,
    false,
  ],
  [
    '2024-2025 (older dossiers): central supplies 143 000',
    { value: 141_000, contract: 'supplies', buyer: 'central', period: '2024-2025' },
    143_000,
    false,
    true,
  ],
  [
    '2024-2025: sub-central supplies 221 000',
    { value: 221_000, contract: 'supplies', buyer: 'sub-central', period: '2024-2025' },
    221_000,
    true,
    true,
  ],
  [
    '2024-2025: Del. Reg. 2023/2510, 2009/81 supplies 443 000',
    { value: 440_000, contract: 'supplies', buyer: 'defence', period: '2024-2025' },
    443_000,
    false,
    true,
  ],
  [
    'A date picks its period: 15 March 2025 → 2024-2025',
    { value: 200_000, contract: 'services', buyer: 'sub-central', period: '2025-03-15' },
    221_000,
    false,
    true,
  ],
])('%s', (_citation, query, threshold, above, verified) => {
  const result = checkThreshold(data, query);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect([result.threshold, result.above, result.verified]).toEqual([threshold, above, verified]);
});

it('has no period for 2030', () => {
  expect(
    checkThreshold(data, {
      value: 1,
      contract: 'supplies',
      buyer: 'central',
      period: '2030-01-01',
    }),
  ).toMatchObject({ ok: false });
});

it.each<[string[], 'central' | 'sub-central', boolean]>([
  [['central-government', 'central-government'], 'central', false],
  [['sub-central', 'public-law-body'], 'sub-central', false],
  [['central-government', 'sub-central'], 'central', true],
])('a group of %j uses the %s threshold (mixed: %s)', (types, buyer, mixed) => {
  expect(groupBuyerClass(types)).toEqual({ buyer, mixed });
});
