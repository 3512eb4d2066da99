// Minimum time limits for requests to participate and tenders, from content/rules/time-limits.json.
// The shorter limits (PIN, urgency, electronic submission) are alternatives, not reductions that
// add up: each one that applies is computed and the lowest is the minimum (fact sheet §3.1).
// Under Directive 2009/81/EC whether they combine is not settled; the result says so.
import type { TimeLimitRow, TimeLimits } from '@/schemas/content/rules-data';
import type { LegalReference } from '@/schemas/legal-reference';
import type { LocalisedText } from '@/schemas/localised-text';
import { timeLimitQuerySchema, type TimeLimitQuery } from '@/schemas/rules-input';
import type { StatementId } from './statement-ids';
import { say, type Said } from './statements';

export type LimitBasis =
  | 'standard'
  | 'pin'
  | 'urgency'
  | 'electronic-submission'
  | 'electronic-notice'
  | 'sub-central-agreement';

const basisStatement = {
  standard: 'time-limit-basis-standard',
  pin: 'time-limit-basis-pin',
  urgency: 'time-limit-basis-urgency',
  'electronic-submission': 'time-limit-basis-electronic-submission',
  'electronic-notice': 'time-limit-basis-electronic-notice',
  'sub-central-agreement': 'time-limit-basis-sub-central-agreement',
} as const satisfies Record<LimitBasis, StatementId>;

export interface TimeLimitResult {
  directive: '2014-24' | '2009-81';
  procedure: string;
  stage: 'requests' | 'tenders';
  /** False when the directive has no such procedure or stage. */
  available: boolean;
  /** Minimum calendar days; null when the directive sets none (or the procedure does not exist). */
  days: number | null;
  basis: LimitBasis | null;
  /** Every limit considered, for the record. */
  considered: { basis: LimitBasis; days: number }[];
  from?: 'notice-sent' | 'invitation-sent';
  legal: LegalReference[];
  verified: boolean;
  /** The table's own note on this procedure and stage, when it has one. */
  note?: LocalisedText;
  says: Said[];
}

export function findRow(
  data: TimeLimits,
  directive: string,
  procedure: string,
  stage: string,
): TimeLimitRow | undefined {
  return data.rows.find(
    (row) => row.directive === directive && row.procedure === procedure && row.stage === stage,
  );
}

export function minimumTimeLimit(data: TimeLimits, query: TimeLimitQuery): TimeLimitResult {
  const q = timeLimitQuerySchema.parse(query);
  const row = findRow(data, q.directive, q.procedure, q.stage);
  const base = {
    directive: q.directive,
    procedure: q.procedure,
    stage: q.stage,
    considered: [],
    legal: row?.legal ?? [],
    verified: row?.verified ?? true,
    ...(row?.note ? { note: row.note } : {}),
  };
  if (!row || !row.available) {
    return {
      ...base,
      available: false,
      days: null,
      basis: null,
      says: [say('time-limit-not-available', { procedure: q.procedure, stage: q.stage })],
    };
  }
  if (row.standard === null) {
    return {
      ...base,
      available: true,
      days: null,
      basis: null,
      from: row.from,
      says: [say('time-limit-no-minimum')],
    };
  }

  const considered: { basis: LimitBasis; days: number }[] = [
    { basis: 'standard', days: row.standard },
  ];
  const says: Said[] = [];
  if (q.electronicSubmission && row.electronicSubmission)
    considered.push({ basis: 'electronic-submission', days: row.electronicSubmission });
  if (q.electronicNotice && row.electronicNoticeReduction)
    considered.push({
      basis: 'electronic-notice',
      days: row.standard - row.electronicNoticeReduction,
    });
  if (q.pin && row.pin) {
    considered.push({ basis: 'pin', days: row.pin.days });
    says.push(
      say(
        q.directive === '2009-81'
          ? 'time-limit-pin-conditions-defence'
          : 'time-limit-pin-conditions',
      ),
    );
  } else if (q.pin) says.push(say('time-limit-pin-not-applicable'));
  if (q.urgency && row.urgency) {
    const days =
      q.electronicNotice && row.urgency.electronicNoticeDays
        ? row.urgency.electronicNoticeDays
        : row.urgency.days;
    considered.push({ basis: 'urgency', days });
    says.push(say('time-limit-urgency-conditions'));
  } else if (q.urgency) says.push(say('time-limit-urgency-not-applicable'));
  if (q.subCentral && row.subCentralAgreementFloor) {
    considered.push({ basis: 'sub-central-agreement', days: row.subCentralAgreementFloor });
    says.push(say('time-limit-sub-central-agreement', { days: row.subCentralAgreementFloor }));
  }

  const best = considered.reduce((lowest, option) => (option.days < lowest.days ? option : lowest));
  says.unshift(say(basisStatement[best.basis], { days: best.days }));
  const reductions = considered.filter((option) => option.basis !== 'standard').length;
  if (q.directive === '2009-81' && reductions > 1) says.push(say('time-limit-defence-combination'));
  if (!row.verified) says.push(say('time-limit-defence-unverified'));
  says.push(say('time-limit-longer-when-complex'));
  return {
    ...base,
    available: true,
    days: best.days,
    basis: best.basis,
    considered,
    from: row.from,
    says,
  };
}
