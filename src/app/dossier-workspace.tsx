// Everything inside one open dossier: overview, step pages and check-answers pages, with the
// banners that explain read-only or unsaved states. Loaded on demand, after the library.
import { useSelector } from '@xstate/react';
import { useEffect, useMemo, useRef } from 'react';
import { localise } from '@/domain/localise';
import { phaseOf } from '@/domain/navigation';
import { canStartPhase, phaseRequirements } from '@/domain/phase-readiness';
import { CheckAnswersPage } from '@/features/wizard/check-answers-page';
import { StepPage } from '@/features/wizard/step-page';
import { OverviewPage } from '@/features/lifecycle-overview/overview-page';
import { DocumentPage } from '@/features/documents/document-page';
import { DocumentsPage } from '@/features/documents/documents-page';
import {
  fieldContextOf,
  type Environment,
  type LifecycleEvent,
} from '@/machines/lifecycle.machine';
import type { Database } from '@/persistence/database';
import { CHECK_ANSWERS, type Dossier } from '@/schemas/dossier';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { PhaseId } from '@/schemas/ids';
import { useI18n } from '@/i18n/i18n-context';
import { genericMessages } from '@/i18n/generic-messages';
import { nowIso } from '@/lib/ids';
import { DossierActions } from './dossier-actions';
import { navigate, parseRoute, type Route } from './router';
import { SaveStatusBanner } from './save-status';
import { UnreadableDossier } from './unreadable-dossier';
import { useDossierSession, type LifecycleActor, type ReadOnlyReason } from './use-dossier-session';

export interface WorkspaceProps {
  db: Database;
  dossierId: string;
  registry: ContentRegistry;
  route: Extract<Route, { view: 'overview' | 'page' | 'documents' }>;
  appVersion: string;
}

export default function DossierWorkspace({
  db,
  dossierId,
  registry,
  route,
  appVersion,
}: WorkspaceProps) {
  const { t, language, locale } = useI18n();
  const env = useMemo<Environment>(
    () => ({ language, locale, messages: genericMessages(t), now: nowIso }),
    [language, locale, t],
  );
  const { session, flush, retryEditing } = useDossierSession(db, dossierId, registry, env);

  if (session.status === 'loading') return <p>{t('common.loading')}</p>;
  if (session.status === 'missing')
    return (
      <div className="narrow">
        <h1 className="page-heading">{t('workspace.missingTitle')}</h1>
        <p>{t('workspace.missingText')}</p>
        <a href="#/">{t('workspace.toLibrary')}</a>
      </div>
    );
  if (session.status === 'failed')
    return (
      <div className="narrow">
        <h1 className="page-heading">{t('workspace.failedTitle')}</h1>
        <p>{t('workspace.failedText')}</p>
        <a href="#/">{t('workspace.toLibrary')}</a>
      </div>
    );
  if (session.status === 'unreadable')
    return (
      <UnreadableDossier
        record={session.record}
        problem={session.problem}
        appVersion={appVersion}
      />
    );
  return (
    <ReadyWorkspace
      actor={session.actor}
      registry={registry}
      route={route}
      readOnly={session.readOnly}
      appVersion={appVersion}
      save={session.save}
      flush={flush}
      retryEditing={retryEditing}
    />
  );
}

interface ReadyProps {
  actor: LifecycleActor;
  registry: ContentRegistry;
  route: WorkspaceProps['route'];
  readOnly?: ReadOnlyReason;
  appVersion: string;
  save: Extract<ReturnType<typeof useDossierSession>['session'], { status: 'ready' }>['save'];
  flush: () => Promise<void>;
  retryEditing: () => Promise<void>;
}

const samePosition = (route: ReadyProps['route'], dossier: Dossier) =>
  route.view === 'page' &&
  route.phase === dossier.position.phase &&
  route.step === dossier.position.step;

function ReadyWorkspace({
  actor,
  registry,
  route,
  readOnly,
  appVersion,
  save,
  flush,
  retryEditing,
}: ReadyProps) {
  const { t, language } = useI18n();
  const context = useSelector(actor, (snapshot) => snapshot.context);
  const { dossier } = context;
  const { answers } = context.dossier;
  const fieldContext = useMemo(
    () => fieldContextOf(registry, context.env, answers),
    [registry, context.env, answers],
  );
  const synced = useRef(dossier.position);

  // The machine moved (continue, back, confirm): show the new page in the address bar.
  useEffect(() => {
    const { position } = dossier;
    if (position.phase === synced.current.phase && position.step === synced.current.step) return;
    synced.current = position;
    // Read the live address: a confirm has just asked for the overview in this same event.
    if (parseRoute(window.location.hash).view === 'page') navigate({ view: 'page', ...position });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dossier.position]);

  // The address changed (a link, Back, a typed address): move the machine there if it may go.
  useEffect(() => {
    if (route.view !== 'page' || samePosition(route, dossier)) return;
    actor.send({ type: 'step.goto', phase: route.phase, step: route.step });
    const position = actor.getSnapshot().context.dossier.position;
    synced.current = position;
    if (!samePosition(route, actor.getSnapshot().context.dossier))
      navigate({ view: 'page', ...position }, { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [route]);

  const send = (event: LifecycleEvent) => {
    actor.send(event);
    if (event.type === 'phase.confirm') navigate({ view: 'overview' });
  };
  const showPage = () =>
    navigate({ view: 'page', ...actor.getSnapshot().context.dossier.position });
  const showOverview = () => navigate({ view: 'overview' });

  const phase = dossier.position.phase;
  const requirement = phaseRequirements[phase];
  const lockedMessage =
    !canStartPhase(dossier, phase) && requirement
      ? t(`workspace.locked.${requirement.guard}`, {
          phase: localise(phaseOf(registry, requirement.after).title, language),
        })
      : undefined;
  const isReadOnly = readOnly !== undefined || context.readOnly;

  const banners = (
    <SaveStatusBanner
      save={save}
      readOnly={readOnly}
      dossier={dossier}
      appVersion={appVersion}
      onRetryEditing={() => void retryEditing()}
      onRetrySave={() => void flush()}
    />
  );

  if (route.view === 'documents') {
    const template = registry.templates.find((candidate) => candidate.id === route.id);
    const openStep = (phase: PhaseId, stepId: string) => {
      send({ type: 'step.goto', phase, step: stepId });
      showPage();
    };
    return (
      <>
        {banners}
        {route.id === undefined ? (
          <DocumentsPage registry={registry} dossier={dossier} />
        ) : template ? (
          <DocumentPage
            key={template.id}
            registry={registry}
            dossier={dossier}
            template={template}
            onOpenStep={openStep}
          />
        ) : (
          <div className="narrow">
            <h1 className="page-heading">{t('documents.notFoundTitle')}</h1>
            <p>{t('documents.notFoundText')}</p>
            <a href="#/documents">{t('documents.allDocuments')}</a>
          </div>
        )}
      </>
    );
  }
  if (route.view === 'overview') {
    return (
      <>
        {banners}
        <OverviewPage
          registry={registry}
          dossier={dossier}
          send={send}
          onOpenPage={showPage}
          actions={
            <DossierActions
              dossier={dossier}
              appVersion={appVersion}
              readOnly={isReadOnly}
              flush={flush}
              send={send}
            />
          }
        />
      </>
    );
  }
  const step = registry.steps[dossier.position.step];
  return (
    <>
      {banners}
      {dossier.position.step === CHECK_ANSWERS || !step ? (
        <CheckAnswersPage
          registry={registry}
          dossier={dossier}
          phase={phase}
          fieldContext={fieldContext}
          lockedMessage={lockedMessage}
          readOnly={isReadOnly}
          send={send}
          onOverview={showOverview}
        />
      ) : (
        <StepPage
          registry={registry}
          dossier={dossier}
          step={step}
          fieldContext={fieldContext}
          lockedMessage={lockedMessage}
          readOnly={isReadOnly}
          send={send}
          onOverview={showOverview}
        />
      )}
    </>
  );
}
