// Checks that the answers in a dossier have the shape their questions store: a number for a
// money question, true/false for yes/no, a list for a multiple choice. An imported file is
// checked with this before it is accepted, so a hand-edited or damaged file cannot put a value
// where the form or the rules expect another kind. Answers to steps or questions this content
// does not know are left alone: they may come from a newer content version.
import type { Field, ScalarField } from '@/schemas/content/field';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { AnswerValue, Dossier } from '@/schemas/dossier';
import { isIsoDate } from './numbers';

export interface ShapeIssue {
  path: (string | number)[];
  message: string;
}

const describe = (value: unknown) =>
  Array.isArray(value)
    ? 'a list'
    : value === null
      ? 'null'
      : typeof value === 'string'
        ? 'text'
        : `a ${typeof value}`;

function expectation(field: ScalarField): { test: (value: unknown) => boolean; words: string } {
  switch (field.kind) {
    case 'number':
    case 'money':
    case 'percentage':
      return { test: (value) => typeof value === 'number', words: 'a number' };
    case 'yesno':
      return { test: (value) => typeof value === 'boolean', words: 'true or false' };
    case 'multichoice':
      return {
        test: (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'),
        words: 'a list of option ids',
      };
    case 'date':
      return {
        test: (value) => typeof value === 'string' && isIsoDate(value),
        words: 'a date written YYYY-MM-DD',
      };
    default:
      return { test: (value) => typeof value === 'string', words: 'text' };
  }
}

function checkField(
  field: Field,
  value: AnswerValue,
  path: (string | number)[],
  issues: ShapeIssue[],
) {
  const name = field.id;
  if (field.kind === 'group') {
    if (
      !Array.isArray(value) ||
      value.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))
    ) {
      issues.push({
        path,
        message: `expected a list of items for "${name}", found ${describe(value)}`,
      });
      return;
    }
    value.forEach((item, index) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return;
      for (const sub of field.fields) {
        const subValue = (item as Record<string, AnswerValue>)[sub.id];
        if (subValue !== undefined) checkField(sub, subValue, [...path, index, sub.id], issues);
      }
    });
    return;
  }
  const { test, words } = expectation(field);
  if (!test(value))
    issues.push({ path, message: `expected ${words} for "${name}", found ${describe(value)}` });
}

export function checkAnswerShapes(
  dossier: Pick<Dossier, 'answers'>,
  registry: ContentRegistry,
): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  for (const [stepId, answers] of Object.entries(dossier.answers)) {
    const step = registry.steps[stepId];
    if (!step) continue;
    for (const field of step.fields) {
      const value = answers[field.id];
      if (value !== undefined)
        checkField(field, value, ['dossier', 'answers', stepId, field.id], issues);
    }
  }
  return issues;
}
