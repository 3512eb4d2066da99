// The recommended legal route with its reasons, warnings and alternatives.
import { adviseDossierRoute } from '@/domain/route-from-dossier';
import { localise } from '@/domain/localise';
import { useI18n } from '@/i18n/i18n-context';
import { Sentences } from './sentences';
import type { InsightProps } from './insight-context';

export function LegalRouteInsight({ registry, answers }: InsightProps) {
  const { t, language } = useI18n();
  const advice = adviseDossierRoute(answers, registry.rules.thresholds);
  const routes = registry.lists['legal-routes']?.options ?? [];
  const label = (id: string) => {
    const option = routes.find((candidate) => candidate.id === id);
    return option ? localise(option.label, language) : id;
  };
  const hint = (id: string) => {
    const option = routes.find((candidate) => candidate.id === id);
    return option?.hint ? localise(option.hint, language) : undefined;
  };
  return (
    <section
      className="insight"
      aria-labelledby="insight-route-title"
      data-testid="insight-legal-route"
    >
      <h2 className="insight__title" id="insight-route-title">
        {t('insight.route.title')}
      </h2>
      <p className="insight__headline">
        <strong>{label(advice.route)}</strong>
      </p>
      {hint(advice.route) ? <p className="muted">{hint(advice.route)}</p> : null}
      <p>{t(`insight.route.directive.${advice.directive}`)}</p>
      <h3 className="insight__subtitle">{t('insight.route.reasons')}</h3>
      <Sentences says={advice.reasons} registry={registry} />
      {advice.warnings.length > 0 ? (
        <>
          <h3 className="insight__subtitle">{t('insight.route.warnings')}</h3>
          <Sentences says={advice.warnings} registry={registry} className="sentences--warning" />
        </>
      ) : null}
      {advice.alternatives.length > 0 ? (
        <>
          <h3 className="insight__subtitle">{t('insight.route.alternatives')}</h3>
          <ul className="alternatives">
            {advice.alternatives.map((alternative) => (
              <li key={alternative.route}>
                <strong>{label(alternative.route)}</strong>
                <Sentences says={[alternative.because]} registry={registry} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="insight__disclaimer">{t('insight.route.disclaimer')}</p>
    </section>
  );
}
