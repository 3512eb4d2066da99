// `jpp validate` and `jpp export`: the browser's dossier checks and document engine, in Node,
// for batch use and for legal services that work from files (docs/cli.md).
import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadClauseTexts } from '@/content-loader/templates';
import { documentFieldContext } from '@/documents/document-context';
import { DOCUMENT_FORMATS, renderDocumentFile } from '@/documents/document-file';
import { documentLocale, documentWords, makeDocument } from '@/documents/make-document';
import { describeImportProblem } from '@/dossier/import-messages';
import { readDossierText } from '@/dossier/read-dossier';
import { listParties } from '@/domain/parties';
import { createTranslate } from '@/i18n/i18n';
import type { ContentRegistry } from '@/schemas/content-registry';
import { MAX_DOSSIER_FILE_BYTES } from '@/schemas/dossier-file';
import { languageCodeSchema } from '@/schemas/ids';
import { oneOf, parseArgs, UsageError } from './args';
import type { Output } from './output';

export const validateUsage = `Usage: jpp validate <dossier.json>

Checks a dossier file exported from JPP Toolbox as the app's import does. Exits with 0 when the
file can be imported, 1 when it cannot (each problem is printed), 2 for a usage error.`;

export const exportUsage = `Usage: jpp export <dossier.json> --document <id> --format docx|pdf|html --lang <language>
                  [--party <authority name or id>] -o <file>

Makes a document from a dossier file, as the app's Documents page does.`;

const english = createTranslate();

async function readDossier(path: string, registry: ContentRegistry, out: Output) {
  const size = await stat(path).then(
    (info) => info.size,
    () => undefined,
  );
  if (size === undefined) {
    out.error(`jpp: cannot read "${path}": there is no such file.`);
    return undefined;
  }
  const text = size > MAX_DOSSIER_FILE_BYTES ? '' : await readFile(path, 'utf8');
  const result = readDossierText(text, size, registry);
  if (!result.ok) {
    const message = describeImportProblem(result.problem, english);
    const more =
      message.total && message.total > message.details.length
        ? [english('import.moreProblems', { count: message.total - message.details.length })]
        : [];
    out.error(
      [`${path}: ${message.summary}`, ...message.details.map((line) => `  ${line}`), ...more].join(
        '\n',
      ),
    );
    return undefined;
  }
  return result;
}

export async function runValidate(
  args: string[],
  registry: ContentRegistry,
  out: Output,
): Promise<number> {
  const { positional } = parseArgs(args, {});
  const [path, ...extra] = positional;
  if (!path || extra.length > 0) throw new UsageError('give one dossier file');
  const result = await readDossier(path, registry, out);
  if (!result) return 1;
  const migrated = result.migratedFrom
    ? ` (written in dossier format ${result.migratedFrom}; the app upgrades it on import)`
    : '';
  out.log(`${path}: valid dossier "${result.dossier.name}"${migrated}.`);
  return 0;
}

export async function runExport(
  args: string[],
  root: string,
  registry: ContentRegistry,
  out: Output,
): Promise<number> {
  const { values, positional } = parseArgs(
    args.map((arg) => (arg === '-o' ? '--output' : arg)),
    {
      values: ['document', 'format', 'lang', 'party', 'output'],
      required: ['document', 'format', 'lang', 'output'],
    },
  );
  const [path, ...extra] = positional;
  if (!path || extra.length > 0) throw new UsageError('give one dossier file');
  const template = registry.templates.find((candidate) => candidate.id === values.document);
  if (!template)
    throw new UsageError(
      `--document must be one of: ${registry.templates.map((candidate) => candidate.id).join(', ')} (got "${values.document}")`,
    );
  const format = oneOf('format', values.format ?? '', DOCUMENT_FORMATS);
  const language = languageCodeSchema.safeParse(values.lang);
  if (!language.success || !template.languages.includes(language.data))
    throw new UsageError(
      `--lang for "${template.id}" must be one of: ${template.languages.join(', ')} (got "${values.lang}")`,
    );

  const read = await readDossier(path, registry, out);
  if (!read) return 1;
  const { dossier } = read;
  const parties = listParties(dossier.answers);
  let party: string | undefined;
  if (values.party !== undefined && !template.perParty)
    throw new UsageError(
      `--party is only for documents written by one authority (${registry.templates
        .filter((candidate) => candidate.perParty)
        .map((candidate) => candidate.id)
        .join(', ')})`,
    );
  if (values.party !== undefined) {
    const wanted = values.party.trim().toLocaleLowerCase();
    party = parties.find(
      (candidate) =>
        candidate.id === values.party || candidate.name.trim().toLocaleLowerCase() === wanted,
    )?.id;
    if (!party) {
      out.error(
        `jpp: the buyers group of "${dossier.name}" has no authority "${values.party}". Its authorities: ${parties.map((candidate) => candidate.name).join(', ') || 'none yet'}.`,
      );
      return 1;
    }
  } else if (template.perParty) {
    out.error(
      `jpp: "${template.id}" is written for one authority: add --party with one of: ${parties.map((candidate) => candidate.name).join(', ') || '(the buyers group has no authorities yet)'}.`,
    );
    return parties.length === 0 ? 1 : 2;
  }

  const model = makeDocument(dossier, registry, {
    templateId: template.id,
    language: language.data,
    now: new Date().toISOString(),
    fields: documentFieldContext(registry, dossier, language.data),
    clauses: await loadClauseTexts(template.id, [language.data]),
    ...(party ? { party } : {}),
  });
  const fontDirectory = resolve(root, 'node_modules/@expo-google-fonts/noto-sans');
  const inputs = {
    words: documentWords(registry, language.data),
    languageTag: documentLocale[language.data] ?? language.data,
    fonts: async () => ({
      regular: new Uint8Array(
        await readFile(resolve(fontDirectory, '400Regular/NotoSans_400Regular.ttf')),
      ),
      bold: new Uint8Array(await readFile(resolve(fontDirectory, '700Bold/NotoSans_700Bold.ttf'))),
    }),
  };
  const bytes =
    format === 'html'
      ? new TextEncoder().encode(
          (await import('@/documents/html/render-html')).renderHtml(model, inputs.words),
        )
      : await renderDocumentFile(model, format, inputs);
  await writeFile(values.output ?? '', bytes);
  out.log(
    `Wrote ${values.output} (${template.id}, ${format}, ${language.data}, ${Math.round(bytes.length / 1024)} KB).`,
  );
  if (model.missing.length > 0) {
    out.log(`It is a draft with ${model.missing.length} missing value(s), marked in the text:`);
    for (const missing of model.missing)
      out.log(
        `  ${missing.clause}: ${missing.what}${missing.step ? ` (fill in "${missing.step.title}")` : ''}`,
      );
  }
  return 0;
}
