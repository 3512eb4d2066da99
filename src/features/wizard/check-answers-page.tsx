// The page that closes a phase: every answer of the phase, with a way to change each, and the
// confirmation that marks the phase complete.
import type { FieldContext } from '@/domain/field-context';
import { formatAnswer, formatGroup } from '@/domain/answer-format';
import { localise } from '@/domain/localise';
import { isSubmitted, phaseOf, visibleSteps } from '@/domain/navigation';
import { answersLookup, visibleFields } from '@/domain/step-schema';
import type { LifecycleEvent } from '@/machines/lifecycle.machine';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Field } from '@/schemas/content/field';
import type { Dossier } from '@/schemas/dossier';
import type { PhaseId } from '@/schemas/ids';
import { useI18n } from '@/i18n/i18n-context';
import { useDocumentTitle } from '@/ui/document-title';
import { PageHeading } from '@/ui/page-heading';

export interface CheckAnswersPageProps {
  registry: ContentRegistry;
  dossier: Dossier;
  phase: PhaseId;
  fieldContext: FieldContext;
  lockedMessage?: string;
  readOnly: boolean;
  send: (event: LifecycleEvent) => void;
  onOverview: () => void;
}

function AnswerValue({ field, value, ctx }: { field: Field; value: unknown; ctx: FieldContext }) {
  const { t, language } = useI18n();
  if (field.kind === 'group') {
    const items = formatGroup(field, value as never, ctx);
    if (items.length === 0) return <span className="muted">{t('check.notAnswered')}</span>;
    return (
      <ol className="summary-items">
        {items.map((item, index) => (
          <li key={item.id}>
            <span className="summary-items__title">{`${localise(field.itemLabel, language)} ${index + 1}`}</span>
            <dl className="summary-items__rows">
              {item.rows.map((row) => (
                <div key={row.field.id}>
                  <dt>{row.label}</dt>
                  <dd className="pre-wrap">{row.value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    );
  }
  const text = formatAnswer(field, value as never, ctx);
  return text === undefined ? (
    <span className="muted">{t('check.notAnswered')}</span>
  ) : (
    <span className="pre-wrap">{text}</span>
  );
}

export function CheckAnswersPage({
  registry,
  dossier,
  phase,
  fieldContext,
  lockedMessage,
  readOnly,
  send,
  onOverview,
}: CheckAnswersPageProps) {
  const { t, language } = useI18n();
  const phaseSpec = phaseOf(registry, phase);
  const phaseTitle = localise(phaseSpec.title, language);
  const steps = visibleSteps(registry, phase, dossier);
  const incomplete = steps.filter((step) => !isSubmitted(dossier, step.id));
  const confirmed = dossier.progress.confirmed[phase] !== undefined && incomplete.length === 0;
  useDocumentTitle(t('check.title', { phase: phaseTitle }));

  const change = (step: string) => send({ type: 'step.goto', phase, step });

  return (
    <div className="narrow">
      <button
        type="button"
        className="back-link"
        onClick={() => (steps.length > 0 ? send({ type: 'step.back' }) : onOverview())}
      >
        {t('wizard.back')}
      </button>
      <PageHeading focusKey={`check-${phase}`} caption={phaseTitle}>
        {t('check.heading')}
      </PageHeading>
      {steps.map((step) => {
        const answers = dossier.answers[step.id] ?? {};
        const fields = visibleFields(step, answersLookup(dossier.answers, step.id));
        const title = localise(step.title, language);
        return (
          <section key={step.id} className="summary-card" aria-labelledby={`summary-${step.id}`}>
            <div className="summary-card__header">
              <h2 id={`summary-${step.id}`} className="summary-card__title">
                {title}
              </h2>
              <a
                aria-label={`${isSubmitted(dossier, step.id) ? t('check.change') : t('check.complete')} ${title}`}
                href={`#/${phase}/${step.id}`}
                className="summary-card__action"
                onClick={(event) => {
                  event.preventDefault();
                  change(step.id);
                }}
              >
                {isSubmitted(dossier, step.id) ? t('check.change') : t('check.complete')}
              </a>
            </div>
            {isSubmitted(dossier, step.id) ? (
              <dl className="summary-list">
                {fields.map((field) => (
                  <div className="summary-list__row" key={field.id}>
                    <dt className="summary-list__key">{localise(field.label, language)}</dt>
                    <dd className="summary-list__value">
                      <AnswerValue field={field} value={answers[field.id]} ctx={fieldContext} />
                    </dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="summary-card__empty">{t('check.stepNotCompleted')}</p>
            )}
          </section>
        );
      })}
      {lockedMessage ? <p className="notice">{lockedMessage}</p> : null}
      {incomplete.length > 0 ? (
        <p className="inset">{t('check.incomplete', { count: incomplete.length })}</p>
      ) : readOnly || lockedMessage ? null : (
        <>
          <h2 className="heading-m">
            {confirmed ? t('check.confirmedHeading') : t('check.confirmHeading')}
          </h2>
          <p>{t('check.confirmText')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              data-testid="confirm-phase"
              onClick={() => send({ type: 'phase.confirm' })}
            >
              {t('check.confirm')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
