// The control for one non-group question, chosen by its kind.
import { get, useFormContext, useFormState } from 'react-hook-form';
import type { FieldContext } from '@/domain/field-context';
import { fieldOptions } from '@/domain/field-options';
import { localise } from '@/domain/localise';
import { formatMoneyInput, parseLocaleDecimal } from '@/domain/numbers';
import type { ScalarField } from '@/schemas/content/field';
import { useI18n } from '@/i18n/i18n-context';
import { fieldId, fieldName, type FieldPath } from '../field-ids';
import { describedBy, FieldFrame } from './field-frame';

/** Above this many options, a single choice is a select rather than radios. */
const RADIO_LIMIT = 8;

export interface ControlProps {
  field: ScalarField;
  path: FieldPath;
  ctx: FieldContext;
  disabled?: boolean;
}

export function errorMessage(errors: unknown, path: FieldPath): string | undefined {
  const error: unknown = get(errors, fieldName(path));
  if (error && typeof error === 'object') {
    if ('message' in error && typeof error.message === 'string') return error.message;
    if ('root' in error && error.root && typeof error.root === 'object' && 'message' in error.root)
      return typeof error.root.message === 'string' ? error.root.message : undefined;
  }
  return undefined;
}

function Suffix({ children }: { children: string }) {
  return (
    <span className="input-affix" aria-hidden="true">
      {children}
    </span>
  );
}

export function ScalarControl({ field, path, ctx, disabled }: ControlProps) {
  const { t } = useI18n();
  const { register, setValue, getValues } = useFormContext();
  const { errors } = useFormState({ name: fieldName(path) });
  const name = fieldName(path);
  const id = fieldId(path);
  const label = localise(field.label, ctx.language);
  const hint = field.hint ? localise(field.hint, ctx.language) : undefined;
  const error = errorMessage(errors, path);
  const aria = {
    'aria-describedby': describedBy(path, hint, error),
    'aria-invalid': error ? true : undefined,
  };

  switch (field.kind) {
    case 'textarea':
      return (
        <FieldFrame path={path} label={label} hint={hint} error={error}>
          <textarea
            id={id}
            className="textarea"
            rows={field.rows ?? 5}
            disabled={disabled}
            {...aria}
            {...register(name)}
          />
        </FieldFrame>
      );
    case 'text':
      return (
        <FieldFrame path={path} label={label} hint={hint} error={error}>
          <input
            id={id}
            type="text"
            className={`input input--${field.width ?? 'medium'}`}
            autoComplete={field.autocomplete ?? 'off'}
            spellCheck
            disabled={disabled}
            {...aria}
            {...register(name)}
          />
        </FieldFrame>
      );
    case 'number':
    case 'money':
    case 'percentage': {
      const registration = register(name);
      const prefix = field.kind === 'money' ? '€' : undefined;
      const suffix =
        field.kind === 'percentage'
          ? '%'
          : field.kind === 'number' && field.unit
            ? localise(field.unit, ctx.language)
            : undefined;
      return (
        <FieldFrame path={path} label={label} hint={hint} error={error}>
          <div className="input-wrapper">
            {prefix ? <Suffix>{prefix}</Suffix> : null}
            <input
              id={id}
              type="text"
              inputMode="decimal"
              className={`input input--${field.kind === 'money' ? 'medium' : 'short'}`}
              autoComplete="off"
              spellCheck={false}
              disabled={disabled}
              {...aria}
              {...registration}
              onBlur={(event) => {
                void registration.onBlur(event);
                // Shows money back in the reader's own format: 1250000 → 1,250,000.
                if (field.kind !== 'money') return;
                const value = parseLocaleDecimal(String(getValues(name) ?? ''), ctx.locale);
                if (
                  value !== null &&
                  Number.isFinite(value) &&
                  Math.round(value * 100) === value * 100
                )
                  setValue(name, formatMoneyInput(value, ctx.locale), { shouldDirty: true });
              }}
            />
            {suffix ? <Suffix>{suffix}</Suffix> : null}
          </div>
          {field.kind === 'money' ? (
            <span className="visually-hidden">{t('fields.inEuros')}</span>
          ) : null}
        </FieldFrame>
      );
    }
    case 'date':
      return (
        <FieldFrame path={path} label={label} hint={hint} error={error}>
          <input
            id={id}
            type="date"
            className="input input--date"
            min={field.min}
            max={field.max}
            disabled={disabled}
            {...aria}
            {...register(name)}
          />
        </FieldFrame>
      );
    case 'yesno':
      return (
        <FieldFrame path={path} label={label} hint={hint} error={error} asFieldset>
          <div className="radios radios--inline">
            {(['yes', 'no'] as const).map((value, index) => (
              <div className="radios__item" key={value}>
                <input
                  className="radios__input"
                  id={index === 0 ? id : `${id}--${value}`}
                  type="radio"
                  value={value}
                  disabled={disabled}
                  {...register(name)}
                />
                <label className="radios__label" htmlFor={index === 0 ? id : `${id}--${value}`}>
                  {t(value === 'yes' ? 'common.yes' : 'common.no')}
                </label>
              </div>
            ))}
          </div>
        </FieldFrame>
      );
    case 'multichoice': {
      const options = fieldOptions(field, ctx);
      return (
        <FieldFrame path={path} label={label} hint={hint} error={error} asFieldset>
          <div className="checkboxes">
            {options.map((option, index) => {
              const optionId = index === 0 ? id : `${id}--${option.id}`;
              return (
                <div className="checkboxes__item" key={option.id}>
                  <input
                    className="checkboxes__input"
                    id={optionId}
                    type="checkbox"
                    value={option.id}
                    disabled={disabled}
                    aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                    {...register(name)}
                  />
                  <label className="checkboxes__label" htmlFor={optionId}>
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div className="hint checkboxes__hint" id={`${optionId}-hint`}>
                      {option.hint}
                    </div>
                  ) : null}
                </div>
              );
            })}
          </div>
        </FieldFrame>
      );
    }
    case 'choice':
    case 'member-state':
    case 'party':
    case 'item': {
      const options = fieldOptions(field, ctx);
      const asSelect =
        field.kind === 'member-state' ||
        (field.kind === 'choice' && field.display === 'select') ||
        options.length > RADIO_LIMIT;
      if ((field.kind === 'party' || field.kind === 'item') && options.length === 0) {
        return (
          <FieldFrame path={path} label={label} hint={hint} error={error}>
            <p className="inset" id={id} tabIndex={-1}>
              {field.kind === 'party' ? t('fields.noParties') : t('fields.noItems')}
            </p>
          </FieldFrame>
        );
      }
      if (asSelect) {
        return (
          <FieldFrame path={path} label={label} hint={hint} error={error}>
            <select id={id} className="select" disabled={disabled} {...aria} {...register(name)}>
              <option value="">{t('fields.selectPrompt')}</option>
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </FieldFrame>
        );
      }
      return (
        <FieldFrame path={path} label={label} hint={hint} error={error} asFieldset>
          <div className="radios">
            {options.map((option, index) => {
              const optionId = index === 0 ? id : `${id}--${option.id}`;
              return (
                <div className="radios__item" key={option.id}>
                  <input
                    className="radios__input"
                    id={optionId}
                    type="radio"
                    value={option.id}
                    disabled={disabled}
                    aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                    {...register(name)}
                  />
                  <label className="radios__label" htmlFor={optionId}>
                    {option.label}
                  </label>
                  {option.hint ? (
                    <div className="hint radios__hint" id={`${optionId}-hint`}>
                      {option.hint}
                    </div>
                  ) : null}
                </div>
              );
            })}
          </div>
        </FieldFrame>
      );
    }
  }
}
