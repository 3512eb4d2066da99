import { describe, expect, it } from 'vitest';
import {
  evaluateCondition,
  isAnswered,
  referencedFields,
  type AnswerLookup,
} from '@/domain/conditions';
import type { Condition } from '@/schemas/condition';
import type { AnswerValue } from '@/schemas/dossier';

const answers: Record<string, AnswerValue> = {
  'scope.value-status': 'rough',
  'scope.estimated-value': 2_400_000,
  'governance.steering-committee': true,
  'objectives.objectives': ['interoperability', 'other'],
  'award.decision-date': '2027-09-01',
  'objectives.subject': '   ',
};
const lookup: AnswerLookup = (ref) => answers[ref];

describe('evaluateCondition', () => {
  it.each<[string, Condition, boolean]>([
    ['equals on a choice', { field: 'scope.value-status', op: 'equals', value: 'rough' }, true],
    [
      'equals is strict about type',
      { field: 'governance.steering-committee', op: 'equals', value: 'true' },
      false,
    ],
    [
      'equals on yes/no',
      { field: 'governance.steering-committee', op: 'equals', value: true },
      true,
    ],
    [
      'notEquals holds for an unanswered field',
      { field: 'scope.framework', op: 'notEquals', value: 'yes' },
      true,
    ],
    ['in', { field: 'scope.value-status', op: 'in', value: ['firm', 'rough'] }, true],
    ['notIn', { field: 'scope.value-status', op: 'notIn', value: ['firm', 'rough'] }, false],
    [
      'includes on a multiple choice',
      { field: 'objectives.objectives', op: 'includes', value: 'other' },
      true,
    ],
    [
      'excludes on a multiple choice',
      { field: 'objectives.objectives', op: 'excludes', value: 'innovation' },
      true,
    ],
    [
      'includes on an unanswered field',
      { field: 'objectives.nothing', op: 'includes', value: 'other' },
      false,
    ],
    ['gt on a number', { field: 'scope.estimated-value', op: 'gt', value: 216_000 }, true],
    ['lte on a number', { field: 'scope.estimated-value', op: 'lte', value: 2_400_000 }, true],
    ['lt on an ISO date', { field: 'award.decision-date', op: 'lt', value: '2027-10-01' }, true],
    ['gte on an unanswered field is false', { field: 'scope.missing', op: 'gte', value: 0 }, false],
    ['answered', { field: 'scope.value-status', op: 'answered' }, true],
    ['blank text is not answered', { field: 'objectives.subject', op: 'answered' }, false],
    ['notAnswered', { field: 'scope.framework', op: 'notAnswered' }, true],
    [
      'all',
      {
        all: [
          { field: 'scope.value-status', op: 'equals', value: 'rough' },
          { field: 'scope.estimated-value', op: 'gt', value: 1 },
        ],
      },
      true,
    ],
    [
      'any',
      {
        any: [
          { field: 'scope.value-status', op: 'equals', value: 'firm' },
          { field: 'scope.framework', op: 'notAnswered' },
        ],
      },
      true,
    ],
    ['not', { not: { field: 'scope.value-status', op: 'equals', value: 'rough' } }, false],
    [
      'nested',
      {
        all: [
          { not: { any: [{ field: 'scope.value-status', op: 'equals', value: 'unknown' }] } },
          { field: 'objectives.objectives', op: 'includes', value: 'interoperability' },
        ],
      },
      true,
    ],
  ])('%s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, lookup)).toBe(expected);
  });
});

describe('isAnswered', () => {
  it.each<[AnswerValue | undefined, boolean]>([
    [undefined, false],
    ['', false],
    [' ', false],
    ['x', true],
    [0, true],
    [false, true],
    [[], false],
    [['a'], true],
  ])('%j → %s', (value, expected) => expect(isAnswered(value)).toBe(expected));
});

it('lists every field a condition refers to', () => {
  expect(
    referencedFields({
      all: [
        { field: 'a.b', op: 'answered' },
        { not: { any: [{ field: 'c', op: 'equals', value: 1 }] } },
      ],
    }),
  ).toEqual(['a.b', 'c']);
});
