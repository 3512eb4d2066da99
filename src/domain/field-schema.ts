// One zod schema per question: it reads what the form holds (text as typed) and yields the
// stored answer, or issues worded for the user. The step schema (step-schema.ts) combines them.
import * as z from 'zod';
import type { Field, ScalarField } from '@/schemas/content/field';
import type { ScalarAnswer } from '@/schemas/dossier';
import type { FieldContext, GenericMessageKey } from './field-context';
import { fieldOptions } from './field-options';
import { localise } from './localise';
import {
  decimalPlaces,
  formatDecimal,
  formatIsoDate,
  formatMoneyInput,
  isIsoDate,
  parseLocaleDecimal,
} from './numbers';

export const DEFAULT_TEXT_MAX = 300;
export const DEFAULT_TEXTAREA_MAX = 5000;

type Params = Record<string, string | number>;

/** The noun used in generic messages: the field's `name`, else its label. */
export function fieldName(field: Field, ctx: FieldContext): string {
  return localise(field.name ?? field.label, ctx.language);
}

/** A field's own message for this check if content gives one, else the generic one. */
function message(
  field: Field,
  ctx: FieldContext,
  own: keyof NonNullable<Field['errors']> | null,
  generic: GenericMessageKey,
  params: Params = {},
): string {
  const text = own ? field.errors?.[own] : undefined;
  if (text) return localise(text, ctx.language);
  return ctx.messages(generic, { name: fieldName(field, ctx), ...params });
}

type Check = { value: ScalarAnswer } | { issue: string };

/** Parses the non-empty text of one field; emptiness is handled before. */
function checkText(field: ScalarField, text: string, ctx: FieldContext): Check {
  const issue = (own: 'invalid' | 'min' | 'max' | null, key: GenericMessageKey, params?: Params) =>
    ({ issue: message(field, ctx, own, key, params) }) as const;

  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const max =
        field.maxLength ?? (field.kind === 'text' ? DEFAULT_TEXT_MAX : DEFAULT_TEXTAREA_MAX);
      if (text.length > max)
        return issue('max', 'tooLong', { max: formatDecimal(max, ctx.locale, true) });
      return { value: text };
    }
    case 'number': {
      const value = parseLocaleDecimal(text, ctx.locale);
      if (value === null)
        return issue('invalid', 'notNumber', { example: formatDecimal(1250, ctx.locale, true) });
      if (field.integer && !Number.isInteger(value)) return issue('invalid', 'notWhole');
      if (field.min !== undefined && value < field.min)
        return issue('min', 'numberMin', { min: formatDecimal(field.min, ctx.locale, true) });
      if (field.max !== undefined && value > field.max)
        return issue('max', 'numberMax', { max: formatDecimal(field.max, ctx.locale, true) });
      return { value };
    }
    case 'money': {
      const value = parseLocaleDecimal(text, ctx.locale);
      if (value === null)
        return issue('invalid', 'moneyFormat', { example: formatMoneyInput(1250000, ctx.locale) });
      if (decimalPlaces(value) > 2) return issue('invalid', 'moneyCents');
      const min = field.min ?? 0;
      if (value < min) return issue('min', 'numberMin', { min: formatMoneyInput(min, ctx.locale) });
      if (field.max !== undefined && value > field.max)
        return issue('max', 'numberMax', { max: formatMoneyInput(field.max, ctx.locale) });
      return { value };
    }
    case 'percentage': {
      const value = parseLocaleDecimal(text.replace(/\s*%$/, ''), ctx.locale);
      const min = field.min ?? 0;
      const max = field.max ?? 100;
      const range = {
        min: formatDecimal(min, ctx.locale, false),
        max: formatDecimal(max, ctx.locale, false),
      };
      if (value === null || decimalPlaces(value) > 2)
        return issue('invalid', 'percentFormat', range);
      if (value < min) return issue('min', 'percentFormat', range);
      if (value > max) return issue('max', 'percentFormat', range);
      return { value };
    }
    case 'date': {
      if (!isIsoDate(text)) return issue('invalid', 'dateFormat');
      if (field.min && text < field.min)
        return issue('min', 'dateMin', { min: formatIsoDate(field.min, ctx.locale) });
      if (field.max && text > field.max)
        return issue('max', 'dateMax', { max: formatIsoDate(field.max, ctx.locale) });
      return { value: text };
    }
    case 'yesno':
      if (text === 'yes') return { value: true };
      if (text === 'no') return { value: false };
      return issue('invalid', 'unknownOption');
    case 'choice':
    case 'member-state':
    case 'party':
    case 'item': {
      if (fieldOptions(field, ctx).some((option) => option.id === text)) return { value: text };
      return issue('invalid', field.kind === 'party' ? 'unknownParty' : 'unknownOption');
    }
    case 'multichoice':
      // Multiple choices arrive as an array; see scalarFieldSchema.
      return issue('invalid', 'unknownOption');
  }
}

function checkMultichoice(
  field: Extract<ScalarField, { kind: 'multichoice' }>,
  selected: string[],
  ctx: FieldContext,
): Check {
  const known = new Set(fieldOptions(field, ctx).map((option) => option.id));
  if (selected.some((id) => !known.has(id)))
    return { issue: message(field, ctx, 'invalid', 'unknownOption') };
  if (field.minSelected !== undefined && selected.length < field.minSelected)
    return { issue: message(field, ctx, 'min', 'minSelected', { min: field.minSelected }) };
  if (field.maxSelected !== undefined && selected.length > field.maxSelected)
    return { issue: message(field, ctx, 'max', 'maxSelected', { max: field.maxSelected }) };
  return { value: selected };
}

const formInput = z.union([z.string(), z.array(z.string()), z.undefined(), z.null()]);

/**
 * Schema for one non-group question. `required` is decided by the caller, since it may depend
 * on other answers (requiredIf).
 */
export function scalarFieldSchema(field: ScalarField, required: boolean, ctx: FieldContext) {
  return formInput.transform((raw, zctx): ScalarAnswer | undefined => {
    const fail = (text: string) => {
      zctx.issues.push({ code: 'custom', message: text, input: raw });
      return z.NEVER;
    };
    if (field.kind === 'multichoice') {
      const selected = Array.isArray(raw) ? raw : typeof raw === 'string' && raw ? [raw] : [];
      if (selected.length === 0)
        return required ? fail(message(field, ctx, 'required', 'required')) : undefined;
      const check = checkMultichoice(field, selected, ctx);
      return 'issue' in check ? fail(check.issue) : check.value;
    }
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text === '')
      return required ? fail(message(field, ctx, 'required', 'required')) : undefined;
    const check = checkText(field, text, ctx);
    return 'issue' in check ? fail(check.issue) : check.value;
  });
}

export function minItemsMessage(
  field: Extract<Field, { kind: 'group' }>,
  min: number,
  ctx: FieldContext,
) {
  return message(field, ctx, 'required', 'minItems', {
    min,
    item: localise(field.itemLabel, ctx.language).toLowerCase(),
  });
}

export function maxItemsMessage(
  field: Extract<Field, { kind: 'group' }>,
  max: number,
  ctx: FieldContext,
) {
  return message(field, ctx, 'max', 'maxItems', {
    max,
    item: localise(field.itemLabel, ctx.language).toLowerCase(),
  });
}

/** Best-effort value of what is typed, for conditions that depend on a field being edited. */
export function lenientValue(
  field: Field,
  raw: unknown,
  ctx: FieldContext,
): ScalarAnswer | undefined {
  if (field.kind === 'group') return undefined;
  if (field.kind === 'multichoice')
    return Array.isArray(raw) ? raw.filter((v) => typeof v === 'string') : undefined;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const text = raw.trim();
  switch (field.kind) {
    case 'yesno':
      return text === 'yes' ? true : text === 'no' ? false : undefined;
    case 'number':
    case 'money':
    case 'percentage':
      return parseLocaleDecimal(text.replace(/\s*%$/, ''), ctx.locale) ?? undefined;
    default:
      return text;
  }
}
