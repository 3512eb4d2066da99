// After the award: call-offs against each contract's maximum, and every logged change checked
// against Article 72.
import { groupAnswer } from '@/domain/answers';
import { bindings } from '@/domain/bindings';
import { checkModification } from '@/domain/modification';
import { formatEuro, formatIsoDate } from '@/domain/numbers';
import { listParties } from '@/domain/parties';
import { routeInForce, routeInputFromAnswers } from '@/domain/route-from-dossier';
import { checkThreshold, groupBuyerClass } from '@/domain/thresholds';
import type { GroupItem } from '@/schemas/dossier';
import { useI18n } from '@/i18n/i18n-context';
import type { InsightProps } from './insight-context';
import { Sentences } from './sentences';
import { ScrollRegion } from '@/ui/scroll-region';

const money = (item: GroupItem, field: string) =>
  typeof item[field] === 'number' ? (item[field] as number) : 0;
const text = (item: GroupItem, field: string) =>
  typeof item[field] === 'string' ? (item[field] as string) : '';

export function CallOffBalanceInsight({ answers }: InsightProps) {
  const { t, locale } = useI18n();
  const contracts = groupAnswer(answers, bindings.contracts);
  const orders = groupAnswer(answers, bindings.callOffs);
  const parties = listParties(answers);
  const body =
    contracts.length === 0 ? (
      <p>{t('insight.callOffs.needContracts')}</p>
    ) : (
      <>
        <ScrollRegion label={t('insight.callOffs.byContract')}>
          <table>
            <caption className="visually-hidden">{t('insight.callOffs.byContract')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insight.callOffs.contract')}</th>
                <th scope="col" className="numeric">
                  {t('insight.callOffs.maximum')}
                </th>
                <th scope="col" className="numeric">
                  {t('insight.callOffs.ordered')}
                </th>
                <th scope="col" className="numeric">
                  {t('insight.callOffs.left')}
                </th>
              </tr>
            </thead>
            <tbody>
              {contracts.map((contract) => {
                const ordered = orders
                  .filter((order) => order.contract === contract.id)
                  .reduce((sum, order) => sum + money(order, 'value'), 0);
                const maximum = money(contract, 'maximum-value');
                const left = maximum - ordered;
                return (
                  <tr key={String(contract.id)}>
                    <th scope="row">{text(contract, 'lot') || text(contract, 'supplier')}</th>
                    <td className="numeric">{formatEuro(maximum, locale)}</td>
                    <td className="numeric">{formatEuro(ordered, locale)}</td>
                    <td className={`numeric${left < 0 ? ' over' : ''}`}>
                      {left < 0 ? (
                        <strong>
                          {t('insight.callOffs.over', { amount: formatEuro(-left, locale) })}
                        </strong>
                      ) : (
                        formatEuro(left, locale)
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
        <h3 className="insight__subtitle">{t('insight.callOffs.byAuthority')}</h3>
        <ul>
          {parties.map((party) => {
            const total = orders
              .filter((order) => order.party === party.id)
              .reduce((sum, order) => sum + money(order, 'value'), 0);
            return (
              <li key={party.id}>
                {party.name}: {formatEuro(total, locale)}
              </li>
            );
          })}
        </ul>
      </>
    );
  return (
    <section
      className="insight"
      aria-labelledby="insight-calloffs-title"
      data-testid="insight-call-off-balance"
    >
      <h2 className="insight__title" id="insight-calloffs-title">
        {t('insight.callOffs.title')}
      </h2>
      {body}
    </section>
  );
}

export function ModificationInsight({ registry, answers }: InsightProps) {
  const { t, locale } = useI18n();
  const contracts = groupAnswer(answers, bindings.contracts);
  const changes = groupAnswer(answers, bindings.modifications);
  const { directive } = routeInForce(answers, registry.rules.thresholds);
  const input = routeInputFromAnswers(answers);
  const buyer = groupBuyerClass(input.authorityTypes ?? []).buyer;
  const outcomeLabel = {
    allowed: t('insight.modification.allowed'),
    notice: t('insight.modification.notice'),
    'new-procedure': t('insight.modification.newProcedure'),
    'not-applicable': t('insight.modification.notApplicable'),
  };

  const verdicts = changes.flatMap((change, index) => {
    const contract = contracts.find((candidate) => candidate.id === change.contract);
    if (!contract) return [];
    const type =
      (['supplies', 'services', 'works'] as const).find(
        (kind) => kind === contract['contract-type'],
      ) ?? 'supplies';
    const threshold = checkThreshold(registry.rules.thresholds, {
      value: 0,
      contract: type,
      buyer: directive === '2009-81' ? 'defence' : buyer,
      period: input.thresholdPeriod,
    });
    const signed = (item: GroupItem) =>
      item.direction === 'decrease' ? -money(item, 'amount') : money(item, 'amount');
    const previous = changes
      .slice(0, index)
      .filter((other) => other.contract === change.contract)
      .map(signed);
    const substantial = Array.isArray(change.substantial) ? change.substantial : [];
    const indexed = money(change, 'indexed-value');
    const verdict = checkModification({
      contract: {
        directive: directive === '2009-81' ? '2009-81' : '2014-24',
        type,
        initialValue: Math.max(0.01, money(contract, 'maximum-value')),
        ...(indexed > 0 ? { indexedValue: indexed } : {}),
        threshold: threshold.ok ? threshold.threshold : 140_000,
      },
      change: {
        value: signed(change),
        reviewClause: change['review-clause'] === true,
        overallNatureChanged: change['changes-nature'] === true,
        additionalNeed: change['additional-need'] === true,
        changeOfContractorImpossible: change['contractor-change-impossible'] === true,
        unforeseeable: change.unforeseeable === true,
        newContractor:
          (['none', 'review-clause', 'succession', 'buyer-takes-over', 'other'] as const).find(
            (value) => value === change['new-contractor'],
          ) ?? 'none',
        substantial: {
          otherCandidates: substantial.includes('other-candidates'),
          economicBalance: substantial.includes('economic-balance'),
          scopeWidened: substantial.includes('scope-widened'),
        },
      },
      previous,
    });
    return [{ change, contract, verdict, number: index + 1 }];
  });

  return (
    <section
      className="insight"
      aria-labelledby="insight-modification-title"
      data-testid="insight-modification-check"
    >
      <h2 className="insight__title" id="insight-modification-title">
        {t('insight.modification.title')}
      </h2>
      {verdicts.length === 0 ? <p>{t('insight.modification.none')}</p> : null}
      {verdicts.map(({ change, contract, verdict, number }) => (
        <article
          key={String(change.id)}
          className="verdict"
          aria-labelledby={`verdict-${String(change.id)}`}
        >
          <h3 className="insight__subtitle" id={`verdict-${String(change.id)}`}>
            {t('insight.modification.change', {
              number,
              contract: text(contract, 'lot'),
              date:
                typeof change.date === 'string' && change.date
                  ? formatIsoDate(change.date, locale)
                  : '',
            })}
          </h3>
          <p className={`verdict__outcome verdict__outcome--${verdict.outcome}`}>
            <strong>{outcomeLabel[verdict.outcome]}</strong>
          </p>
          <Sentences says={verdict.says} registry={registry} />
          <details className="details">
            <summary className="details__summary">{t('insight.modification.grounds')}</summary>
            <div className="details__text">
              <ul className="grounds">
                {verdict.grounds.map((ground) => (
                  <li key={ground.ground}>
                    <strong>
                      {t('legal.article', { article: ground.ground })}:{' '}
                      {ground.applies
                        ? t('insight.modification.applies')
                        : t('insight.modification.doesNotApply')}
                    </strong>
                    <Sentences says={ground.says} registry={registry} />
                  </li>
                ))}
              </ul>
            </div>
          </details>
        </article>
      ))}
    </section>
  );
}
