// One step of the lifecycle: the question page with its form, guidance and navigation.
import { useState } from 'react';
import type { FieldContext } from '@/domain/field-context';
import { localise } from '@/domain/localise';
import { phaseOf, previousPosition, visibleSteps } from '@/domain/navigation';
import type { LifecycleEvent } from '@/machines/lifecycle.machine';
import type { ContentRegistry, RegisteredStep } from '@/schemas/content-registry';
import type { Dossier } from '@/schemas/dossier';
import { useI18n } from '@/i18n/i18n-context';
import { useDocumentTitle } from '@/ui/document-title';
import { PageHeading } from '@/ui/page-heading';
import { GuidancePanel, WhyAsked } from './guidance-panel';
import { answersWithDraft } from './insights/answers-with-draft';
import { Insights } from './insights/insights';
import { StepForm } from './step-form';

export interface StepPageProps {
  registry: ContentRegistry;
  dossier: Dossier;
  step: RegisteredStep;
  fieldContext: FieldContext;
  /** Why the form cannot be filled in here, if it cannot. */
  lockedMessage?: string;
  readOnly: boolean;
  send: (event: LifecycleEvent) => void;
  onOverview: () => void;
}

export function StepPage({
  registry,
  dossier,
  step,
  fieldContext,
  lockedMessage,
  readOnly,
  send,
  onOverview,
}: StepPageProps) {
  const { t, language } = useI18n();
  const [errorCount, setErrorCount] = useState(0);
  const phase = phaseOf(registry, step.phase);
  const steps = visibleSteps(registry, step.phase, dossier);
  const number = steps.findIndex((candidate) => candidate.id === step.id) + 1;
  const title = localise(step.title, language);
  const phaseTitle = localise(phase.title, language);
  const hasPrevious = previousPosition(registry, dossier, dossier.position) !== null;
  useDocumentTitle(`${title} – ${phaseTitle}`, errorCount > 0);

  return (
    <div className="step-layout">
      <div className="step-main">
        <button
          type="button"
          className="back-link"
          onClick={() => (hasPrevious ? send({ type: 'step.back' }) : onOverview())}
        >
          {hasPrevious ? t('wizard.back') : t('wizard.backToOverview')}
        </button>
        <PageHeading
          focusKey={step.id}
          caption={`${phaseTitle} – ${t('wizard.stepOf', { number, total: steps.length })}`}
        >
          {title}
        </PageHeading>
        {step.intro ? <p className="lead">{localise(step.intro, language)}</p> : null}
        <WhyAsked step={step} registry={registry} />
        {lockedMessage ? (
          <div className="notice" role="note">
            <p>{lockedMessage}</p>
          </div>
        ) : null}
        {step.insights && step.insights.length > 0 ? (
          <Insights
            ids={step.insights}
            registry={registry}
            dossier={dossier}
            answers={answersWithDraft(step, dossier.answers, dossier.drafts[step.id], fieldContext)}
            fieldContext={fieldContext}
          />
        ) : null}
        <StepForm
          key={readOnly ? `${step.id}:${dossier.updatedAt}` : step.id}
          step={step}
          answers={dossier.answers}
          draft={dossier.drafts[step.id]}
          ctx={fieldContext}
          readOnly={readOnly || lockedMessage !== undefined}
          onChange={(values) => send({ type: 'step.change', values })}
          onSubmit={(values) => send({ type: 'step.submit', values })}
          onErrorsChange={setErrorCount}
          submitLabel={t('wizard.saveAndContinue')}
        />
      </div>
      <GuidancePanel step={step} registry={registry} />
    </div>
  );
}
