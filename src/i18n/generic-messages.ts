// The form engine's generic messages, in the UI language.
import type { GenericMessageKey, GenericMessages } from '@/domain/field-context';
import type { MessageKey, Translate } from './i18n';

const keys: Record<GenericMessageKey, MessageKey> = {
  required: 'validation.required',
  tooLong: 'validation.tooLong',
  notNumber: 'validation.notNumber',
  notWhole: 'validation.notWhole',
  numberMin: 'validation.numberMin',
  numberMax: 'validation.numberMax',
  moneyFormat: 'validation.moneyFormat',
  moneyCents: 'validation.moneyCents',
  percentFormat: 'validation.percentFormat',
  dateFormat: 'validation.dateFormat',
  dateMin: 'validation.dateMin',
  dateMax: 'validation.dateMax',
  unknownOption: 'validation.unknownOption',
  unknownParty: 'validation.unknownParty',
  minSelected: 'validation.minSelected',
  maxSelected: 'validation.maxSelected',
  minItems: 'validation.minItems',
  maxItems: 'validation.maxItems',
  yes: 'common.yes',
  no: 'common.no',
};

export function genericMessages(t: Translate): GenericMessages {
  return (key, params) => t(keys[key], params);
}
