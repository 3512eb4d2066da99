import { expect, it } from 'vitest';
import { checkAnswerShapes } from '@/domain/answer-shapes';
import type { Dossier } from '@/schemas/dossier';
import { realRegistry } from '../helpers/registry';

const registry = realRegistry();

it.each<[string, Dossier['answers'], { path: (string | number)[]; message: string }[]]>([
  [
    'valid answers',
    { scope: { 'value-status': 'firm', 'estimated-value': 1000, framework: 'yes' } },
    [],
  ],
  [
    'text where money belongs',
    { scope: { 'estimated-value': '1000' } },
    [
      {
        path: ['dossier', 'answers', 'scope', 'estimated-value'],
        message: 'expected a number for "estimated-value", found text',
      },
    ],
  ],
  [
    'text where yes/no belongs',
    { governance: { 'steering-committee': 'yes' } },
    [
      {
        path: ['dossier', 'answers', 'governance', 'steering-committee'],
        message: 'expected true or false for "steering-committee", found text',
      },
    ],
  ],
  [
    'a bad date in a group item',
    { budget: { budgets: [{ id: 'b', party: 'p', 'approval-date': '31/03/2027' }] } },
    [
      {
        path: ['dossier', 'answers', 'budget', 'budgets', 0, 'approval-date'],
        message: 'expected a date written YYYY-MM-DD for "approval-date", found text',
      },
    ],
  ],
  [
    'text where a group belongs',
    { 'buyers-group': { authorities: 'all of them' } },
    [
      {
        path: ['dossier', 'answers', 'buyers-group', 'authorities'],
        message: 'expected a list of items for "authorities", found text',
      },
    ],
  ],
  ['a step this content does not know', { 'future-step': { anything: 1 } }, []],
])('%s', (_name, answers, expected) => {
  expect(checkAnswerShapes({ answers }, registry)).toEqual(expected);
});
