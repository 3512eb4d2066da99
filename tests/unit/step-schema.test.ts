import { describe, expect, it } from 'vitest';
import { validateStep, type StepValidation } from '@/domain/step-schema';
import type { StepDraft } from '@/schemas/dossier';
import { fieldContext } from '../helpers/field-context';
import { answersBefore } from '../helpers/fixture-answers';
import { realRegistry } from '../helpers/registry';
import { validStepValues } from '../fixtures/step-values';

const registry = realRegistry();
const step = (id: string) => {
  const found = registry.steps[id];
  if (!found) throw new Error(`No step ${id}`);
  return found;
};
const buyers = {
  'buyers-group': {
    authorities: [
      { id: 'auth-ro', name: 'RO' },
      { id: 'auth-pl', name: 'PL' },
      { id: 'auth-gr', name: 'GR' },
    ],
  },
};

function validate(stepId: string, values: StepDraft, locale = 'en-GB'): StepValidation {
  return validateStep(step(stepId), values, buyers, fieldContext(registry, buyers, locale));
}

/** A step checked with the answers of every other step filled in, as in a real dossier. */
function validateInContext(stepId: string, values: StepDraft): StepValidation {
  const answers = answersBefore(registry, stepId);
  return validateStep(step(stepId), values, answers, fieldContext(registry, answers));
}
const issues = (result: StepValidation) => (result.success ? [] : result.issues);

describe('every step of the real content', () => {
  it.each(Object.keys(registry.steps))('%s accepts its valid fixture', (id) => {
    const values = validStepValues[id];
    expect(values, `tests/fixtures/step-values.ts has no values for step "${id}"`).toBeDefined();
    const result = validateInContext(id, values ?? {});
    expect(issues(result)).toEqual([]);
  });

  it.each(Object.keys(registry.steps))(
    '%s refuses an empty form with a message per required question',
    (id) => {
      const result = validate(id, {});
      expect(result.success).toBe(false);
      for (const issue of issues(result)) {
        expect(issue.message).not.toMatch(/Invalid input|expected|undefined/);
        expect(issue.path.length).toBeGreaterThan(0);
      }
    },
  );
});

describe('validation of answers', () => {
  it('turns typed text into typed answers', () => {
    const result = validate('scope', {
      'value-status': 'firm',
      'estimated-value': '2,400,000.50',
      'duration-months': '48',
      framework: 'yes',
    });
    expect(result).toEqual({
      success: true,
      answers: {
        'value-status': 'firm',
        'estimated-value': 2_400_000.5,
        'duration-months': 48,
        framework: 'yes',
      },
    });
  });

  it('reads money the way a French user types it', () => {
    const result = validate(
      'scope',
      { 'value-status': 'firm', 'estimated-value': '2 400 000,50', framework: 'no' },
      'fr-FR',
    );
    expect(result.success && result.answers['estimated-value']).toBe(2_400_000.5);
  });

  it('gives the field’s own message when a required answer is missing', () => {
    expect(issues(validate('objectives', { subject: '' }))).toContainEqual({
      path: ['subject'],
      message: 'Enter a short title for the purchase',
    });
  });

  it.each<[string, StepDraft, string[], string]>([
    [
      'money with letters',
      { 'value-status': 'firm', 'estimated-value': '12abc', framework: 'no' },
      ['estimated-value'],
      'The estimated total value must be an amount in euros, like 1,250,000',
    ],
    [
      'money with fractions of a cent',
      { 'value-status': 'firm', 'estimated-value': '10.555', framework: 'no' },
      ['estimated-value'],
      'The estimated total value can have at most 2 decimal places (cents)',
    ],
    [
      'negative money',
      { 'value-status': 'firm', 'estimated-value': '-5', framework: 'no' },
      ['estimated-value'],
      'The estimated total value must be 0 or more',
    ],
    [
      'a number that is not whole',
      { 'value-status': 'unknown', 'duration-months': '4.5', framework: 'no' },
      ['duration-months'],
      'The duration must be a whole number',
    ],
    [
      'a number above its maximum',
      { 'value-status': 'unknown', 'duration-months': '500', framework: 'no' },
      ['duration-months'],
      'The duration must be 240 or less',
    ],
  ])('refuses %s', (_name, values, path, message) => {
    expect(issues(validate('scope', values))).toContainEqual({ path, message });
  });

  it('drops an answer whose question is hidden, and does not require it', () => {
    const result = validate('scope', {
      'value-status': 'unknown',
      'estimated-value': '999',
      framework: 'unknown',
    });
    expect(result).toEqual({
      success: true,
      answers: { 'value-status': 'unknown', framework: 'unknown' },
    });
  });

  it('requires a question only when its requiredIf holds', () => {
    const base = { subject: 'x', 'contract-type': 'supplies', description: 'y' };
    expect(
      issues(validate('objectives', { ...base, objectives: ['other'], 'objectives-other': '' })),
    ).toContainEqual({
      path: ['objectives-other'],
      message: 'Describe the other reason to buy together',
    });
    expect(
      validate('objectives', { ...base, objectives: ['innovation'], 'objectives-other': '' })
        .success,
    ).toBe(true);
  });

  it('refuses an option that is not offered', () => {
    expect(
      issues(
        validate('objectives', {
          subject: 'x',
          'contract-type': 'weapons',
          description: 'y',
          objectives: ['innovation'],
        }),
      )[0]?.path,
    ).toEqual(['contract-type']);
  });

  it('refuses a party that is not in the buyers group', () => {
    expect(
      issues(
        validate('lead-authority', {
          ...validStepValues['lead-authority'],
          'lead-party': 'auth-xx',
        }),
      ),
    ).toContainEqual({
      path: ['lead-party'],
      message: 'Select an authority that is in the buyers group',
    });
  });

  it('needs at least the minimum number of group items', () => {
    expect(
      issues(
        validate('buyers-group', {
          authorities: [
            { id: 'a', name: 'Only one', country: 'ro', 'authority-type': 'sub-central' },
          ],
        }),
      ),
    ).toEqual([
      {
        path: ['authorities'],
        message: 'Add at least 2 authorities: a joint procurement needs two or more buyers',
      },
    ]);
  });

  it('checks each group item and points at the item’s field', () => {
    const result = validate('buyers-group', {
      authorities: [
        { id: 'a', name: 'A', country: 'ro', 'authority-type': 'sub-central' },
        { id: 'b', name: '', country: 'xx', 'authority-type': 'sub-central' },
      ],
    });
    expect(issues(result)).toEqual([
      { path: ['authorities', 1, 'name'], message: 'Enter the name of the authority' },
      {
        path: ['authorities', 1, 'country'],
        message: 'Select one of the options given for Member state',
      },
    ]);
  });

  it('refuses the same authority twice', () => {
    const result = validate('buyers-group', {
      authorities: [
        { id: 'a', name: 'Border Police', country: 'ro', 'authority-type': 'sub-central' },
        { id: 'b', name: ' border police ', country: 'pl', 'authority-type': 'sub-central' },
      ],
    });
    expect(issues(result)).toEqual([
      {
        path: ['authorities', 1, 'name'],
        message:
          'Each authority can only be listed once. Remove the duplicate or correct its name.',
      },
    ]);
  });

  it.each<[string[], boolean]>([
    [['33.33', '33.33', '33.34'], true],
    [['50', '50'], true],
    [['33.33', '33.33', '33.33'], false],
    [['60', '50'], false],
  ])('cost shares %j add up to 100 %%: %s', (shares, valid) => {
    const parties = ['auth-ro', 'auth-pl', 'auth-gr'];
    const result = validate('cost-sharing', {
      method: 'percentage',
      shares: shares.map((share, index) => ({
        id: `s${index}`,
        party: parties[index] ?? '',
        share,
      })),
      'payment-flow': 'direct',
    });
    expect(result.success).toBe(valid);
    if (!valid)
      expect(issues(result)).toEqual([
        { path: ['shares'], message: 'The shares must add up to 100 %. Check each share.' },
      ]);
  });

  it('keeps a 5,000-character answer exactly as typed', () => {
    const long = `${'Ω {{party}} <b>x</b> ** ș '.repeat(200)}`.slice(0, 3000);
    const result = validate('objectives', {
      subject: 'x',
      'contract-type': 'supplies',
      description: long,
      objectives: ['innovation'],
    });
    expect(result.success && result.answers.description).toBe(long.trim());
  });
});
