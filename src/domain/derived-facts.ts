// Facts computed from a dossier's answers that content conditions may test, written
// "derived.<name>": for example the tender steps offer only the procedures of the directive in
// force ({ "field": "derived.directive", "op": "equals", "value": "2009-81" }).
import type { StepAnswers } from '@/schemas/dossier';
import type { AnswersByStep } from './answers';
import { listParties } from './parties';
import { routeInForce } from './route-from-dossier';

export const DERIVED_STEP = 'derived';

export const derivedFactNames = ['route', 'directive', 'cross-border'] as const;
export type DerivedFactName = (typeof derivedFactNames)[number];

const cache = new WeakMap<object, StepAnswers>();

/** The derived facts; computed once per answers object (answers are replaced, never mutated). */
export function derivedFacts(answers: AnswersByStep): StepAnswers {
  const cached = cache.get(answers);
  if (cached) return cached;
  const inForce = routeInForce(answers);
  const countries = new Set(
    listParties(answers).flatMap((party) => (party.country ? [party.country] : [])),
  );
  const facts: Record<DerivedFactName, string | boolean> = {
    route: inForce.route,
    directive: inForce.directive,
    'cross-border': countries.size >= 2,
  };
  cache.set(answers, facts);
  return facts;
}
