// Documents as the app makes them, for tests: the real templates and clause texts, a fixed
// export time, and the renderers' inputs (Noto Sans read from node_modules, as the CLI does).
import { readFileSync } from 'node:fs';
import { loadClauseTexts } from '@/content-loader/templates';
import { documentFieldContext } from '@/documents/document-context';
import type { RenderInputs } from '@/documents/document-file';
import { documentLocale, documentWords, makeDocument } from '@/documents/make-document';
import type { DocumentModel, Run } from '@/documents/model';
import type { ContentRegistry } from '@/schemas/content-registry';
import type { Dossier } from '@/schemas/dossier';
import type { LanguageCode } from '@/schemas/ids';

export const EXPORT_TIME = '2026-11-26T09:00:00.000Z';

export async function testDocument(
  registry: ContentRegistry,
  dossier: Dossier,
  templateId: string,
  language: LanguageCode = 'en',
  party?: string,
): Promise<DocumentModel> {
  return makeDocument(dossier, registry, {
    templateId,
    language,
    now: EXPORT_TIME,
    fields: documentFieldContext(registry, dossier, language),
    clauses: await loadClauseTexts(templateId, [language]),
    ...(party ? { party } : {}),
  });
}

const fontFile = (weight: string) =>
  new Uint8Array(
    readFileSync(`node_modules/@expo-google-fonts/noto-sans/${weight}/NotoSans_${weight}.ttf`),
  );

export const testFonts = { regular: fontFile('400Regular'), bold: fontFile('700Bold') };

export function renderInputs(registry: ContentRegistry, language: LanguageCode): RenderInputs {
  return {
    words: documentWords(registry, language),
    languageTag: documentLocale[language] ?? language,
    fonts: () => Promise.resolve(testFonts),
  };
}

/** Every run of the model, in reading order. */
export function modelRuns(model: DocumentModel): Run[] {
  return model.sections.flatMap((section) =>
    section.clauses.flatMap((clause) =>
      clause.paragraphs.flatMap((paragraph): Run[] => {
        switch (paragraph.kind) {
          case 'text':
          case 'subheading':
            return paragraph.runs;
          case 'list':
            return paragraph.items.flat();
          case 'table':
            return paragraph.rows.flat(2);
          case 'signatures':
            return paragraph.parties.map((party) => ({ text: party.name }));
        }
      }),
    ),
  );
}

/** The model's text, one string: what any renderer must print. */
export const modelText = (model: DocumentModel) =>
  modelRuns(model)
    .map((run) => run.text)
    .join(' ');

/** Text with all whitespace collapsed, to compare what renderers wrap differently. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every (template, language) the content offers. */
export const templateLanguages = (registry: ContentRegistry) =>
  registry.templates.flatMap((template) =>
    template.languages.map((language) => ({ template, language })),
  );

/** The text without the last occurrence of `part`. */
const withoutLast = (text: string, part: string) => {
  const at = text.lastIndexOf(part);
  return at < 0 ? text : `${text.slice(0, at)} ${text.slice(at + part.length)}`;
};

/**
 * A PDF's text without its running header and footer, which the renderer draws last on each
 * page, so that they sit between one page's last line and the next page's first: what a
 * paragraph that crosses a page reads as.
 */
export function pdfBody(pages: string[], model: DocumentModel): string {
  const marks = (page: number) => [
    model.mark.draft,
    model.mark.dossier,
    `${model.mark.version} · ${model.mark.date}`,
    model.mark.pageLabel.replace('{page}', String(page)).replace('{pages}', String(pages.length)),
  ];
  return squash(pages.map((page, index) => marks(index + 1).reduce(withoutLast, page)).join('\n'));
}
