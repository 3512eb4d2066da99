// Every authority's needs side by side, as the harmonisation step needs them.
import { groupAnswer } from '@/domain/answers';
import { formatGroup } from '@/domain/answer-format';
import { bindings } from '@/domain/bindings';
import { localise } from '@/domain/localise';
import { useI18n } from '@/i18n/i18n-context';
import type { InsightProps } from './insight-context';
import { ScrollRegion } from '@/ui/scroll-region';

export function NeedsMatrixInsight({ registry, answers, fieldContext }: InsightProps) {
  const { t, language } = useI18n();
  const step = registry.steps[bindings.needs.step];
  const field = step?.fields.find((candidate) => candidate.id === bindings.needs.field);
  const items = groupAnswer(answers, bindings.needs);
  return (
    <section
      className="insight"
      aria-labelledby="insight-needs-title"
      data-testid="insight-needs-matrix"
    >
      <h2 className="insight__title" id="insight-needs-title">
        {t('insight.needs.title')}
      </h2>
      {field?.kind !== 'group' || items.length === 0 ? (
        <p>{t('insight.needs.none')}</p>
      ) : (
        <ScrollRegion label={t('insight.needs.title')}>
          <table>
            <caption className="visually-hidden">{t('insight.needs.title')}</caption>
            <thead>
              <tr>
                {field.fields.map((sub) => (
                  <th scope="col" key={sub.id}>
                    {localise(sub.name ?? sub.label, language)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {formatGroup(field, items, fieldContext).map((item) => (
                <tr key={item.id}>
                  {field.fields.map((sub, index) => {
                    const value = item.rows.find((row) => row.field.id === sub.id)?.value ?? '';
                    return index === 0 ? (
                      <th scope="row" key={sub.id}>
                        {value}
                      </th>
                    ) : (
                      <td key={sub.id} className="pre-wrap">
                        {value}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
