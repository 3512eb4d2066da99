// The last line of defence: an error while drawing a page shows a way forward instead of a
// blank screen. Saved work is in the browser's storage and is not touched.
import { Component, type ReactNode } from 'react';
import { translateEn } from '@/i18n/i18n';

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = translateEn;
    return (
      <div className="narrow" role="alert">
        <h1 className="page-heading">{t('crash.title')}</h1>
        <p>{t('crash.text')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </button>
          <a
            className="button button--secondary"
            href="#/"
            onClick={() => {
              this.setState({ failed: false });
            }}
          >
            {t('workspace.toLibrary')}
          </a>
        </div>
      </div>
    );
  }
}
