// The frame of every page: skip link, header, main region and footer.
import type { ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n-context';

export function Layout({ children, inDossier }: { children: ReactNode; inDossier: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('layout.skip')}
      </a>
      <header className="header">
        <div className="header__inner">
          <a className="header__name" href="#/">
            <svg className="header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect x="2" y="2" width="12" height="12" rx="2" />
              <rect x="18" y="2" width="12" height="12" rx="2" />
              <rect x="2" y="18" width="12" height="12" rx="2" />
              <rect x="18" y="18" width="12" height="12" rx="2" />
            </svg>
            {t('app.name')}
          </a>
          <nav aria-label={t('layout.navigation')} className="header__nav">
            {inDossier ? <a href="#/overview">{t('layout.overview')}</a> : null}
            {inDossier ? <a href="#/documents">{t('layout.documents')}</a> : null}
            <a href="#/">{t('layout.allDossiers')}</a>
            <a href="#/knowledge">{t('layout.knowledge')}</a>
          </nav>
        </div>
      </header>
      <main id="main-content" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <div className="footer__inner">
          <p>{t('layout.footerPrivacy')}</p>
          <p>{t('layout.footerVersion', { version: __APP_VERSION__ })}</p>
        </div>
      </footer>
    </>
  );
}
