// The few content fields that code reads by name. Everything else in a dossier is generic
// answers; these are the exceptions the rules depend on. content:check verifies that each one
// exists in content/ with the expected kind, so renaming it in content fails loudly.
import type { FieldKind } from '@/schemas/content/field';

export interface FieldBinding {
  step: string;
  field: string;
  kind: FieldKind;
  /** For groups: the item fields code reads, with their kinds. */
  itemFields?: Record<string, FieldKind>;
}

/** The authorities of the buyers group: one repeatable group item each. */
export const buyersGroupBinding = {
  step: 'buyers-group',
  field: 'authorities',
  kind: 'group',
  itemFields: { name: 'text', country: 'member-state', 'authority-type': 'choice' },
} as const satisfies FieldBinding;

/** The authority that leads the procedure on behalf of the others. */
export const leadAuthorityBinding = {
  step: 'lead-authority',
  field: 'lead-party',
  kind: 'party',
} as const satisfies FieldBinding;

export const allBindings: readonly FieldBinding[] = [buyersGroupBinding, leadAuthorityBinding];
