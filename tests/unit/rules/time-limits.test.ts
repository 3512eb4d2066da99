// Each row cites the article (fact sheet §3.2 and §3.3) its expected value comes from.
import { describe, expect, it } from 'vitest';
import { minimumTimeLimit } from '@/domain/time-limits';
import type { TimeLimitQuery } from '@/schemas/rules-input';
import { rulesData } from '../../helpers/rules-data';

const data = rulesData.timeLimits;

type Row = [citation: string, query: TimeLimitQuery, days: number | null, basis: string | null];

describe('minimum time limits, Directive 2014/24/EU', () => {
  it.each<Row>([
    [
      'Art. 27(1): open, tenders, 35 days',
      { directive: '2014-24', procedure: 'open', stage: 'tenders' },
      35,
      'standard',
    ],
    [
      'Art. 27(4): open, e-submission, 30 days',
      { directive: '2014-24', procedure: 'open', stage: 'tenders', electronicSubmission: true },
      30,
      'electronic-submission',
    ],
    [
      'Art. 27(2): open, PIN, 15 days',
      { directive: '2014-24', procedure: 'open', stage: 'tenders', pin: true },
      15,
      'pin',
    ],
    [
      'Art. 27(3): open, urgency, 15 days',
      { directive: '2014-24', procedure: 'open', stage: 'tenders', urgency: true },
      15,
      'urgency',
    ],
    [
      '§3.1: reductions do not add up: PIN and e-submission give 15, not 10',
      {
        directive: '2014-24',
        procedure: 'open',
        stage: 'tenders',
        pin: true,
        electronicSubmission: true,
      },
      15,
      'pin',
    ],
    [
      'Art. 28(1): restricted, requests, 30 days',
      { directive: '2014-24', procedure: 'restricted', stage: 'requests' },
      30,
      'standard',
    ],
    [
      'Art. 28(6)(a): restricted, requests, urgency, 15 days',
      { directive: '2014-24', procedure: 'restricted', stage: 'requests', urgency: true },
      15,
      'urgency',
    ],
    [
      'Art. 28(3): a PIN never shortens requests',
      { directive: '2014-24', procedure: 'restricted', stage: 'requests', pin: true },
      30,
      'standard',
    ],
    [
      'Art. 28(2): restricted, tenders, 30 days',
      { directive: '2014-24', procedure: 'restricted', stage: 'tenders' },
      30,
      'standard',
    ],
    [
      'Art. 28(5): restricted, tenders, e-submission, 25 days',
      {
        directive: '2014-24',
        procedure: 'restricted',
        stage: 'tenders',
        electronicSubmission: true,
      },
      25,
      'electronic-submission',
    ],
    [
      'Art. 28(3): restricted, tenders, PIN, 10 days',
      { directive: '2014-24', procedure: 'restricted', stage: 'tenders', pin: true },
      10,
      'pin',
    ],
    [
      'Art. 28(6)(b): restricted, tenders, urgency, 10 days',
      { directive: '2014-24', procedure: 'restricted', stage: 'tenders', urgency: true },
      10,
      'urgency',
    ],
    [
      'Art. 28(4): sub-central buyer, by agreement, 10 without',
      { directive: '2014-24', procedure: 'restricted', stage: 'tenders', subCentral: true },
      10,
      'sub-central-agreement',
    ],
    [
      'Art. 29(1): competitive procedure with negotiation, requests, 30',
      { directive: '2014-24', procedure: 'competitive-negotiation', stage: 'requests' },
      30,
      'standard',
    ],
    [
      'Art. 29(1) with 28(3): CPN initial tenders, PIN, 10',
      { directive: '2014-24', procedure: 'competitive-negotiation', stage: 'tenders', pin: true },
      10,
      'pin',
    ],
    [
      'Art. 30(1): competitive dialogue, requests, 30; no urgency',
      { directive: '2014-24', procedure: 'competitive-dialogue', stage: 'requests', urgency: true },
      30,
      'standard',
    ],
    [
      'Art. 30: competitive dialogue, tenders, no minimum',
      { directive: '2014-24', procedure: 'competitive-dialogue', stage: 'tenders' },
      null,
      null,
    ],
    [
      'Art. 31(1): innovation partnership, requests, 30',
      { directive: '2014-24', procedure: 'innovation-partnership', stage: 'requests' },
      30,
      'standard',
    ],
    [
      'Art. 32: negotiated without publication, no minimum',
      { directive: '2014-24', procedure: 'negotiated-without-publication', stage: 'tenders' },
      null,
      null,
    ],
    [
      'Art. 34(2): DPS, specific tenders, 10',
      { directive: '2014-24', procedure: 'dynamic-purchasing-system', stage: 'tenders' },
      10,
      'standard',
    ],
  ])('%s', (_citation, query, days, basis) => {
    const result = minimumTimeLimit(data, query);
    expect(result.available).toBe(true);
    expect(result.days).toBe(days);
    expect(result.basis).toBe(basis);
    expect(result.legal.length).toBeGreaterThan(0);
  });

  it('says plainly that the open procedure has no request stage', () => {
    const result = minimumTimeLimit(data, {
      directive: '2014-24',
      procedure: 'open',
      stage: 'requests',
    });
    expect(result).toMatchObject({ available: false, days: null });
    expect(result.says[0]?.id).toBe('time-limit-not-available');
  });

  it('says plainly when the directive sets no minimum', () => {
    expect(
      minimumTimeLimit(data, {
        directive: '2014-24',
        procedure: 'competitive-dialogue',
        stage: 'tenders',
      }).says[0]?.id,
    ).toBe('time-limit-no-minimum');
  });
});

describe('minimum time limits, Directive 2009/81/EC (marked unverified)', () => {
  it.each<Row>([
    [
      'Art. 33(2): restricted, requests, 37',
      { directive: '2009-81', procedure: 'restricted', stage: 'requests' },
      37,
      'standard',
    ],
    [
      'Art. 33(4): electronic notice, requests, 30',
      { directive: '2009-81', procedure: 'restricted', stage: 'requests', electronicNotice: true },
      30,
      'electronic-notice',
    ],
    [
      'Art. 33(7)(a): urgency, requests, 15',
      {
        directive: '2009-81',
        procedure: 'negotiated-with-publication',
        stage: 'requests',
        urgency: true,
      },
      15,
      'urgency',
    ],
    [
      'Art. 33(7)(a): urgency with an electronic notice, 10',
      {
        directive: '2009-81',
        procedure: 'restricted',
        stage: 'requests',
        urgency: true,
        electronicNotice: true,
      },
      10,
      'urgency',
    ],
    [
      'Art. 33(2): restricted, tenders, 40',
      { directive: '2009-81', procedure: 'restricted', stage: 'tenders' },
      40,
      'standard',
    ],
    [
      'Art. 33(3): restricted, tenders, PIN, 36',
      { directive: '2009-81', procedure: 'restricted', stage: 'tenders', pin: true },
      36,
      'pin',
    ],
    [
      'Art. 33(7)(b): restricted, tenders, urgency, 10',
      { directive: '2009-81', procedure: 'restricted', stage: 'tenders', urgency: true },
      10,
      'urgency',
    ],
    [
      'Art. 33(5): documents electronic, 35',
      {
        directive: '2009-81',
        procedure: 'restricted',
        stage: 'tenders',
        electronicSubmission: true,
      },
      35,
      'electronic-submission',
    ],
    [
      'Art. 33: negotiated with publication, tenders, no minimum',
      { directive: '2009-81', procedure: 'negotiated-with-publication', stage: 'tenders' },
      null,
      null,
    ],
  ])('%s', (_citation, query, days, basis) => {
    const result = minimumTimeLimit(data, query);
    expect(result.days).toBe(days);
    expect(result.basis).toBe(basis);
    if (days !== null)
      expect(result.says.map((said) => said.id)).toContain('time-limit-defence-unverified');
  });

  it('flags combined reductions for human review', () => {
    const result = minimumTimeLimit(data, {
      directive: '2009-81',
      procedure: 'restricted',
      stage: 'tenders',
      pin: true,
      electronicSubmission: true,
    });
    expect(result.days).toBe(35);
    expect(result.says.map((said) => said.id)).toContain('time-limit-defence-combination');
  });

  it.each([
    'open',
    'competitive-negotiation',
    'innovation-partnership',
    'dynamic-purchasing-system',
  ] as const)('Art. 25: "%s" does not exist under Directive 2009/81/EC', (procedure) => {
    expect(
      minimumTimeLimit(data, { directive: '2009-81', procedure, stage: 'tenders' }),
    ).toMatchObject({ available: false, days: null });
  });
});
