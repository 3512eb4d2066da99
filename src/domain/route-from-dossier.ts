// The legal route of a dossier: the rules' input read from its answers, the recommendation, and
// the route in force (the recommendation, or the user's recorded override).
import type { Thresholds } from '@/schemas/content/rules-data';
import { routeInputSchema, type ResolvedRouteInput, type RouteId } from '@/schemas/rules-input';
import { choiceAnswer, numberAnswer, textAnswer, type AnswersByStep } from './answers';
import { bindings } from './bindings';
import { adviseRoute, isRouteId, routeDirective, type RouteAdvice } from './legal-route';
import { listParties } from './parties';

const defenceLike = (answers: AnswersByStep) => {
  const nature = choiceAnswer(answers, bindings.nature);
  return nature === 'military' || nature === 'classified';
};

export function routeInputFromAnswers(answers: AnswersByStep): ResolvedRouteInput {
  const parties = listParties(answers);
  const period = choiceAnswer(answers, bindings.thresholdPeriod);
  return routeInputSchema.parse({
    memberStates: parties.length > 0 ? parties.map((party) => party.country ?? 'xx') : ['xx'],
    authorityTypes: parties.flatMap((party) =>
      party.authorityType === 'central-government' ||
      party.authorityType === 'sub-central' ||
      party.authorityType === 'public-law-body' ||
      party.authorityType === 'central-purchasing-body'
        ? [party.authorityType]
        : [],
    ),
    nature: choiceAnswer(answers, bindings.nature) ?? 'unknown',
    innovation: choiceAnswer(answers, bindings.innovation) ?? 'unknown',
    model: choiceAnswer(answers, bindings.model) ?? 'unknown',
    // The question is asked only for military or classified purchases.
    art346: choiceAnswer(answers, bindings.art346) ?? (defenceLike(answers) ? 'unknown' : 'no'),
    exclusion: choiceAnswer(answers, bindings.exclusion) ?? 'none',
    jointScope: choiceAnswer(answers, bindings.jointScope) ?? 'unknown',
    contractType: choiceAnswer(answers, bindings.contractType),
    estimatedValue: numberAnswer(answers, bindings.estimatedValue),
    ...(period ? { thresholdPeriod: period.replace('period-', '') } : {}),
  });
}

export function adviseDossierRoute(answers: AnswersByStep, thresholds?: Thresholds): RouteAdvice {
  return adviseRoute(routeInputFromAnswers(answers), thresholds);
}

export interface RouteInForce {
  route: RouteId;
  directive: RouteAdvice['directive'];
  /** True when the user overrode the recommendation. */
  overridden: boolean;
  recommended: RouteId;
}

/** The recommended route, unless the user recorded another one on the route-decision step. */
export function routeInForce(answers: AnswersByStep, thresholds?: Thresholds): RouteInForce {
  const recommended = adviseDossierRoute(answers, thresholds).route;
  const chosen = textAnswer(answers, bindings.chosenRoute);
  const overridden =
    choiceAnswer(answers, bindings.routeDecision) === 'override' && isRouteId(chosen);
  const route = overridden && isRouteId(chosen) ? chosen : recommended;
  return {
    route,
    directive: routeDirective[route],
    overridden: overridden && chosen !== recommended,
    recommended,
  };
}
