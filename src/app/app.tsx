// The composition root: database, address, and which page to show.
import { lazy, Suspense, useMemo } from 'react';
import { LibraryPage } from '@/features/dossier-library/library-page';
import { I18nContext, type I18n } from '@/i18n/i18n-context';
import { translateEn } from '@/i18n/i18n';
import { AnnouncerProvider } from '@/ui/announcer';
import { ErrorBoundary } from './error-boundary';
import { Layout } from './layout';
import { loadNewDossierContent } from './new-dossier-content';
import { navigate, openDossierId, rememberOpenDossier, useRoute } from './router';
import { useDatabase } from './use-database';

const DossierRoute = lazy(() => import('./dossier-route'));
const KnowledgeRoute = lazy(() => import('./knowledge-route'));

function browserLocale() {
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en-GB';
}

export function App() {
  const route = useRoute();
  const database = useDatabase();
  const i18n = useMemo<I18n>(
    () => ({ t: translateEn, language: 'en', locale: browserLocale() }),
    [],
  );
  const dossierId =
    route.view === 'library' || route.view === 'knowledge' ? undefined : openDossierId();
  const t = i18n.t;

  let page;
  // The knowledge base needs no storage, so it works even where the browser refuses it.
  if (route.view === 'knowledge')
    page = (
      <Suspense fallback={<p>{t('common.loading')}</p>}>
        <KnowledgeRoute
          focus={route.section && route.id ? { section: route.section, id: route.id } : undefined}
        />
      </Suspense>
    );
  else if (database.status === 'opening') page = <p>{t('common.loading')}</p>;
  else if (database.status !== 'open')
    page = (
      <div className="narrow" role="alert">
        <h1 className="page-heading">{t(`storage.${database.status}.title`)}</h1>
        <p>{t(`storage.${database.status}.text`)}</p>
      </div>
    );
  else if (route.view === 'library' || !dossierId)
    page = (
      <LibraryPage
        db={database.db}
        appVersion={__APP_VERSION__}
        loadNewDossierContent={loadNewDossierContent}
        onOpen={(id) => {
          rememberOpenDossier(id);
          navigate({ view: 'overview' });
        }}
      />
    );
  else
    page = (
      <Suspense fallback={<p>{t('common.loading')}</p>}>
        <DossierRoute
          key={dossierId}
          db={database.db}
          dossierId={dossierId}
          route={route}
          appVersion={__APP_VERSION__}
        />
      </Suspense>
    );

  return (
    <I18nContext.Provider value={i18n}>
      <AnnouncerProvider>
        <Layout
          inDossier={
            dossierId !== undefined || (route.view === 'knowledge' && openDossierId() !== undefined)
          }
        >
          <ErrorBoundary>{page}</ErrorBoundary>
        </Layout>
      </AnnouncerProvider>
    </I18nContext.Provider>
  );
}
