// What a rule says: a statement id from content/rules/statements.json with the values to fill
// in. Rules return these; the app and the CLI turn them into sentences with the content's words.
import type { Statements } from '@/schemas/content/statements';
import type { LanguageCode } from '@/schemas/ids';
import type { LegalReference } from '@/schemas/legal-reference';
import { localise } from './localise';
import { formatEuro, formatIsoDate } from './numbers';
import type { StatementId } from './statement-ids';

/** A value to put in a sentence: text, a number, an amount in euros or a calendar day. */
export type SaidValue = string | number | { euro: number } | { date: string };

export interface Said {
  id: StatementId;
  params?: Record<string, SaidValue>;
}

export const say = (id: StatementId, params?: Record<string, SaidValue>): Said =>
  params ? { id, params } : { id };

export interface Sentence {
  id: string;
  text: string;
  legal: LegalReference[];
  unverified: boolean;
}

function formatValue(value: SaidValue, locale: string): string {
  if (typeof value === 'object')
    return 'euro' in value ? formatEuro(value.euro, locale) : formatIsoDate(value.date, locale);
  return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
}

export function toSentence(
  said: Said,
  statements: Statements,
  language: LanguageCode,
  locale = 'en-GB',
): Sentence {
  const statement = statements.statements.find((candidate) => candidate.id === said.id);
  if (!statement) return { id: said.id, text: said.id, legal: [], unverified: true };
  const text = localise(statement.text, language).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = said.params?.[name];
    return value === undefined ? whole : formatValue(value, locale);
  });
  return { id: said.id, text, legal: statement.legal, unverified: statement.unverified ?? false };
}
