// Clause texts of document templates, loaded when a document is made (the Markdown was compiled
// at build time; each clause is a small chunk).
import type { LanguageCode } from '@/schemas/ids';
import type { RichText } from '@/schemas/rich-text';
import { markdownLoaders } from './content-files';

export { clausePath } from '@/schemas/content/template';

/** Every clause text of a template in these languages, keyed by clausePath. */
export async function loadClauseTexts(
  templateId: string,
  languages: LanguageCode[],
): Promise<Map<string, RichText>> {
  const texts = new Map<string, RichText>();
  const prefix = `/content/templates/${templateId}/clauses/`;
  await Promise.all(
    Object.entries(markdownLoaders)
      .filter(
        ([path]) =>
          path.startsWith(prefix) && languages.some((language) => path.endsWith(`.${language}.md`)),
      )
      .map(async ([path, load]) => texts.set(path, (await load()).tree)),
  );
  return texts;
}
