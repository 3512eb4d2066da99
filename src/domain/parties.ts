// The authorities of the buyers group, read from the dossier. A "party" field stores the id of
// one of them, so renaming an authority never breaks references to it.
import type { AnswerValue, GroupItem, StepAnswers } from '@/schemas/dossier';
import { buyersGroupBinding, leadAuthorityBinding } from './bindings';

export interface Party {
  id: string;
  name: string;
  /** ISO 3166 alpha-2, lower case (the member-states list ids). */
  country?: string;
  authorityType?: string;
}

type AnswersByStep = Partial<Record<string, StepAnswers>>;

function isGroupItems(value: AnswerValue | undefined): value is GroupItem[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object');
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function listParties(answers: AnswersByStep): Party[] {
  const items = answers[buyersGroupBinding.step]?.[buyersGroupBinding.field];
  if (!isGroupItems(items)) return [];
  return items.map((item) => ({
    id: String(item.id),
    name: text(item.name)?.trim() || '',
    country: text(item.country),
    authorityType: text(item['authority-type']),
  }));
}

export function leadPartyId(answers: AnswersByStep): string | undefined {
  const id = answers[leadAuthorityBinding.step]?.[leadAuthorityBinding.field];
  return typeof id === 'string' ? id : undefined;
}

/** The lead authority, if one is chosen and still in the group. */
export function leadParty(answers: AnswersByStep): Party | undefined {
  const id = leadPartyId(answers);
  return listParties(answers).find((party) => party.id === id);
}
