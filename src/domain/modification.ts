// Can a contract be changed during its term without a new procedure? Checks a proposed change
// against each ground of Article 72 of Directive 2014/24/EU and says whether it is allowed,
// allowed with a modification notice, or needs a new procedure (Article 72(5)).
import { modificationInputSchema, type ModificationInput } from '@/schemas/rules-input';
import type { StatementId } from './statement-ids';
import { say, type Said } from './statements';

export type Ground = '72(1)(a)' | '72(1)(b)' | '72(1)(c)' | '72(1)(d)' | '72(1)(e)' | '72(2)';

export interface GroundCheck {
  ground: Ground;
  applies: boolean;
  says: Said[];
}

export interface ModificationVerdict {
  applicable: boolean;
  /** allowed: no notice needed; notice: allowed, with a modification notice in the OJ; new-procedure: not allowed as a change. */
  outcome: 'allowed' | 'notice' | 'new-procedure' | 'not-applicable';
  grounds: GroundCheck[];
  /** The value the percentage limits are measured against (the indexed price, if any). */
  referenceValue: number;
  /** Net value of all modifications so far, this one included. */
  netCumulative: number;
  says: Said[];
}

const contractorStatement = {
  none: 'modification-d-same-contractor',
  'review-clause': 'modification-d-review-clause',
  succession: 'modification-d-succession',
  'buyer-takes-over': 'modification-d-buyer-takes-over',
  other: 'modification-d-other',
} as const satisfies Record<string, StatementId>;

const outcomeStatement = {
  allowed: 'modification-outcome-allowed',
  notice: 'modification-outcome-notice',
  'new-procedure': 'modification-outcome-new-procedure',
} as const satisfies Record<string, StatementId>;

const percent = (part: number, whole: number) => Math.round((part / whole) * 10_000) / 100;

export function checkModification(raw: ModificationInput): ModificationVerdict {
  const { contract, change, previous } = modificationInputSchema.parse(raw);
  const reference = contract.indexedValue ?? contract.initialValue;
  const netCumulative = previous.reduce((sum, value) => sum + value, 0) + change.value;
  if (contract.directive === '2009-81') {
    return {
      applicable: false,
      outcome: 'not-applicable',
      grounds: [],
      referenceValue: reference,
      netCumulative,
      says: [say('modification-defence-no-article')],
    };
  }
  const grounds: GroundCheck[] = [];
  const add = (ground: Ground, applies: boolean, ...says: Said[]) =>
    grounds.push({ ground, applies, says });
  const natureKept = !change.overallNatureChanged;
  const increase = Math.max(0, change.value);
  const withinHalf = increase <= reference * 0.5;

  add(
    '72(1)(a)',
    change.reviewClause && natureKept,
    say(change.reviewClause ? 'modification-a-clause' : 'modification-a-no-clause'),
    ...(change.reviewClause && !natureKept ? [say('modification-nature-changed')] : []),
  );

  add(
    '72(1)(b)',
    change.additionalNeed && change.changeOfContractorImpossible && withinHalf,
    say(change.additionalNeed ? 'modification-b-need' : 'modification-b-no-need'),
    ...(change.additionalNeed && !change.changeOfContractorImpossible
      ? [say('modification-b-contractor-could-change')]
      : []),
    ...(!withinHalf
      ? [
          say('modification-over-half', {
            value: { euro: increase },
            cap: { euro: reference * 0.5 },
            percent: percent(increase, reference),
          }),
        ]
      : []),
  );

  add(
    '72(1)(c)',
    change.unforeseeable && natureKept && withinHalf,
    say(change.unforeseeable ? 'modification-c-unforeseeable' : 'modification-c-foreseeable'),
    ...(change.unforeseeable && !natureKept ? [say('modification-nature-changed')] : []),
    ...(change.unforeseeable && !withinHalf
      ? [
          say('modification-over-half', {
            value: { euro: increase },
            cap: { euro: reference * 0.5 },
            percent: percent(increase, reference),
          }),
        ]
      : []),
  );

  const lawfulReplacement = ['review-clause', 'succession', 'buyer-takes-over'].includes(
    change.newContractor,
  );
  add('72(1)(d)', lawfulReplacement, say(contractorStatement[change.newContractor]));

  const substantialReasons: Said[] = [];
  if (change.substantial.otherCandidates)
    substantialReasons.push(say('modification-substantial-candidates'));
  if (change.substantial.economicBalance)
    substantialReasons.push(say('modification-substantial-balance'));
  if (change.substantial.scopeWidened)
    substantialReasons.push(say('modification-substantial-scope'));
  if (change.newContractor === 'other')
    substantialReasons.push(say('modification-substantial-contractor'));
  const limitPercent = contract.type === 'works' ? 15 : 10;
  const size = Math.abs(netCumulative);
  const belowThreshold = size < contract.threshold;
  const belowPercent = size < (reference * limitPercent) / 100;
  add(
    '72(1)(e)',
    substantialReasons.length === 0,
    ...(substantialReasons.length === 0
      ? [say('modification-e-not-substantial')]
      : substantialReasons),
    // A large change with no condition ticked deserves a second look at 72(4)(c).
    ...(substantialReasons.length === 0 && !(belowThreshold && belowPercent)
      ? [say('modification-e-check-scope')]
      : []),
  );
  add(
    '72(2)',
    belowThreshold && belowPercent && natureKept,
    say('modification-de-minimis', {
      net: { euro: netCumulative },
      threshold: { euro: contract.threshold },
      limit: limitPercent,
      percent: percent(size, reference),
    }),
    ...(!belowThreshold ? [say('modification-de-minimis-over-threshold')] : []),
    ...(!belowPercent
      ? [say('modification-de-minimis-over-percent', { limit: limitPercent })]
      : []),
    ...(!natureKept ? [say('modification-nature-changed')] : []),
  );

  const applies = (ground: Ground) =>
    grounds.some((check) => check.ground === ground && check.applies);
  const withoutNotice =
    applies('72(1)(a)') || applies('72(1)(d)') || applies('72(1)(e)') || applies('72(2)');
  const withNotice = applies('72(1)(b)') || applies('72(1)(c)');
  const outcome = withoutNotice ? 'allowed' : withNotice ? 'notice' : 'new-procedure';
  const says: Said[] = [say(outcomeStatement[outcome])];
  if (contract.indexedValue !== undefined)
    says.push(say('modification-indexed', { value: { euro: contract.indexedValue } }));
  return { applicable: true, outcome, grounds, referenceValue: reference, netCumulative, says };
}
