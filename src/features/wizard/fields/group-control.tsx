// A repeatable group ("add another"): each item is a fieldset with its own questions, and can
// be removed or moved. Item ids are kept, so references to an item survive reordering.
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { draftLookup, isFieldVisible } from '@/domain/step-schema';
import type { FieldContext } from '@/domain/field-context';
import { emptyItem, newItemId } from '@/domain/form-values';
import { localise } from '@/domain/localise';
import type { GroupField } from '@/schemas/content/field';
import type { Step } from '@/schemas/content/step';
import type { StepAnswers, StepDraft } from '@/schemas/dossier';
import { useI18n } from '@/i18n/i18n-context';
import { useAnnounce } from '@/ui/announcer';
import { errorId, fieldId, fieldName, hintId, type FieldPath } from '../field-ids';
import { errorMessage, ScalarControl } from './scalar-control';

export interface GroupControlProps {
  step: Step;
  field: GroupField;
  path: FieldPath;
  ctx: FieldContext;
  answers: Partial<Record<string, StepAnswers>>;
  disabled?: boolean;
}

export function GroupControl({ step, field, path, ctx, answers, disabled }: GroupControlProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const { control } = useFormContext();
  const name = fieldName(path);
  const { fields, append, remove, move } = useFieldArray({ control, name, keyName: 'key' });
  const values = useWatch({ control }) as StepDraft;
  const { errors } = useFormState({ name });
  const error = errorMessage(errors, path);
  const label = localise(field.label, ctx.language);
  const itemLabel = localise(field.itemLabel, ctx.language);
  const hint = field.hint ? localise(field.hint, ctx.language) : undefined;
  const max = field.maxItems ?? 50;
  const items = Array.isArray(values[field.id])
    ? (values[field.id] as Record<string, string | string[]>[])
    : [];

  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset
        className="fieldset group"
        id={fieldId(path)}
        tabIndex={-1}
        aria-describedby={
          [hint ? hintId(path) : '', error ? errorId(path) : ''].filter(Boolean).join(' ') ||
          undefined
        }
      >
        <legend className="fieldset__legend">{label}</legend>
        {hint ? (
          <div className="hint" id={hintId(path)}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <p className="error-message" id={errorId(path)}>
            <span className="visually-hidden">{t('errors.prefix')}</span> {error}
          </p>
        ) : null}
        {fields.map((item, index) => {
          const itemValues = items[index] ?? {};
          const lookup = draftLookup(step, values, answers, ctx, {
            group: field,
            values: itemValues,
          });
          const number = index + 1;
          return (
            <fieldset className="group__item" key={item.key}>
              <legend className="group__item-title">{`${itemLabel} ${number}`}</legend>
              {field.fields
                .filter((sub) => isFieldVisible(sub, lookup))
                .map((sub) => (
                  <ScalarControl
                    key={sub.id}
                    field={sub}
                    path={[...path, index, sub.id]}
                    ctx={ctx}
                    disabled={disabled}
                  />
                ))}
              {disabled ? null : (
                <div className="button-row button-row--small">
                  <button
                    aria-label={`${t('group.moveUp')} ${itemLabel} ${number}`}
                    type="button"
                    className="button button--secondary button--small"
                    disabled={index === 0}
                    onClick={() => {
                      move(index, index - 1);
                      announce(
                        t('group.movedUp', {
                          item: `${itemLabel} ${number}`,
                          position: number - 1,
                        }),
                      );
                    }}
                  >
                    {t('group.moveUp')}
                  </button>
                  <button
                    aria-label={`${t('group.moveDown')} ${itemLabel} ${number}`}
                    type="button"
                    className="button button--secondary button--small"
                    disabled={index === fields.length - 1}
                    onClick={() => {
                      move(index, index + 1);
                      announce(
                        t('group.movedDown', {
                          item: `${itemLabel} ${number}`,
                          position: number + 1,
                        }),
                      );
                    }}
                  >
                    {t('group.moveDown')}
                  </button>
                  <button
                    aria-label={`${t('group.remove')} ${itemLabel} ${number}`}
                    type="button"
                    className="button button--warning button--small"
                    onClick={() => {
                      remove(index);
                      announce(t('group.removed', { item: `${itemLabel} ${number}` }));
                      document.getElementById(fieldId(path))?.focus();
                    }}
                  >
                    {t('group.remove')}
                  </button>
                </div>
              )}
            </fieldset>
          );
        })}
        {disabled || fields.length >= max ? null : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              append(emptyItem(field, newItemId()), { shouldFocus: false });
              announce(t('group.added', { item: `${itemLabel} ${fields.length + 1}` }));
              window.setTimeout(() => {
                const first = field.fields[0];
                if (first)
                  document.getElementById(fieldId([...path, fields.length, first.id]))?.focus();
              }, 0);
            }}
          >
            {localise(field.addLabel, ctx.language)}
          </button>
        )}
      </fieldset>
    </div>
  );
}
