// Each authority's share of the estimated value, to the cent.
import { choiceAnswer, groupAnswer, numberAnswer } from '@/domain/answers';
import { bindings } from '@/domain/bindings';
import { shareCosts } from '@/domain/cost-sharing';
import { formatEuro, formatPercent } from '@/domain/numbers';
import { listParties } from '@/domain/parties';
import { say } from '@/domain/statements';
import { useI18n } from '@/i18n/i18n-context';
import type { InsightProps } from './insight-context';
import { Sentences } from './sentences';
import { ScrollRegion } from '@/ui/scroll-region';

export function CostSplitInsight({ registry, answers }: InsightProps) {
  const { t, locale } = useI18n();
  const method = choiceAnswer(answers, bindings.costMethod);
  const total = numberAnswer(answers, bindings.estimatedValue);
  const parties = listParties(answers);
  const byParty = (binding: typeof bindings.costShares | typeof bindings.needs, field: string) =>
    Object.fromEntries(
      groupAnswer(answers, binding).flatMap((item) =>
        typeof item.party === 'string' && typeof item[field] === 'number'
          ? [[item.party, item[field] as number]]
          : [],
      ),
    );
  const body = (() => {
    if (!method || method === 'unknown') return <p>{t('insight.cost.needMethod')}</p>;
    if (total === undefined) return <p>{t('insight.cost.needValue')}</p>;
    const result = shareCosts({
      method,
      totalEuro: total,
      parties: parties.map((party) => party.id),
      percentages: byParty(bindings.costShares, 'share'),
      quantities: byParty(bindings.needs, 'quantity'),
    });
    if (!result.ok) return <p>{t(`insight.cost.${result.reason}`)}</p>;
    return (
      <>
        <ScrollRegion label={t('insight.cost.title')}>
          <table>
            <caption className="visually-hidden">{t('insight.cost.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insight.cost.authority')}</th>
                <th scope="col" className="numeric">
                  {t('insight.cost.share')}
                </th>
                <th scope="col" className="numeric">
                  {t('insight.cost.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.allocations.map((allocation) => (
                <tr key={allocation.party}>
                  <th scope="row">
                    {parties.find((party) => party.id === allocation.party)?.name ??
                      allocation.party}
                  </th>
                  <td className="numeric">{formatPercent(allocation.percent, locale)}</td>
                  <td className="numeric">{formatEuro(allocation.euro, locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('insight.cost.total')}</th>
                <td />
                <td className="numeric">{formatEuro(total, locale)}</td>
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
        <Sentences
          says={[
            say(
              method === 'percentage'
                ? 'cost-split-percentage'
                : method === 'quantity'
                  ? 'cost-split-quantity'
                  : 'cost-split-equal',
            ),
          ]}
          registry={registry}
        />
      </>
    );
  })();
  return (
    <section
      className="insight"
      aria-labelledby="insight-cost-title"
      data-testid="insight-cost-split"
    >
      <h2 className="insight__title" id="insight-cost-title">
        {t('insight.cost.title')}
      </h2>
      {body}
    </section>
  );
}
