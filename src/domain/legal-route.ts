// Recommends how a buyers group can lawfully buy together, with the reasons, the articles, the
// alternatives and what to watch out for. It follows the decision rules of the legal fact sheet
// (§2.5): which directive, then which cooperation mechanism. It recommends; it does not decide:
// the user accepts or overrides the recommendation with a recorded reason.
import type { DirectiveId, Thresholds } from '@/schemas/content/rules-data';
import { routeIds, type ResolvedRouteInput, type RouteId } from '@/schemas/rules-input';
import { checkThreshold, groupBuyerClass, type ThresholdResult } from './thresholds';
import type { StatementId } from './statement-ids';
import { say, type Said } from './statements';

/** The directives a route can follow: the classic one, the defence one, or none. */
export type RouteDirective = Extract<DirectiveId, '2014-24' | '2009-81'> | 'none';

export interface RouteAdvice {
  route: RouteId;
  directive: RouteDirective;
  crossBorder: boolean;
  reasons: Said[];
  warnings: Said[];
  alternatives: { route: RouteId; because: Said }[];
  threshold?: ThresholdResult;
}

/** The directive whose procedures a route follows ("none": outside the directives). */
export const routeDirective: Record<RouteId, RouteDirective> = {
  'art37-cpb': '2014-24',
  'art38-joint': '2014-24',
  'art39-cpb': '2014-24',
  'art39-joint-award': '2014-24',
  'art39-joint-entity': '2014-24',
  pcp: 'none',
  'defence-cpb': '2009-81',
  'defence-national': '2009-81',
  'defence-lead-nation': '2009-81',
  'defence-cooperative-programme': 'none',
  'defence-international': 'none',
  'defence-g2g': 'none',
  art346: 'none',
};

export const isRouteId = (value: unknown): value is RouteId => routeIds.some((id) => id === value);

function defenceRoute(
  input: ResolvedRouteInput,
  crossBorder: boolean,
  advice: Omit<RouteAdvice, 'route' | 'directive'>,
): RouteAdvice {
  const done = (route: RouteId, because: Said): RouteAdvice => ({
    ...advice,
    route,
    directive: routeDirective[route],
    reasons: [...advice.reasons, because],
  });
  switch (input.exclusion) {
    case 'cooperative-programme':
      if (crossBorder)
        return done('defence-cooperative-programme', say('excluded-cooperative-programme'));
      advice.warnings.push(say('cooperative-programme-needs-two-states'));
      break;
    case 'international-agreement':
    case 'international-organisation':
      return done('defence-international', say('excluded-international'));
    case 'government-to-government':
      return done('defence-g2g', say('excluded-g2g'));
    case 'unknown':
      advice.warnings.push(say('exclusion-unknown'));
      break;
    default:
      break;
  }
  advice.warnings.push(say('defence-omnibus-pending'));
  if (input.model === 'cpb-own-state' || input.model === 'cpb-other-state')
    return done('defence-cpb', say('defence-cpb'));
  if (crossBorder) {
    advice.warnings.push(say('defence-two-relationships'));
    advice.alternatives.push(
      { route: 'defence-cpb', because: say('alternative-defence-cpb') },
      { route: 'defence-cooperative-programme', because: say('alternative-cooperative-programme') },
    );
    return done('defence-lead-nation', say('defence-no-art39'));
  }
  advice.alternatives.push({ route: 'defence-cpb', because: say('alternative-defence-cpb') });
  return done('defence-national', say('defence-national'));
}

function civilRoute(
  input: ResolvedRouteInput,
  crossBorder: boolean,
  advice: Omit<RouteAdvice, 'route' | 'directive'>,
): RouteAdvice {
  let route: RouteId;
  switch (input.model) {
    case 'joint-entity':
      if (crossBorder) {
        route = 'art39-joint-entity';
        advice.reasons.push(say('joint-entity'));
        break;
      }
      advice.warnings.push(say('joint-entity-single-state'));
      route = 'art38-joint';
      break;
    case 'cpb-other-state':
      route = 'art39-cpb';
      advice.reasons.push(say('cpb-other-state'));
      break;
    case 'cpb-own-state':
      route = crossBorder ? 'art39-cpb' : 'art37-cpb';
      advice.reasons.push(say(crossBorder ? 'cpb-other-state' : 'cpb-own-state'));
      break;
    default:
      if (input.model === 'unknown') advice.warnings.push(say('model-unknown'));
      route = crossBorder ? 'art39-joint-award' : 'art38-joint';
      advice.reasons.push(say(crossBorder ? 'joint-award' : 'joint-national'));
  }
  if (route === 'art38-joint' || route === 'art39-joint-award') {
    if (input.jointScope === 'whole') advice.reasons.push(say('whole-joint'));
    if (input.jointScope === 'parts') advice.reasons.push(say('parts-joint'));
  }
  if (input.innovation === 'develop-and-buy') advice.reasons.push(say('innovation-partnership'));
  if (input.innovation === 'new-to-market') advice.reasons.push(say('ppi'));
  if (crossBorder) advice.warnings.push(say('anti-circumvention'), say('remedies-gap'));

  const alternatives: [RouteId, StatementId][] = crossBorder
    ? [
        ['art39-joint-award', 'alternative-joint-award'],
        ['art39-cpb', 'alternative-cpb-other-state'],
        ['art39-joint-entity', 'alternative-joint-entity'],
      ]
    : [
        ['art38-joint', 'alternative-joint-national'],
        ['art37-cpb', 'alternative-cpb-own-state'],
        ['art39-cpb', 'alternative-cpb-other-state'],
      ];
  for (const [alternative, because] of alternatives)
    if (alternative !== route)
      advice.alternatives.push({ route: alternative, because: say(because) });
  return { ...advice, route, directive: routeDirective[route] };
}

function thresholdAdvice(
  input: ResolvedRouteInput,
  directive: RouteDirective,
  thresholds: Thresholds | undefined,
  warnings: Said[],
) {
  if (!thresholds || directive === 'none') return undefined;
  if (input.estimatedValue === undefined || !input.contractType) {
    warnings.push(say('value-unknown'));
    return undefined;
  }
  const group = groupBuyerClass(input.authorityTypes ?? []);
  if (directive === '2014-24' && group.mixed) warnings.push(say('lowest-threshold'));
  const result = checkThreshold(thresholds, {
    value: input.estimatedValue,
    contract: input.contractType,
    buyer: directive === '2009-81' ? 'defence' : group.buyer,
    period: input.thresholdPeriod,
  });
  if (result.ok && !result.above)
    warnings.push(
      say('below-threshold', {
        value: { euro: result.value },
        threshold: { euro: result.threshold },
      }),
    );
  if (result.ok && !result.verified) warnings.push(say('threshold-unverified'));
  return result;
}

export function adviseRoute(input: ResolvedRouteInput, thresholds?: Thresholds): RouteAdvice {
  const crossBorder = new Set(input.memberStates.map((code) => code.toLowerCase())).size >= 2;
  const advice: Omit<RouteAdvice, 'route' | 'directive'> = {
    crossBorder,
    reasons: [say(crossBorder ? 'several-member-states' : 'one-member-state')],
    warnings: [],
    alternatives: [],
  };

  if (input.nature === 'unknown') advice.warnings.push(say('nature-unknown'));
  if (input.art346 === 'unknown') advice.warnings.push(say('art346-unknown'));
  if (input.art346 === 'yes') {
    return {
      ...advice,
      route: 'art346',
      directive: 'none',
      reasons: [...advice.reasons, say('art346-invoked')],
      warnings: [...advice.warnings, say('art346-narrow')],
      alternatives:
        input.nature === 'military' || input.nature === 'classified'
          ? [
              {
                route: crossBorder ? 'defence-lead-nation' : 'defence-national',
                because: say('alternative-defence-directive'),
              },
            ]
          : [
              {
                route: crossBorder ? 'art39-joint-award' : 'art38-joint',
                because: say('alternative-classic-directive'),
              },
            ],
    };
  }

  let result: RouteAdvice;
  if (input.nature === 'military' || input.nature === 'classified') {
    advice.reasons.push(say(input.nature === 'military' ? 'military-equipment' : 'classified'));
    if (input.innovation === 'rd-services') advice.warnings.push(say('defence-rd-exclusion'));
    result = defenceRoute(input, crossBorder, advice);
  } else {
    if (input.nature === 'neither') advice.reasons.push(say('civil-security'));
    if (input.innovation === 'rd-services') {
      result = {
        ...advice,
        route: 'pcp',
        directive: 'none',
        reasons: [...advice.reasons, say('pcp-exemption')],
        warnings: [...advice.warnings, say('pcp-ipr'), say('pcp-state-aid')],
        alternatives: [
          {
            route: crossBorder ? 'art39-joint-award' : 'art38-joint',
            because: say('alternative-innovation-partnership'),
          },
        ],
      };
    } else {
      result = civilRoute(input, crossBorder, advice);
    }
  }
  const threshold = thresholdAdvice(input, result.directive, thresholds, result.warnings);
  return threshold ? { ...result, threshold } : result;
}
