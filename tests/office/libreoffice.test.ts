// A real word processor opens every generated DOCX: LibreOffice converts each document, in each
// language, to PDF, and the PDF's text holds the document's title, its clause headings and its
// values. Needs LibreOffice (tools/ensure-system-tools.mjs soffice installs it for `npm test`).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocumentFile } from '@/documents/document-file';
import type { DocumentModel } from '@/documents/model';
import type { GroupItem } from '@/schemas/dossier';
import { completeDossier } from '../helpers/complete-dossier';
import { renderInputs, squash, templateLanguages, testDocument } from '../helpers/documents';
import { pdfPages } from '../helpers/pdf-text';
import { realRegistry } from '../helpers/registry';

const soffice = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const registry = realRegistry();
const dossier = completeDossier(registry);
const directory = mkdtempSync(join(tmpdir(), 'jpp-office-'));
const documents = templateLanguages(registry).map(({ template, language }) => ({
  name: `${template.id}.${language}`,
  template,
  language,
}));
const models = new Map<string, DocumentModel>();

beforeAll(async () => {
  if (!existsSync(soffice))
    throw new Error(
      `LibreOffice is not at ${soffice}. Install it (apt-get install -y libreoffice-writer-nogui) or set SOFFICE_PATH; npm test does this for you.`,
    );
  const party = (dossier.answers['buyers-group']?.authorities as GroupItem[] | undefined)?.[0]?.id;
  const files: string[] = [];
  for (const { name, template, language } of documents) {
    const model = await testDocument(
      registry,
      dossier,
      template.id,
      language,
      template.perParty && typeof party === 'string' ? party : undefined,
    );
    models.set(name, model);
    const file = join(directory, `${name}.docx`);
    writeFileSync(file, await renderDocumentFile(model, 'docx', renderInputs(registry, language)));
    files.push(file);
  }
  // One LibreOffice process converts them all; its own profile keeps it from a desktop session's.
  await promisify(execFile)(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(join(directory, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      directory,
      ...files,
    ],
    { timeout: 240_000 },
  );
}, 300_000);

describe.each(documents.map((document) => [document.name]))('LibreOffice opens %s.docx', (name) => {
  it('and prints its title, headings and values', async () => {
    const pdf = join(directory, `${name}.pdf`);
    expect(existsSync(pdf), `LibreOffice made no PDF of ${name}.docx`).toBe(true);
    const model = models.get(name);
    if (!model) throw new Error(`no model for ${name}`);
    // Drop the header and footer lines, which LibreOffice's PDF puts between a page's last line
    // and the next page's first.
    const header = `${model.mark.draft} · ${model.mark.dossier}`;
    const body = (await pdfPages(new Uint8Array(readFileSync(pdf))))
      .flatMap((page) => page.split('\n'))
      .filter(
        (line) =>
          line.trim() !== '' &&
          !line.includes(model.mark.version) &&
          // the header, or a piece of it where it wraps (a short line may be a table cell)
          !(line.trim().length >= 12 && header.includes(line.trim())),
      )
      .join('\n');
    const text = squash(body);
    expect(text).toContain(model.title);
    for (const section of model.sections)
      for (const clause of section.clauses)
        expect(text).toContain(squash(`${clause.number} ${clause.title ?? ''}`));
    // Paragraphs read in order; a table is read row by row across its cells, so its values are
    // checked word by word.
    const compact = text.replace(/\s/g, '');
    const words = new Set(text.split(' '));
    for (const section of model.sections)
      for (const clause of section.clauses)
        for (const paragraph of clause.paragraphs) {
          if (paragraph.kind === 'text' || paragraph.kind === 'list') {
            const runs = paragraph.kind === 'text' ? paragraph.runs : paragraph.items.flat();
            for (const run of runs) expect(compact).toContain(run.text.replace(/\s/g, ''));
          } else if (paragraph.kind === 'table') {
            for (const word of paragraph.rows
              .flat(2)
              .flatMap((run) => run.text.split(/\s+/))
              .filter(Boolean))
              expect(words.has(word) || compact.includes(word), `table word "${word}"`).toBe(true);
          }
        }
  });
});
