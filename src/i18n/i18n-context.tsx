// Gives components the translate function and the locale for numbers and dates.
import { createContext, useContext } from 'react';
import type { LanguageCode } from '@/schemas/ids';
import { translateEn, type Translate } from './i18n';

export interface I18n {
  t: Translate;
  /** Language of the interface and of content. */
  language: LanguageCode;
  /** BCP 47 locale for numbers and dates: the browser's, so money reads as the user expects. */
  locale: string;
}

export const I18nContext = createContext<I18n>({ t: translateEn, language: 'en', locale: 'en-GB' });

export const useI18n = () => useContext(I18nContext);
