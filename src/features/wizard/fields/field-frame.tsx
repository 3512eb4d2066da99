// Label (or legend), hint and error message around a control, wired with aria-describedby.
import type { ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { errorId, fieldId, hintId, type FieldPath } from '../field-ids';

export interface FrameProps {
  path: FieldPath;
  label: string;
  hint?: string;
  error?: string;
  /** Radios, checkboxes and groups are fieldsets with a legend; single controls have a label. */
  asFieldset?: boolean;
  /** The legend or label is the page's question: shown larger. */
  children: ReactNode;
}

export function describedBy(path: FieldPath, hint?: string, error?: string): string | undefined {
  const ids = [hint ? hintId(path) : null, error ? errorId(path) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldFrame({ path, label, hint, error, asFieldset, children }: FrameProps) {
  const { t } = useI18n();
  const hintElement = hint ? (
    <div className="hint" id={hintId(path)}>
      {hint}
    </div>
  ) : null;
  const errorElement = error ? (
    <p className="error-message" id={errorId(path)}>
      <span className="visually-hidden">{t('errors.prefix')}</span> {error}
    </p>
  ) : null;
  const className = `form-group${error ? ' form-group--error' : ''}`;
  if (asFieldset) {
    return (
      <div className={className}>
        <fieldset className="fieldset" aria-describedby={describedBy(path, hint, error)}>
          <legend className="fieldset__legend">{label}</legend>
          {hintElement}
          {errorElement}
          {children}
        </fieldset>
      </div>
    );
  }
  return (
    <div className={className}>
      <label className="label" htmlFor={fieldId(path)}>
        {label}
      </label>
      {hintElement}
      {errorElement}
      {children}
    </div>
  );
}
