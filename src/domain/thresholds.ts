// Is a purchase above the EU threshold? Values are compared net of VAT, for the whole joint
// purchase (all buyers' requirements, options and renewals together: Directive 2014/24/EU
// Article 5(1)); the directive applies from the threshold upwards (Article 4).
import type {
  ContractKind,
  DirectiveId,
  ThresholdPeriod,
  ThresholdRow,
  Thresholds,
} from '@/schemas/content/rules-data';
import { say, type Said } from './statements';

/** central / sub-central: Directive 2014/24/EU; defence: Directive 2009/81/EC. */
export type BuyerClass = 'central' | 'sub-central' | 'defence';

export interface ThresholdQuery {
  value: number;
  contract: ContractKind;
  buyer: BuyerClass;
  /** A period id ("2026-2027"), or an ISO date that falls in one. Default: the latest period. */
  period?: string;
}

export type ThresholdResult =
  | {
      ok: true;
      period: string;
      directive: DirectiveId;
      threshold: number;
      value: number;
      above: boolean;
      /** False when the threshold figure is derived, not read in the act. */
      verified: boolean;
      row: ThresholdRow;
      says: Said[];
    }
  | { ok: false; says: Said[] };

export function findPeriod(data: Thresholds, period?: string): ThresholdPeriod | undefined {
  if (!period) return [...data.periods].sort((a, b) => b.from.localeCompare(a.from))[0];
  if (/^\d{4}-\d{2}-\d{2}$/.test(period))
    return data.periods.find((candidate) => candidate.from <= period && period <= candidate.to);
  return data.periods.find((candidate) => candidate.id === period);
}

export function checkThreshold(data: Thresholds, query: ThresholdQuery): ThresholdResult {
  const period = findPeriod(data, query.period);
  if (!period)
    return { ok: false, says: [say('threshold-no-period', { period: query.period ?? '' })] };
  const directive: DirectiveId = query.buyer === 'defence' ? '2009-81' : '2014-24';
  const authority = query.buyer === 'defence' ? 'any' : query.buyer;
  const row =
    period.rows.find(
      (candidate) =>
        candidate.directive === directive &&
        candidate.contract === query.contract &&
        candidate.authority === authority,
    ) ??
    period.rows.find(
      (candidate) =>
        candidate.directive === directive &&
        candidate.contract === query.contract &&
        candidate.authority === 'any',
    );
  if (!row)
    return { ok: false, says: [say('threshold-no-row', { contract: query.contract, directive })] };
  const above = query.value >= row.eur;
  const says = [
    say(above ? 'threshold-above' : 'threshold-below', {
      value: { euro: query.value },
      threshold: { euro: row.eur },
      period: period.id,
    }),
  ];
  if (!row.verified) says.push(say('threshold-unverified'));
  return {
    ok: true,
    period: period.id,
    directive,
    threshold: row.eur,
    value: query.value,
    above,
    verified: row.verified,
    row,
    says,
  };
}

/**
 * The buyer class whose threshold applies to a buyers group under Directive 2014/24/EU. When
 * the group mixes central government and other authorities, the lower (central) threshold is
 * used, so the toolbox never tells a group it is below a threshold that may apply to it.
 */
export function groupBuyerClass(types: readonly string[]): {
  buyer: 'central' | 'sub-central';
  mixed: boolean;
} {
  const central = types.some(
    (type) => type === 'central-government' || type === 'central-purchasing-body',
  );
  const other = types.some((type) => type === 'sub-central' || type === 'public-law-body');
  return { buyer: central ? 'central' : 'sub-central', mixed: central && other };
}
