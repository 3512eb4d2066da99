// The lifecycle overview (GOV.UK task list): the six phases, each with its steps and a status,
// and a way back to where the user left off.
import { localise } from '@/domain/localise';
import { isPageReachable, phaseOf, visibleSteps } from '@/domain/navigation';
import { phaseRequirements } from '@/domain/phase-readiness';
import { phaseStatus, stepStatus } from '@/domain/progress';
import type { LifecycleEvent } from '@/machines/lifecycle.machine';
import type { ContentRegistry } from '@/schemas/content-registry';
import { CHECK_ANSWERS, type Dossier } from '@/schemas/dossier';
import { phaseIds } from '@/schemas/ids';
import { useI18n } from '@/i18n/i18n-context';
import { useDocumentTitle } from '@/ui/document-title';
import { PageHeading } from '@/ui/page-heading';
import { StatusTag } from '@/ui/status-tag';

export interface OverviewPageProps {
  registry: ContentRegistry;
  dossier: Dossier;
  send: (event: LifecycleEvent) => void;
  /** Shows the page at the machine's current position. */
  onOpenPage: () => void;
  /** Export, rename and the like: supplied by the app. */
  actions?: React.ReactNode;
}

export function OverviewPage({ registry, dossier, send, onOpenPage, actions }: OverviewPageProps) {
  const { t, language, locale } = useI18n();
  useDocumentTitle(t('overview.title', { name: dossier.name }));
  const { position } = dossier;
  const positionTitle =
    position.step === CHECK_ANSWERS
      ? t('check.heading')
      : localise(registry.steps[position.step]?.title ?? { en: position.step }, language);
  const go = (phase: (typeof phaseIds)[number], step: string) => {
    send({ type: 'step.goto', phase, step });
    onOpenPage();
  };
  const updated = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(dossier.updatedAt),
  );

  return (
    <div className="narrow">
      <PageHeading focusKey={`overview-${dossier.id}`} caption={t('overview.caption')}>
        {dossier.name}
      </PageHeading>
      <p className="muted">{t('overview.lastSaved', { date: updated })}</p>
      {actions}
      <div className="continue-panel">
        <h2 className="heading-m">{t('overview.continueHeading')}</h2>
        <p>{t('overview.continueText')}</p>
        <p className="continue-panel__where">
          <span className="muted">
            {localise(phaseOf(registry, position.phase).title, language)}
          </span>
          <br />
          <strong>{positionTitle}</strong>
        </p>
        <button
          type="button"
          className="button"
          data-testid="continue-where-left"
          onClick={() => {
            send({ type: 'phase.open', phase: position.phase });
            send({ type: 'step.goto', phase: position.phase, step: position.step });
            onOpenPage();
          }}
        >
          {t('overview.continue')}
        </button>
      </div>
      <div className="notice">
        <h2 className="heading-m">{t('overview.documentsHeading')}</h2>
        <p>{t('overview.documentsText')}</p>
        <a href="#/documents" data-testid="open-documents">
          {t('overview.documentsLink')}
        </a>
      </div>
      <ol className="phase-list">
        {phaseIds.map((phaseId, index) => {
          const phase = phaseOf(registry, phaseId);
          const status = phaseStatus(registry, dossier, phaseId);
          const requirement = phaseRequirements[phaseId];
          const steps = visibleSteps(registry, phaseId, dossier);
          const titleId = `phase-${phaseId}-title`;
          return (
            <li key={phaseId} className="phase" aria-labelledby={titleId}>
              <div className="phase__header">
                <h2 className="phase__title" id={titleId}>
                  <span className="phase__number">{index + 1}.</span>{' '}
                  {localise(phase.title, language)}
                </h2>
                <StatusTag status={status} id={`phase-${phaseId}-status`} />
              </div>
              <p className="phase__summary">{localise(phase.summary, language)}</p>
              {status === 'cannot-start' && requirement ? (
                <p className="phase__requirement">
                  {t(`overview.requires.${requirement.guard}`, {
                    phase: localise(phaseOf(registry, requirement.after).title, language),
                  })}
                </p>
              ) : null}
              <ul className="task-list">
                {[
                  ...steps.map((step) => ({ id: step.id, title: localise(step.title, language) })),
                  { id: CHECK_ANSWERS, title: t('check.heading') },
                ].map((page) => {
                  const reachable = isPageReachable(registry, dossier, {
                    phase: phaseId,
                    step: page.id,
                  });
                  const pageStatus =
                    page.id === CHECK_ANSWERS
                      ? status === 'completed'
                        ? 'completed'
                        : status === 'cannot-start'
                          ? 'cannot-start'
                          : 'not-started'
                      : stepStatus(dossier, phaseId, page.id);
                  const statusId = `task-${phaseId}-${page.id}-status`;
                  return (
                    <li key={page.id} className="task-list__item">
                      <span className="task-list__name">
                        {reachable ? (
                          <a
                            href={`#/${phaseId}/${page.id}`}
                            aria-describedby={statusId}
                            onClick={(event) => {
                              event.preventDefault();
                              go(phaseId, page.id);
                            }}
                          >
                            {page.title}
                          </a>
                        ) : (
                          <span className="task-list__unreachable">{page.title}</span>
                        )}
                      </span>
                      <StatusTag status={pageStatus} id={statusId} />
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
