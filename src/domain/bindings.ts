// The content fields that code reads by name. Everything else in a dossier is generic answers;
// these are the exceptions the rules depend on. content:check verifies that each one exists in
// content/ with the expected kind and, for choices, with the option ids the rules know, so a
// renamed field or option fails loudly instead of silently changing advice.
import type { FieldKind } from '@/schemas/content/field';
import { cooperationModels, exclusionIds, jointScopes, routeIds } from '@/schemas/rules-input';

export interface FieldBinding {
  step: string;
  field: string;
  kind: FieldKind;
  /** For choices: the option ids the code handles; content must offer exactly these. */
  values?: readonly string[];
  /** For groups: the item fields code reads, with their kinds. */
  itemFields?: Record<string, FieldKind>;
}

const bind = <const B extends FieldBinding>(binding: B) => binding;

/** The authorities of the buyers group: one repeatable group item each. */
export const buyersGroupBinding = bind({
  step: 'buyers-group',
  field: 'authorities',
  kind: 'group',
  itemFields: { name: 'text', country: 'member-state', 'authority-type': 'choice' },
});

/** The authority that leads the procedure on behalf of the others. */
export const leadAuthorityBinding = bind({
  step: 'lead-authority',
  field: 'lead-party',
  kind: 'party',
});

export const bindings = {
  jointScope: bind({
    step: 'lead-authority',
    field: 'joint-scope',
    kind: 'choice',
    values: jointScopes,
  }),
  contractType: bind({
    step: 'objectives',
    field: 'contract-type',
    kind: 'choice',
    values: ['supplies', 'services', 'works'],
  }),
  estimatedValue: bind({ step: 'scope', field: 'estimated-value', kind: 'money' }),
  costMethod: bind({
    step: 'cost-sharing',
    field: 'method',
    kind: 'choice',
    values: ['quantity', 'percentage', 'equal', 'unknown'],
  }),
  costShares: bind({
    step: 'cost-sharing',
    field: 'shares',
    kind: 'group',
    itemFields: { party: 'party', share: 'percentage' },
  }),
  needs: bind({
    step: 'partner-needs',
    field: 'needs',
    kind: 'group',
    itemFields: { party: 'party', quantity: 'number' },
  }),
  nature: bind({
    step: 'purchase-nature',
    field: 'nature',
    kind: 'choice',
    values: ['military', 'classified', 'neither', 'unknown'],
  }),
  innovation: bind({
    step: 'innovation',
    field: 'kind',
    kind: 'choice',
    values: ['off-the-shelf', 'new-to-market', 'rd-services', 'develop-and-buy', 'unknown'],
  }),
  model: bind({
    step: 'cooperation-model',
    field: 'model',
    kind: 'choice',
    values: cooperationModels,
  }),
  art346: bind({
    step: 'security-exemptions',
    field: 'art346',
    kind: 'choice',
    values: ['yes', 'no', 'unknown'],
  }),
  exclusion: bind({
    step: 'security-exemptions',
    field: 'exclusion',
    kind: 'choice',
    values: exclusionIds,
  }),
  routeDecision: bind({
    step: 'route-decision',
    field: 'decision',
    kind: 'choice',
    values: ['accept', 'override'],
  }),
  chosenRoute: bind({ step: 'route-decision', field: 'route', kind: 'choice', values: routeIds }),
  thresholdPeriod: bind({
    step: 'threshold-check',
    field: 'period',
    kind: 'choice',
    values: ['period-2026-2027', 'period-2024-2025'],
  }),
  lawState: bind({ step: 'applicable-law', field: 'law-state', kind: 'member-state' }),

  // Tender
  procedure2014: bind({
    step: 'procedure',
    field: 'procedure-2014',
    kind: 'choice',
    values: [
      'open',
      'restricted',
      'competitive-negotiation',
      'competitive-dialogue',
      'innovation-partnership',
    ],
  }),
  procedure2009: bind({
    step: 'procedure',
    field: 'procedure-2009',
    kind: 'choice',
    values: ['restricted', 'negotiated-with-publication', 'competitive-dialogue'],
  }),
  pin: bind({ step: 'procedure-options', field: 'pin', kind: 'yesno' }),
  urgency: bind({ step: 'procedure-options', field: 'urgency', kind: 'yesno' }),
  electronicSubmission: bind({
    step: 'procedure-options',
    field: 'electronic-submission',
    kind: 'yesno',
  }),
  subCentralAgreement: bind({
    step: 'procedure-options',
    field: 'sub-central-agreement',
    kind: 'yesno',
  }),
  noticeDate: bind({ step: 'timeline', field: 'notice-date', kind: 'date' }),
  requestDays: bind({ step: 'timeline', field: 'request-days', kind: 'number' }),
  tenderDays: bind({ step: 'timeline', field: 'tender-days', kind: 'number' }),
  selectionDays: bind({ step: 'timeline', field: 'selection-days', kind: 'number' }),
  evaluationDays: bind({ step: 'timeline', field: 'evaluation-days', kind: 'number' }),

  // Award
  decisionDate: bind({ step: 'award-decision', field: 'decision-date', kind: 'date' }),
  decisionMeans: bind({
    step: 'award-decision',
    field: 'means',
    kind: 'choice',
    values: ['electronic', 'other'],
  }),
  conclusionDate: bind({ step: 'award-notice', field: 'conclusion-date', kind: 'date' }),

  // Contract management
  contracts: bind({
    step: 'contract-register',
    field: 'contracts',
    kind: 'group',
    itemFields: {
      lot: 'text',
      supplier: 'text',
      'contract-type': 'choice',
      'maximum-value': 'money',
    },
  }),
  callOffs: bind({
    step: 'call-offs',
    field: 'orders',
    kind: 'group',
    itemFields: { party: 'party', contract: 'item', value: 'money' },
  }),
  modifications: bind({
    step: 'modifications',
    field: 'changes',
    kind: 'group',
    itemFields: {
      contract: 'item',
      direction: 'choice',
      amount: 'money',
      'review-clause': 'yesno',
      'changes-nature': 'yesno',
      'additional-need': 'yesno',
      'contractor-change-impossible': 'yesno',
      unforeseeable: 'yesno',
      'new-contractor': 'choice',
      substantial: 'multichoice',
      'indexed-value': 'money',
    },
  }),
} as const;

export const allBindings: readonly FieldBinding[] = [
  buyersGroupBinding,
  leadAuthorityBinding,
  ...Object.values(bindings),
];
