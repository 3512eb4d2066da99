// Answers as people read them on the check-answers page and in summaries.
import type { Field, ScalarField } from '@/schemas/content/field';
import type { AnswerValue, GroupItem, ScalarAnswer } from '@/schemas/dossier';
import type { FieldContext } from './field-context';
import { fieldOptions } from './field-options';
import { localise } from './localise';
import { formatDecimal, formatEuro, formatIsoDate, formatPercent } from './numbers';

function formatScalar(field: ScalarField, value: ScalarAnswer, ctx: FieldContext): string {
  const label = (id: string) =>
    fieldOptions(field, ctx).find((option) => option.id === id)?.label ?? id;
  switch (field.kind) {
    case 'money':
      return typeof value === 'number' ? formatEuro(value, ctx.locale) : String(value);
    case 'percentage':
      return typeof value === 'number' ? formatPercent(value, ctx.locale) : String(value);
    case 'number': {
      if (typeof value !== 'number') return String(value);
      const number = formatDecimal(value, ctx.locale, true);
      return field.unit ? `${number} ${localise(field.unit, ctx.language)}` : number;
    }
    case 'date':
      return typeof value === 'string' ? formatIsoDate(value, ctx.locale) : String(value);
    case 'yesno':
      return ctx.messages(value === true ? 'yes' : 'no', {});
    case 'choice':
    case 'member-state':
    case 'party':
    case 'item':
      return typeof value === 'string' ? label(value) : String(value);
    case 'multichoice':
      return Array.isArray(value) ? value.map(label).join(', ') : String(value);
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}

export interface FormattedItem {
  id: string;
  rows: { field: Field; label: string; value: string }[];
}

/** A non-group answer as text; undefined when there is no answer. */
export function formatAnswer(
  field: ScalarField,
  value: AnswerValue | undefined,
  ctx: FieldContext,
) {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return undefined;
  return formatScalar(field, value as ScalarAnswer, ctx);
}

/** The items of a repeatable group, each as label/value rows. */
export function formatGroup(
  field: Extract<Field, { kind: 'group' }>,
  value: AnswerValue | undefined,
  ctx: FieldContext,
): FormattedItem[] {
  const items = Array.isArray(value) ? (value as GroupItem[]) : [];
  return items.map((item) => ({
    id: String(item.id),
    rows: field.fields.flatMap((sub) => {
      const text = formatAnswer(sub, item[sub.id], ctx);
      return text === undefined
        ? []
        : [{ field: sub, label: localise(sub.label, ctx.language), value: text }];
    }),
  }));
}
