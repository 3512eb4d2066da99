// The values a template may print: {{lead.name}}, {{purchase.value}}, {{answer.<step>.<field>}},
// and, inside a repeated clause or a table, {{party.name}} or {{item.<field>}}. Each value knows
// where in the lifecycle it comes from, so a missing one can say where to fill it in.
import { formatAnswer } from '@/domain/answer-format';
import { groupAnswer, numberAnswer, textAnswer } from '@/domain/answers';
import { bindings } from '@/domain/bindings';
import { shareCosts } from '@/domain/cost-sharing';
import type { FieldContext } from '@/domain/field-context';
import { fieldOptions } from '@/domain/field-options';
import { localise } from '@/domain/localise';
import { formatEuro, formatPercent } from '@/domain/numbers';
import { leadParty, listParties, type Party } from '@/domain/parties';
import { routeInForce } from '@/domain/route-from-dossier';
import type { ScalarField } from '@/schemas/content/field';
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
const inSentence = (label: string) =>
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
    return list(
      value.flatMap((id) => {
        const label = options.find((option) => option.id === id)?.label;
        return label ? [inSentence(label)] : [];
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
      const { route } = routeInForce(ctx.dossier.answers, ctx.registry.rules.thresholds);
      const option = ctx.registry.lists['legal-routes']?.options.find(
        (candidate) => candidate.id === route,
      );
      return option ? localise(option.label, ctx.language) : undefined;
    },
  },
  'route.basis': {
    source: 'route-decision',
    labels: { list: 'legal-routes' },
    resolve: (ctx) => {
      const { route } = routeInForce(ctx.dossier.answers, ctx.registry.rules.thresholds);
      const option = ctx.registry.lists['legal-routes']?.options.find(
        (candidate) => candidate.id === route,
      );
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

/** The value a placeholder stands for; undefined when the dossier does not have it yet. */
export function resolveValue(name: string, ctx: ValueContext): string | undefined {
  const named = namedValues[name];
  if (named) return named.resolve(ctx);
  const answer = /^answer\.([a-z0-9-]+)\.([a-z0-9-]+)$/.exec(name);
  if (answer) return answerText(ctx, answer[1] ?? '', answer[2] ?? '');
  const item = /^item\.([a-z0-9-]+)$/.exec(name);
  if (item && ctx.row?.item && ctx.row.group) {
    const [stepId = '', groupId = ''] = ctx.row.group.split('.');
    const group = ctx.registry.steps[stepId]?.fields.find((field) => field.id === groupId);
    const field =
      group?.kind === 'group'
        ? group.fields.find((candidate) => candidate.id === item[1])
        : undefined;
    return field
      ? formatAnswer(field as ScalarField, ctx.row.item[field.id], ctx.fields)
      : undefined;
  }
  return undefined;
}

/** The step a placeholder's value comes from. */
export function valueSource(name: string, ctx: Pick<ValueContext, 'row'>): string | undefined {
  const answer = /^answer\.([a-z0-9-]+)\./.exec(name);
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
