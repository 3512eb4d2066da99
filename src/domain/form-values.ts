// Turns stored answers back into what a form shows, so a step opens with its saved answers
// (or its unsaved draft) filled in.
import type { Field, GroupField, ScalarField } from '@/schemas/content/field';
import type { Step } from '@/schemas/content/step';
import type {
  AnswerValue,
  FormValue,
  GroupItem,
  ScalarAnswer,
  StepAnswers,
  StepDraft,
} from '@/schemas/dossier';
import type { FieldContext } from './field-context';
import { formatDecimal, formatMoneyInput } from './numbers';

/** A short random id for a new group item; unique enough within one dossier. */
export function newItemId(random: () => number = Math.random): string {
  return `i${Math.floor(random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0')}`;
}

function scalarToForm(field: ScalarField, value: ScalarAnswer | undefined, ctx: FieldContext) {
  if (field.kind === 'multichoice') return Array.isArray(value) ? value : [];
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') {
    if (field.kind === 'money') return formatMoneyInput(value, ctx.locale);
    return formatDecimal(value, ctx.locale, false);
  }
  return typeof value === 'string' ? value : '';
}

export function emptyItem(group: GroupField, id: string): Record<string, string | string[]> {
  const item: Record<string, string | string[]> = { id };
  for (const field of group.fields) item[field.id] = field.kind === 'multichoice' ? [] : '';
  return item;
}

function groupToForm(group: GroupField, value: AnswerValue | undefined, ctx: FieldContext) {
  const items = Array.isArray(value) ? (value as GroupItem[]) : [];
  const filled = items.map((item) => {
    const formItem: Record<string, string | string[]> = { id: String(item.id) };
    for (const field of group.fields) formItem[field.id] = scalarToForm(field, item[field.id], ctx);
    return formItem;
  });
  // A group that needs items opens with that many empty ones, so the user can start typing.
  const min = group.minItems ?? (group.required === false ? 0 : 1);
  while (filled.length < min) filled.push(emptyItem(group, newItemId()));
  return filled;
}

export function fieldToForm(
  field: Field,
  value: AnswerValue | undefined,
  ctx: FieldContext,
): FormValue {
  if (field.kind === 'group') return groupToForm(field, value, ctx);
  return scalarToForm(field, value as ScalarAnswer | undefined, ctx);
}

/** The values a step's form starts with: the draft if one was autosaved, else the answers. */
export function initialFormValues(
  step: Step,
  answers: StepAnswers | undefined,
  draft: StepDraft | undefined,
  ctx: FieldContext,
): StepDraft {
  const values: StepDraft = {};
  for (const field of step.fields) {
    const drafted = draft?.[field.id];
    values[field.id] =
      drafted !== undefined ? drafted : fieldToForm(field, answers?.[field.id], ctx);
  }
  return values;
}
