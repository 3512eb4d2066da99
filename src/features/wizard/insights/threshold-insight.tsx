// The estimated value against the EU threshold that applies.
import { routeInForce, routeInputFromAnswers } from '@/domain/route-from-dossier';
import { checkThreshold, groupBuyerClass } from '@/domain/thresholds';
import { formatEuro } from '@/domain/numbers';
import { useI18n } from '@/i18n/i18n-context';
import { Sentences } from './sentences';
import type { InsightProps } from './insight-context';

export function ThresholdInsight({ registry, answers }: InsightProps) {
  const { t, locale } = useI18n();
  const input = routeInputFromAnswers(answers);
  const { directive } = routeInForce(answers, registry.rules.thresholds);
  const wrap = (children: React.ReactNode) => (
    <section
      className="insight"
      aria-labelledby="insight-threshold-title"
      data-testid="insight-threshold-check"
    >
      <h2 className="insight__title" id="insight-threshold-title">
        {t('insight.threshold.title')}
      </h2>
      {children}
    </section>
  );
  if (input.estimatedValue === undefined || !input.contractType)
    return wrap(<p>{t('insight.threshold.needValue')}</p>);
  if (directive === 'none') return wrap(<p>{t('insight.threshold.outside')}</p>);
  const group = groupBuyerClass(input.authorityTypes ?? []);
  const result = checkThreshold(registry.rules.thresholds, {
    value: input.estimatedValue,
    contract: input.contractType,
    buyer: directive === '2009-81' ? 'defence' : group.buyer,
    period: input.thresholdPeriod,
  });
  return wrap(
    <>
      {result.ok ? (
        <dl className="figures">
          <div>
            <dt>{t('insight.threshold.value')}</dt>
            <dd>{formatEuro(result.value, locale)}</dd>
          </div>
          <div>
            <dt>{t('insight.threshold.threshold', { period: result.period })}</dt>
            <dd>{formatEuro(result.threshold, locale)}</dd>
          </div>
          <div>
            <dt>{t('insight.threshold.verdict')}</dt>
            <dd>
              <strong>
                {result.above ? t('insight.threshold.above') : t('insight.threshold.below')}
              </strong>
            </dd>
          </div>
        </dl>
      ) : null}
      <Sentences says={result.says} registry={registry} />
      {group.mixed && directive === '2014-24' ? (
        <Sentences says={[{ id: 'lowest-threshold' }]} registry={registry} />
      ) : null}
    </>,
  );
}
