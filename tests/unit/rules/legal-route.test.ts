// Fact sheet §1.1-1.5, §2.4-2.5: which directive, then which cooperation mechanism.
import { describe, expect, it } from 'vitest';
import { adviseRoute } from '@/domain/legal-route';
import { routeInForce, routeInputFromAnswers } from '@/domain/route-from-dossier';
import { routeInputSchema, type RouteInput, type RouteId } from '@/schemas/rules-input';
import { rulesData } from '../../helpers/rules-data';

const advise = (input: RouteInput) =>
  adviseRoute(routeInputSchema.parse(input), rulesData.thresholds);
const ids = (list: { id: string }[]) => list.map((said) => said.id);

describe('recommended route', () => {
  it.each<[string, RouteInput, RouteId, string]>([
    [
      '2014/24 Art. 39(4): civil purchase, several member states, joint procedure',
      { memberStates: ['ro', 'pl'], nature: 'neither', model: 'joint-procedure' },
      'art39-joint-award',
      '2014-24',
    ],
    [
      '2014/24 Art. 38: civil purchase, one member state',
      { memberStates: ['be', 'be'], nature: 'neither', model: 'joint-procedure' },
      'art38-joint',
      '2014-24',
    ],
    [
      '2014/24 Art. 37: a central purchasing body of the same member state',
      { memberStates: ['be', 'be'], nature: 'neither', model: 'cpb-own-state' },
      'art37-cpb',
      '2014-24',
    ],
    [
      '2014/24 Art. 39(2)-(3): a central purchasing body of another member state',
      { memberStates: ['ro', 'pl'], nature: 'neither', model: 'cpb-other-state' },
      'art39-cpb',
      '2014-24',
    ],
    [
      '2014/24 Art. 39(5): a joint entity of several member states',
      { memberStates: ['ee', 'lv', 'lt'], nature: 'neither', model: 'joint-entity' },
      'art39-joint-entity',
      '2014-24',
    ],
    [
      '2014/24 Art. 38: a joint entity needs several member states',
      { memberStates: ['fr'], nature: 'neither', model: 'joint-entity' },
      'art38-joint',
      '2014-24',
    ],
    [
      '2014/24 Art. 14: R&D services with shared IPR (PCP) fall outside',
      { memberStates: ['be', 'es'], nature: 'neither', innovation: 'rd-services' },
      'pcp',
      'none',
    ],
    [
      '2009/81 Arts. 1(6), 2: military equipment, several states: lead nation (no Art. 39 equivalent)',
      { memberStates: ['dk', 'fi', 'se'], nature: 'military' },
      'defence-lead-nation',
      '2009-81',
    ],
    [
      '2009/81 Art. 10: classified, through a central purchasing body',
      { memberStates: ['nl', 'be'], nature: 'classified', model: 'cpb-other-state' },
      'defence-cpb',
      '2009-81',
    ],
    [
      '2009/81: military, one member state',
      { memberStates: ['pt'], nature: 'military' },
      'defence-national',
      '2009-81',
    ],
    [
      '2009/81 Art. 13(c): cooperative R&D programme of two states',
      { memberStates: ['be', 'fr'], nature: 'military', exclusion: 'cooperative-programme' },
      'defence-cooperative-programme',
      'none',
    ],
    [
      '2009/81 Art. 12: international organisation rules',
      { memberStates: ['be', 'fr'], nature: 'military', exclusion: 'international-organisation' },
      'defence-international',
      'none',
    ],
    [
      '2009/81 Art. 13(f): government-to-government',
      { memberStates: ['be', 'fr'], nature: 'military', exclusion: 'government-to-government' },
      'defence-g2g',
      'none',
    ],
    [
      'Art. 346 TFEU: essential security interests',
      { memberStates: ['be', 'fr'], nature: 'military', art346: 'yes' },
      'art346',
      'none',
    ],
  ])('%s', (_citation, input, route, directive) => {
    const advice = advise(input);
    expect(advice.route).toBe(route);
    expect(advice.directive).toBe(directive);
  });

  it('gives reasons, warnings and alternatives for a cross-border joint award', () => {
    const advice = advise({
      memberStates: ['ro', 'pl', 'gr'],
      nature: 'neither',
      model: 'joint-procedure',
      jointScope: 'whole',
      contractType: 'supplies',
      estimatedValue: 2_400_000,
      authorityTypes: ['central-government'],
    });
    expect(ids(advice.reasons)).toEqual([
      'several-member-states',
      'civil-security',
      'joint-award',
      'whole-joint',
    ]);
    expect(ids(advice.warnings)).toEqual(['anti-circumvention', 'remedies-gap']);
    expect(advice.alternatives.map((alternative) => alternative.route)).toEqual([
      'art39-cpb',
      'art39-joint-entity',
    ]);
    expect(advice.threshold).toMatchObject({ ok: true, above: true, threshold: 140_000 });
  });

  it('warns when the value is below the threshold (Art. 4)', () => {
    const advice = advise({
      memberStates: ['ro', 'pl'],
      nature: 'neither',
      model: 'joint-procedure',
      contractType: 'supplies',
      estimatedValue: 100_000,
      authorityTypes: ['sub-central'],
    });
    expect(ids(advice.warnings)).toContain('below-threshold');
  });

  it('uses the lower threshold for a mixed group and says so', () => {
    const advice = advise({
      memberStates: ['ro', 'pl'],
      nature: 'neither',
      contractType: 'services',
      estimatedValue: 150_000,
      authorityTypes: ['central-government', 'sub-central'],
    });
    expect(ids(advice.warnings)).toEqual(expect.arrayContaining(['lowest-threshold']));
    expect(advice.threshold).toMatchObject({ threshold: 140_000, above: true });
  });

  it('says what it assumed when answers are missing', () => {
    const advice = advise({ memberStates: ['ro', 'pl'] });
    expect(ids(advice.warnings)).toEqual(
      expect.arrayContaining(['nature-unknown', 'model-unknown', 'value-unknown']),
    );
    expect(advice.route).toBe('art39-joint-award');
  });

  it('reads Art. 346 narrowly and offers the defence directive instead', () => {
    const advice = advise({ memberStates: ['be', 'fr'], nature: 'military', art346: 'yes' });
    expect(ids(advice.warnings)).toContain('art346-narrow');
    expect(advice.alternatives[0]?.route).toBe('defence-lead-nation');
  });

  it('flags the pending 2025 amendment and unverified thresholds under 2009/81', () => {
    const advice = advise({
      memberStates: ['dk', 'fi'],
      nature: 'military',
      contractType: 'supplies',
      estimatedValue: 1_000_000,
    });
    expect(ids(advice.warnings)).toEqual(
      expect.arrayContaining([
        'defence-omnibus-pending',
        'defence-two-relationships',
        'threshold-unverified',
      ]),
    );
  });

  it('a cooperative programme needs two member states (2009/81 Art. 13(c))', () => {
    const advice = advise({
      memberStates: ['it'],
      nature: 'military',
      exclusion: 'cooperative-programme',
    });
    expect(advice.route).toBe('defence-national');
    expect(ids(advice.warnings)).toContain('cooperative-programme-needs-two-states');
  });
});

describe('the route of a dossier', () => {
  const answers = {
    'buyers-group': {
      authorities: [
        { id: 'a', name: 'A', country: 'ro', 'authority-type': 'central-government' },
        { id: 'b', name: 'B', country: 'pl', 'authority-type': 'sub-central' },
      ],
    },
    'purchase-nature': { nature: 'neither' },
    'cooperation-model': { model: 'joint-procedure' },
    objectives: { 'contract-type': 'supplies' },
    scope: { 'estimated-value': 2_400_000 },
    'threshold-check': { period: 'period-2024-2025' },
  };

  it('reads the rule input from the answers', () => {
    expect(routeInputFromAnswers(answers)).toMatchObject({
      memberStates: ['ro', 'pl'],
      authorityTypes: ['central-government', 'sub-central'],
      nature: 'neither',
      model: 'joint-procedure',
      art346: 'no',
      contractType: 'supplies',
      estimatedValue: 2_400_000,
      thresholdPeriod: '2024-2025',
    });
  });

  it('follows the recommendation unless the user overrides it with a reason', () => {
    expect(routeInForce(answers)).toEqual({
      route: 'art39-joint-award',
      directive: '2014-24',
      overridden: false,
      recommended: 'art39-joint-award',
    });
    const overridden = {
      ...answers,
      'route-decision': {
        decision: 'override',
        route: 'art39-cpb',
        reason: 'Our CPB offers a framework',
      },
    };
    expect(routeInForce(overridden)).toEqual({
      route: 'art39-cpb',
      directive: '2014-24',
      overridden: true,
      recommended: 'art39-joint-award',
    });
  });
});
