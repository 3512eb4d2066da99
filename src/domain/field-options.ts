// The options a choice-like question offers: inline, from a shared list, the member states,
// or the authorities of the buyers group.
import type { Field } from '@/schemas/content/field';
import type { GroupItem } from '@/schemas/dossier';
import { parseFieldRef } from './conditions';
import type { LocalisedText } from '@/schemas/localised-text';
import { MEMBER_STATES_LIST, type FieldContext } from './field-context';
import { localise } from './localise';

export interface ResolvedOption {
  id: string;
  label: string;
  hint?: string;
}

const resolve = (
  options: { id: string; label: LocalisedText; hint?: LocalisedText }[],
  ctx: FieldContext,
): ResolvedOption[] =>
  options.map((option) => ({
    id: option.id,
    label: localise(option.label, ctx.language),
    hint: option.hint ? localise(option.hint, ctx.language) : undefined,
  }));

export function fieldOptions(field: Field, ctx: FieldContext): ResolvedOption[] {
  switch (field.kind) {
    case 'choice':
    case 'multichoice': {
      const options = field.options ?? (field.list ? ctx.registry.lists[field.list]?.options : []);
      return resolve(options ?? [], ctx);
    }
    case 'party':
      return ctx.parties.map((party) => ({ id: party.id, label: party.name || party.id }));
    case 'member-state': {
      const all = resolve(ctx.registry.lists[MEMBER_STATES_LIST]?.options ?? [], ctx);
      if (field.restrictTo !== 'buyers-group') return all;
      const countries = new Set(ctx.parties.map((party) => party.country));
      return all.filter((option) => countries.has(option.id));
    }
    case 'item': {
      const { step, field: groupId } = parseFieldRef(field.source);
      const items = step ? ctx.answers[step]?.[groupId] : undefined;
      if (!Array.isArray(items)) return [];
      return (items as GroupItem[]).map((item, index) => {
        const label = item[field.labelField];
        return {
          id: String(item.id),
          label: typeof label === 'string' && label ? label : `${index + 1}`,
        };
      });
    }
    default:
      return [];
  }
}
