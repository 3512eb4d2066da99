// Keeps the browser tab's title in step with the page; "Error: " first when the form has
// errors, so screen reader users hear it (GOV.UK "Recover from validation errors").
import { useEffect } from 'react';
import { useI18n } from '@/i18n/i18n-context';

export function useDocumentTitle(title: string, hasErrors = false) {
  const { t } = useI18n();
  useEffect(() => {
    const text = `${title} – ${t('app.name')}`;
    document.title = hasErrors ? `${t('errors.titlePrefix')} ${text}` : text;
  }, [title, hasErrors, t]);
}
