// A language's name in the interface language, with its own name when they differ:
// "French (français)", so a reader of either language finds it.
import { localise } from '@/domain/localise';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { LanguageCode } from '@/schemas/ids';

export function languageName(
  registry: ContentRegistry,
  code: LanguageCode,
  uiLanguage: LanguageCode,
): string {
  const option = registry.lists['eu-languages']?.options.find((candidate) => candidate.id === code);
  if (!option) return code;
  const name = localise(option.label, uiLanguage);
  const own = option.label[code];
  return own && code !== uiLanguage && own !== name ? `${name} (${own})` : name;
}
