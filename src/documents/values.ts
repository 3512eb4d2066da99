// The values a template may print: {{lead.name}}, {{purchase.value}}, {{answer.<step>.<field>}},
// and, inside a repeated clause or a table, {{party.name}} or {{item.<field>}}. Each value knows
// where in the lifecycle it comes from, so a missing one can say where to fill it in.
import { formatAnswer } from '@/domain/answer-format';
import { groupAnswer, numberAnswer, textAnswer } from '@/domain/answers';
import { bindings, buyersGroupBinding } from '@/domain/bindings';
import { evaluateCondition, parseFieldRef, type AnswerLookup } from '@/domain/conditions';
import { shareCosts } from '@/domain/cost-sharing';
import type { FieldContext } from '@/domain/field-context';
import { fieldOptions } from '@/domain/field-options';
import { localise } from '@/domain/localise';
import { formatEuro, formatPercent } from '@/domain/numbers';
import { leadParty, listParties, type Party } from '@/domain/parties';
import { routeInForce } from '@/domain/route-from-dossier';
import { answersLookup, isFieldRequired, isFieldVisible } from '@/domain/step-schema';
import type { Field, GroupField, ScalarField } from '@/schemas/content/field';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier, GroupItem } from '@/schemas/dossier';
import type { LanguageCode } from '@/schemas/ids';

export interface ValueContext {
  registry: ContentRegistry;
  dossier: Dossier;
  language: LanguageCode;
  /** BCP 47 locale of the document's language, for dates and amounts. */
  locale: string;
  fields: FieldContext;
  /** ISO date-time of the export. */
  now: string;
  /** The authority a per-authority document is for. */
  party?: Party;
  /** The row of a repeated clause or a table. */
  row?: Row;
}

export interface Row {
  number: number;
  party?: Party;
  share?: { percent: number; euro: number };
  item?: GroupItem;
  /** The group an item belongs to, "step.field", for formatting its answers. */
  group?: string;
}

type Resolver = (ctx: ValueContext) => string | undefined;

export interface ValueDefinition {
  resolve: Resolver;
  /** The step where the user gives this value. */
  source?: string;
  /** Where the value's words come from, so a check can tell that they exist in a language. */
  labels?: { step: string; field: string } | { list: string };
}

const list = (items: string[], ctx: ValueContext) =>
  items.length === 0
    ? undefined
    : new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(items);

const memberStateName = (code: string | undefined, ctx: ValueContext) => {
  if (!code) return undefined;
  const option = ctx.registry.lists['member-states']?.options.find(
    (candidate) => candidate.id === code,
  );
  return option ? localise(option.label, ctx.language) : code.toUpperCase();
};

const authorityType = (type: string | undefined, ctx: ValueContext) => {
  const option = ctx.registry.lists['authority-types']?.options.find(
    (candidate) => candidate.id === type,
  );
  return option ? localise(option.label, ctx.language) : undefined;
};

/** An option label inside a sentence: "Lower prices" reads "lower prices", "EU funding" stays. */
export const inSentence = (label: string) =>
  /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase() + label.slice(1) : label;

/**
 * A field of a step, formatted as the check-answers page shows it, except that the choices of a
 * multiple-choice question read as a list in a sentence ("a, b and c").
 */
function answerText(ctx: ValueContext, stepId: string, fieldId: string): string | undefined {
  const field = ctx.registry.steps[stepId]?.fields.find((candidate) => candidate.id === fieldId);
  if (!field || field.kind === 'group') return undefined;
  const value = ctx.dossier.answers[stepId]?.[fieldId];
  if (field.kind === 'multichoice' && Array.isArray(value)) {
    const options = fieldOptions(field, ctx.fields);
    // Shared lists (languages, member states) hold names, which keep their capital letter.
    const asWords = field.options ? inSentence : (label: string) => label;
    return list(
      value.flatMap((id) => {
        const label = options.find((option) => option.id === id)?.label;
        return label ? [asWords(label)] : [];
      }),
      ctx,
    );
  }
  return formatAnswer(field, value, ctx.fields);
}

function optionLabel(ctx: ValueContext, stepId: string, fieldId: string): string | undefined {
  const field = ctx.registry.steps[stepId]?.fields.find((candidate) => candidate.id === fieldId);
  const value = ctx.dossier.answers[stepId]?.[fieldId];
  if (!field || typeof value !== 'string') return undefined;
  return fieldOptions(field, ctx.fields).find((option) => option.id === value)?.label;
}

/** The legal route in force, as its entry of the legal-routes list. */
const routeOption = (ctx: ValueContext) => {
  const { route } = routeInForce(ctx.dossier.answers, ctx.registry.rules.thresholds);
  return ctx.registry.lists['legal-routes']?.options.find((candidate) => candidate.id === route);
};

const partyValue =
  (pick: (party: Party, ctx: ValueContext) => string | undefined): Resolver =>
  (ctx) => {
    const party = ctx.row?.party ?? ctx.party;
    return party ? pick(party, ctx) : undefined;
  };

export const namedValues: Record<string, ValueDefinition> = {
  'dossier.name': { resolve: (ctx) => ctx.dossier.name },
  'document.date': {
    resolve: (ctx) =>
      new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(ctx.now),
      ),
  },
  'buyers.count': {
    source: 'buyers-group',
    resolve: (ctx) => {
      const count = listParties(ctx.dossier.answers).length;
      return count > 0 ? String(count) : undefined;
    },
  },
  'buyers.list': {
    source: 'buyers-group',
    labels: { list: 'member-states' },
    resolve: (ctx) =>
      list(
        listParties(ctx.dossier.answers).map((party) =>
          party.country ? `${party.name} (${memberStateName(party.country, ctx)})` : party.name,
        ),
        ctx,
      ),
  },
  'buyers.names': {
    source: 'buyers-group',
    resolve: (ctx) =>
      list(
        listParties(ctx.dossier.answers).map((party) => party.name),
        ctx,
      ),
  },
  'lead.name': { source: 'lead-authority', resolve: (ctx) => leadParty(ctx.dossier.answers)?.name },
  'lead.country': {
    source: 'lead-authority',
    labels: { list: 'member-states' },
    resolve: (ctx) => memberStateName(leadParty(ctx.dossier.answers)?.country, ctx),
  },
  'lead.tasks': {
    source: 'lead-authority',
    labels: { step: 'lead-authority', field: 'mandate-scope' },
    resolve: (ctx) => {
      const value = ctx.dossier.answers['lead-authority']?.['mandate-scope'];
      const field = ctx.registry.steps['lead-authority']?.fields.find(
        (candidate) => candidate.id === 'mandate-scope',
      );
      if (!Array.isArray(value) || !field) return undefined;
      return answerText(ctx, 'lead-authority', 'mandate-scope');
    },
  },
  'purchase.subject': {
    source: 'objectives',
    resolve: (ctx) => textAnswer(ctx.dossier.answers, { step: 'objectives', field: 'subject' }),
  },
  'purchase.description': {
    source: 'objectives',
    resolve: (ctx) => textAnswer(ctx.dossier.answers, { step: 'objectives', field: 'description' }),
  },
  'purchase.kind': {
    source: 'objectives',
    labels: { step: 'objectives', field: 'contract-type' },
    resolve: (ctx) => optionLabel(ctx, 'objectives', 'contract-type'),
  },
  'purchase.value': {
    source: 'scope',
    resolve: (ctx) => {
      const value = numberAnswer(ctx.dossier.answers, bindings.estimatedValue);
      return value === undefined ? undefined : formatEuro(value, ctx.locale);
    },
  },
  'route.name': {
    source: 'route-decision',
    labels: { list: 'legal-routes' },
    resolve: (ctx) => {
      const option = routeOption(ctx);
      return option ? localise(option.label, ctx.language) : undefined;
    },
  },
  'route.basis': {
    source: 'route-decision',
    labels: { list: 'legal-routes' },
    resolve: (ctx) => {
      const option = routeOption(ctx);
      return option?.hint ? localise(option.hint, ctx.language) : undefined;
    },
  },
  'law.state': {
    source: 'applicable-law',
    labels: { list: 'member-states' },
    resolve: (ctx) => {
      const { route } = routeInForce(ctx.dossier.answers, ctx.registry.rules.thresholds);
      const code =
        route === 'art39-cpb'
          ? textAnswer(ctx.dossier.answers, { step: 'cooperation-model', field: 'cpb-country' })
          : textAnswer(ctx.dossier.answers, bindings.lawState);
      return memberStateName(code, ctx);
    },
  },
  'law.review-body': {
    source: 'applicable-law',
    resolve: (ctx) =>
      textAnswer(ctx.dossier.answers, { step: 'applicable-law', field: 'review-body' }),
  },
  'languages.procedure': {
    source: 'languages',
    resolve: (ctx) => answerText(ctx, 'languages', 'procedure-languages'),
  },
  'languages.contract': {
    source: 'languages',
    resolve: (ctx) => answerText(ctx, 'languages', 'contract-languages'),
  },
  'languages.prevailing': {
    source: 'languages',
    resolve: (ctx) => answerText(ctx, 'languages', 'prevailing-language'),
  },
  'party.name': { source: 'buyers-group', resolve: partyValue((party) => party.name || undefined) },
  'party.country': {
    source: 'buyers-group',
    labels: { list: 'member-states' },
    resolve: partyValue((party, ctx) => memberStateName(party.country, ctx)),
  },
  'party.type': {
    source: 'buyers-group',
    labels: { list: 'authority-types' },
    resolve: partyValue((party, ctx) => authorityType(party.authorityType, ctx)),
  },
  'share.percent': {
    source: 'cost-sharing',
    resolve: (ctx) =>
      ctx.row?.share ? formatPercent(ctx.row.share.percent, ctx.locale) : undefined,
  },
  'share.amount': {
    source: 'cost-sharing',
    resolve: (ctx) => (ctx.row?.share ? formatEuro(ctx.row.share.euro, ctx.locale) : undefined),
  },
  'row.number': { resolve: (ctx) => (ctx.row ? String(ctx.row.number) : undefined) },
};

const ANSWER = /^answer\.([a-z0-9-]+)\.([a-z0-9-]+)$/;
const ITEM = /^item\.([a-z0-9-]+)$/;
/** {{own.<step>.<group>.<field>}}: the authority's own item of a per-authority group. */
export const OWN_VALUE = /^own\.([a-z0-9-]+)\.([a-z0-9-]+)\.([a-z0-9-]+)$/;

function groupField(
  registry: ContentRegistry,
  stepId: string,
  groupId: string,
): GroupField | undefined {
  const group = registry.steps[stepId]?.fields.find((field) => field.id === groupId);
  return group?.kind === 'group' ? group : undefined;
}

/** The item of a group that belongs to an authority: its "party" answer, or the authority itself. */
function ownItem(ctx: ValueContext, stepId: string, groupId: string): GroupItem | undefined {
  const party = ctx.row?.party ?? ctx.party;
  if (!party) return undefined;
  const items = groupAnswer(ctx.dossier.answers, { step: stepId, field: groupId });
  const isParties = stepId === buyersGroupBinding.step && groupId === buyersGroupBinding.field;
  return items.find((item) => (isParties ? item.id === party.id : item.party === party.id));
}

interface ItemValue {
  item?: GroupItem;
  step: string;
  field?: ScalarField;
  group?: GroupField;
}

/** Where an item-level value lives, for {{item.…}} and {{own.…}}. */
function itemValue(name: string, ctx: ValueContext): ItemValue | undefined {
  let found: { item?: GroupItem; step: string; groupId: string; fieldId: string } | undefined;
  const item = ITEM.exec(name);
  const own = OWN_VALUE.exec(name);
  if (item && ctx.row?.group) {
    const [step = '', groupId = ''] = ctx.row.group.split('.');
    found = { item: ctx.row.item, step, groupId, fieldId: item[1] ?? '' };
  } else if (own) {
    const [, step = '', groupId = '', fieldId = ''] = own;
    found = { item: ownItem(ctx, step, groupId), step, groupId, fieldId };
  }
  if (!found) return undefined;
  const group = groupField(ctx.registry, found.step, found.groupId);
  const field = group?.fields.find((candidate) => candidate.id === found.fieldId) as
    ScalarField | undefined;
  return {
    step: found.step,
    ...(found.item ? { item: found.item } : {}),
    ...(group ? { group } : {}),
    ...(field ? { field } : {}),
  };
}

/** The value a placeholder stands for; undefined when the dossier does not have it yet. */
export function resolveValue(name: string, ctx: ValueContext): string | undefined {
  const named = namedValues[name];
  if (named) return named.resolve(ctx);
  const answer = ANSWER.exec(name);
  if (answer) return answerText(ctx, answer[1] ?? '', answer[2] ?? '');
  const found = itemValue(name, ctx);
  if (!found?.item || !found.field) return undefined;
  return formatAnswer(found.field, found.item[found.field.id], ctx.fields);
}

/**
 * True when the placeholder names a question the user may leave blank here: an optional
 * question, or one not asked because of an earlier answer. Its empty value is "nothing to say",
 * printed as a dash, not a gap to mark.
 */
export function isOptionalValue(name: string, ctx: ValueContext): boolean {
  const answer = ANSWER.exec(name);
  if (answer) {
    const step = ctx.registry.steps[answer[1] ?? ''];
    const field = step?.fields.find((candidate) => candidate.id === answer[2]);
    if (!step || !field) return false;
    const lookup = answersLookup(ctx.dossier.answers, step.id);
    if (step.showIf && !evaluateCondition(step.showIf, lookup)) return true;
    return !isFieldVisible(field, lookup) || !isFieldRequired(field, lookup);
  }
  const found = itemValue(name, ctx);
  // An authority with no item at all has not given its answers: that is a gap.
  if (!found?.item || !found.field) return false;
  const { item, group, field } = found;
  const saved = answersLookup(ctx.dossier.answers, found.step);
  const lookup: AnswerLookup = (ref) => {
    const { step, field: fieldId } = parseFieldRef(ref);
    return step === undefined && group?.fields.some((sibling) => sibling.id === fieldId)
      ? item[fieldId]
      : saved(ref);
  };
  return !isFieldVisible(field, lookup) || !isFieldRequired(field, lookup);
}

/** The question a placeholder prints the answer of, for naming it when it is missing. */
export function valueQuestion(name: string, ctx: ValueContext): Field | undefined {
  const answer = ANSWER.exec(name);
  if (answer)
    return ctx.registry.steps[answer[1] ?? '']?.fields.find((field) => field.id === answer[2]);
  return itemValue(name, ctx)?.field;
}

/** The step a placeholder's value comes from. */
export function valueSource(name: string, ctx: Pick<ValueContext, 'row'>): string | undefined {
  const answer = /^answer\.([a-z0-9-]+)\./.exec(name) ?? OWN_VALUE.exec(name);
  if (answer) return answer[1];
  if (name.startsWith('item.')) return ctx.row?.group?.split('.')[0];
  return namedValues[name]?.source;
}

/** The rows of a table or repeated clause. */
export function rowsOf(source: string, ctx: ValueContext): Row[] {
  const parties = listParties(ctx.dossier.answers);
  if (source === 'parties') return parties.map((party, index) => ({ number: index + 1, party }));
  if (source === 'cost-split') {
    const method = textAnswer(ctx.dossier.answers, bindings.costMethod);
    const total = numberAnswer(ctx.dossier.answers, bindings.estimatedValue);
    if (!method || method === 'unknown' || total === undefined) return [];
    const byParty = (items: GroupItem[], field: string) =>
      Object.fromEntries(
        items.flatMap((item) =>
          typeof item.party === 'string' && typeof item[field] === 'number'
            ? [[item.party, item[field] as number]]
            : [],
        ),
      );
    const result = shareCosts({
      method: method as 'percentage' | 'quantity' | 'equal',
      totalEuro: total,
      parties: parties.map((party) => party.id),
      percentages: byParty(groupAnswer(ctx.dossier.answers, bindings.costShares), 'share'),
      quantities: byParty(groupAnswer(ctx.dossier.answers, bindings.needs), 'quantity'),
    });
    if (!result.ok) return [];
    return result.allocations.map((allocation, index) => ({
      number: index + 1,
      party: parties.find((party) => party.id === allocation.party),
      share: { percent: allocation.percent, euro: allocation.euro },
    }));
  }
  const [stepId = '', fieldId = ''] = source.split('.');
  return groupAnswer(ctx.dossier.answers, { step: stepId, field: fieldId }).map((item, index) => ({
    number: index + 1,
    item,
    group: source,
    party:
      typeof item.party === 'string' ? parties.find((party) => party.id === item.party) : undefined,
  }));
}
