// Evaluates the structured conditions of content files (src/schemas/condition.ts) against
// answers. Pure: the caller says how to look a field up, so the same code serves the dossier's
// submitted answers, a form being typed, and a repeatable group item.
import type { Condition, FieldCondition, FieldRef, ScalarValue } from '@/schemas/condition';
import type { AnswerValue } from '@/schemas/dossier';

/** Returns the answer a reference points to, or undefined when there is none. */
export type AnswerLookup = (ref: FieldRef) => AnswerValue | undefined;

export function isAnswered(value: AnswerValue | undefined | null): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function sameValue(actual: AnswerValue | undefined, expected: ScalarValue): boolean {
  if (typeof actual === 'number' && typeof expected === 'string' && expected.trim() !== '') {
    return actual === Number(expected);
  }
  return actual === expected;
}

function compareOrder(actual: AnswerValue | undefined, expected: number | string): number | null {
  if (typeof actual === 'number' && typeof expected === 'number') return actual - expected;
  if (typeof actual === 'string' && typeof expected === 'string' && actual !== '') {
    // ISO dates (YYYY-MM-DD) order correctly as strings.
    return actual < expected ? -1 : actual > expected ? 1 : 0;
  }
  return null;
}

function evaluateField(condition: FieldCondition, lookup: AnswerLookup): boolean {
  const actual = lookup(condition.field);
  switch (condition.op) {
    case 'answered':
      return isAnswered(actual);
    case 'notAnswered':
      return !isAnswered(actual);
    case 'equals':
      return sameValue(actual, condition.value);
    case 'notEquals':
      return !sameValue(actual, condition.value);
    case 'in':
      return condition.value.some((expected) => sameValue(actual, expected));
    case 'notIn':
      return !condition.value.some((expected) => sameValue(actual, expected));
    case 'includes':
      return Array.isArray(actual) && actual.some((item) => item === condition.value);
    case 'excludes':
      return !(Array.isArray(actual) && actual.some((item) => item === condition.value));
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const order = compareOrder(actual, condition.value);
      if (order === null) return false;
      if (condition.op === 'gt') return order > 0;
      if (condition.op === 'gte') return order >= 0;
      if (condition.op === 'lt') return order < 0;
      return order <= 0;
    }
  }
}

export function evaluateCondition(condition: Condition, lookup: AnswerLookup): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, lookup));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, lookup));
  if ('not' in condition) return !evaluateCondition(condition.not, lookup);
  return evaluateField(condition, lookup);
}

/** Every field reference in a condition, for content:check and dependency tracking. */
export function referencedFields(condition: Condition): FieldRef[] {
  if ('all' in condition) return condition.all.flatMap(referencedFields);
  if ('any' in condition) return condition.any.flatMap(referencedFields);
  if ('not' in condition) return referencedFields(condition.not);
  return [condition.field];
}

/** Splits "step.field" into its parts; a bare "field" has no step. */
export function parseFieldRef(ref: FieldRef): { step?: string; field: string } {
  const dot = ref.indexOf('.');
  return dot === -1 ? { field: ref } : { step: ref.slice(0, dot), field: ref.slice(dot + 1) };
}
