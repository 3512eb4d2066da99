// The GOV.UK error summary: a list at the top of the form linking to each field with a
// problem. It takes focus whenever a submit fails, so screen readers read it at once.
import { useEffect, useRef } from 'react';
import { useI18n } from '@/i18n/i18n-context';

export interface SummaryError {
  /** id of the element the link moves focus to. */
  target: string;
  message: string;
}

export function ErrorSummary({ errors, attempt }: { errors: SummaryError[]; attempt: number }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const focusedAttempt = useRef(0);
  const hasErrors = errors.length > 0;
  useEffect(() => {
    // Focus once per failed submit: the errors may arrive a render after the attempt.
    if (attempt > focusedAttempt.current && hasErrors) {
      focusedAttempt.current = attempt;
      ref.current?.focus();
    }
  }, [attempt, hasErrors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 id="error-summary-title" className="error-summary__title">
          {t('errors.summaryTitle')}
        </h2>
        <ul className="error-summary__list">
          {errors.map((error) => (
            <li key={`${error.target}:${error.message}`}>
              <a
                href={`#${error.target}`}
                onClick={(event) => {
                  event.preventDefault();
                  const element = document.getElementById(error.target);
                  element?.scrollIntoView?.({ block: 'center' });
                  element?.focus();
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
