// What the form engine needs besides the step spec: content lists, the buyers group for
// "party" questions, the language and locale, and the generic error messages of the UI.
import type { ContentRegistry } from '@/schemas/content-registry';
import type { StepAnswers } from '@/schemas/dossier';
import type { LanguageCode } from '@/schemas/ids';
import type { Party } from './parties';

/** Generic messages, used when a field's content does not give its own. */
export type GenericMessageKey =
  | 'required'
  | 'tooLong'
  | 'notNumber'
  | 'notWhole'
  | 'numberMin'
  | 'numberMax'
  | 'moneyFormat'
  | 'moneyCents'
  | 'percentFormat'
  | 'dateFormat'
  | 'dateMin'
  | 'dateMax'
  | 'unknownOption'
  | 'unknownParty'
  | 'minSelected'
  | 'maxSelected'
  | 'minItems'
  | 'maxItems'
  | 'yes'
  | 'no';

export type GenericMessages = (
  key: GenericMessageKey,
  params: Record<string, string | number>,
) => string;

export interface FieldContext {
  registry: ContentRegistry;
  language: LanguageCode;
  /** BCP 47 locale for numbers and dates, e.g. "fr-FR". */
  locale: string;
  parties: Party[];
  /** Submitted answers, for questions whose options come from earlier answers ("item"). */
  answers: Partial<Record<string, StepAnswers>>;
  messages: GenericMessages;
}

export const MEMBER_STATES_LIST = 'member-states';
