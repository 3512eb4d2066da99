// Directive 2014/24/EU Article 72 (fact sheet §1.10).
import { describe, expect, it } from 'vitest';
import { checkModification } from '@/domain/modification';
import type { ModificationInput } from '@/schemas/rules-input';

const contract = { type: 'supplies', initialValue: 1_000_000, threshold: 140_000 } as const;
const verdict = (
  change: ModificationInput['change'],
  previous: number[] = [],
  extra: Partial<ModificationInput['contract']> = {},
) => checkModification({ contract: { ...contract, ...extra }, change, previous });
const applying = (result: ReturnType<typeof checkModification>) =>
  result.grounds.filter((ground) => ground.applies).map((ground) => ground.ground);

describe('Article 72 check', () => {
  it.each<[string, ModificationInput['change'], number[], string, string[]]>([
    [
      '72(1)(a): a clear review clause allows any value',
      { value: 800_000, reviewClause: true, substantial: { scopeWidened: true } },
      [],
      'allowed',
      ['72(1)(a)'],
    ],
    [
      '72(1)(a): not if the overall nature changes',
      {
        value: 800_000,
        reviewClause: true,
        overallNatureChanged: true,
        substantial: { scopeWidened: true },
      },
      [],
      'new-procedure',
      [],
    ],
    [
      '72(1)(b): additional supplies, contractor cannot change, ≤ 50 %',
      {
        value: 400_000,
        additionalNeed: true,
        changeOfContractorImpossible: true,
        substantial: { scopeWidened: true },
      },
      [],
      'notice',
      ['72(1)(b)'],
    ],
    [
      '72(1)(b): each increase is capped at 50 %',
      {
        value: 600_000,
        additionalNeed: true,
        changeOfContractorImpossible: true,
        substantial: { scopeWidened: true },
      },
      [],
      'new-procedure',
      [],
    ],
    [
      '72(1)(b): not when the contractor could be changed',
      { value: 300_000, additionalNeed: true, substantial: { scopeWidened: true } },
      [],
      'new-procedure',
      [],
    ],
    [
      '72(1)(c): unforeseeable, nature kept, ≤ 50 %',
      { value: 500_000, unforeseeable: true, substantial: { economicBalance: true } },
      [],
      'notice',
      ['72(1)(c)'],
    ],
    [
      '72(1)(c): not when the overall nature changes',
      {
        value: 200_000,
        unforeseeable: true,
        overallNatureChanged: true,
        substantial: { economicBalance: true },
      },
      [],
      'new-procedure',
      [],
    ],
    [
      '72(1)(d): succession after a merger',
      { value: 0, newContractor: 'succession' },
      [],
      'allowed',
      ['72(1)(d)', '72(1)(e)', '72(2)'],
    ],
    [
      '72(1)(d) and 72(4)(d): another new contractor is substantial',
      { value: 0, newContractor: 'other' },
      [],
      'allowed',
      ['72(2)'],
    ],
    ['72(1)(e): a non-substantial change', { value: 120_000 }, [], 'allowed', ['72(1)(e)']],
    [
      '72(2): below the threshold and 10 % of the value',
      { value: 90_000, substantial: { scopeWidened: true } },
      [],
      'allowed',
      ['72(2)'],
    ],
    [
      '72(2): successive changes count on their net cumulative value',
      { value: 60_000, substantial: { scopeWidened: true } },
      [50_000],
      'new-procedure',
      [],
    ],
    [
      '72(2): decreases net off increases',
      { value: 60_000, substantial: { scopeWidened: true } },
      [50_000, -30_000],
      'allowed',
      ['72(2)'],
    ],
    [
      '72(5): nothing applies → a new procedure',
      { value: 300_000, substantial: { otherCandidates: true } },
      [],
      'new-procedure',
      [],
    ],
  ])('%s', (_citation, change, previous, outcome, grounds) => {
    const result = verdict(change, previous);
    expect(result.outcome).toBe(outcome);
    expect(applying(result)).toEqual(grounds);
  });

  it('72(2): works allow 15 % of the value', () => {
    const change = { value: 130_000, substantial: { scopeWidened: true } };
    expect(verdict(change, [], { type: 'works', threshold: 5_404_000 }).outcome).toBe('allowed');
    expect(verdict(change, [], { type: 'supplies', threshold: 5_404_000 }).outcome).toBe(
      'new-procedure',
    );
  });

  it('72(3): with an indexation clause, limits use the updated price', () => {
    const change = {
      value: 550_000,
      additionalNeed: true,
      changeOfContractorImpossible: true,
      substantial: { scopeWidened: true },
    };
    expect(verdict(change).outcome).toBe('new-procedure');
    const indexed = verdict(change, [], { indexedValue: 1_200_000 });
    expect(indexed.outcome).toBe('notice');
    expect(indexed.referenceValue).toBe(1_200_000);
  });

  it('says when a large change with nothing ticked needs a second look at 72(4)(c)', () => {
    const result = verdict({ value: 400_000 });
    expect(
      result.grounds.find((ground) => ground.ground === '72(1)(e)')?.says.map((said) => said.id),
    ).toContain('modification-e-check-scope');
  });

  it('2009/81 has no modification article', () => {
    expect(
      checkModification({ contract: { ...contract, directive: '2009-81' }, change: { value: 1 } })
        .outcome,
    ).toBe('not-applicable');
  });
});
