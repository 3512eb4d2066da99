// Every document as a Word file, opened with jszip and read back: every value the model holds
// is in the text, headings use Word's heading styles, table header rows repeat, and the header
// and footer carry the draft mark, version, date and page numbers.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocumentFile } from '@/documents/document-file';
import { completeDossier } from '../helpers/complete-dossier';
import {
  modelRuns,
  renderInputs,
  squash,
  templateLanguages,
  testDocument,
} from '../helpers/documents';
import { realRegistry } from '../helpers/registry';

const registry = realRegistry();
const dossier = completeDossier(registry);

const decode = (xml: string) =>
  xml.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_all, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '',
  );

/** The text of a WordprocessingML part: a space between paragraphs and at line breaks. */
function wordText(xml: string): string {
  return [...xml.matchAll(/<w:p[ >][^]*?<\/w:p>/g)]
    .map((paragraph) =>
      [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
        .map((part) => (part[1] === undefined ? ' ' : decode(part[1])))
        .join(''),
    )
    .join(' ');
}

async function openDocx(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name))
      .map(part),
  );
  return {
    document: await part('word/document.xml'),
    core: await part('docProps/core.xml'),
    headers: headers.join('\n'),
  };
}

describe.each(
  templateLanguages(registry).map(
    ({ template, language }) => [template.id, language, template] as const,
  ),
)('%s (%s) as DOCX', (templateId, language, template) => {
  const party = template.perParty
    ? (dossier.answers['buyers-group']?.authorities as { id: string }[] | undefined)?.[1]?.id
    : undefined;

  it('holds every value of the document model, headings and a repeated table header', async () => {
    const model = await testDocument(registry, dossier, templateId, language, party);
    const { document, core, headers } = await openDocx(
      await renderDocumentFile(model, 'docx', renderInputs(registry, language)),
    );
    const text = squash(wordText(document));
    for (const run of modelRuns(model)) expect(text).toContain(squash(run.text));
    expect(text).toContain(model.title);
    for (const section of model.sections) {
      expect(text).toContain(`${section.number}. ${section.title}`);
      for (const clause of section.clauses)
        expect(text).toContain(squash(`${clause.number} ${clause.title ?? ''}`));
    }
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(model.sections.length);
    expect(document.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBe(
      model.sections.reduce((sum, section) => sum + section.clauses.length, 0),
    );
    const tables = model.sections.flatMap((section) =>
      section.clauses.flatMap((clause) =>
        clause.paragraphs.filter((paragraph) => paragraph.kind === 'table'),
      ),
    );
    expect(document.match(/<w:tblHeader\/>/g)?.length ?? 0).toBe(tables.length);
    expect(document).toContain(`w:lang w:val="${language === 'fr' ? 'fr-FR' : 'en-GB'}"`);
    expect(decode(core)).toContain(`<dc:title>${model.title}</dc:title>`);
    const marks = squash(wordText(headers));
    expect(marks).toContain(model.mark.draft);
    expect(marks).toContain(model.mark.dossier);
    expect(marks).toContain(model.mark.version);
    expect(headers).toMatch(/PAGE/);
    expect(headers).toMatch(/NUMPAGES/);
  });
});

describe('missing values in a DOCX', () => {
  it('are highlighted and bold', async () => {
    const partial = {
      ...dossier,
      answers: { 'buyers-group': dossier.answers['buyers-group'] ?? {} },
    };
    const model = await testDocument(registry, partial, 'memorandum-of-understanding');
    const { document } = await openDocx(
      await renderDocumentFile(model, 'docx', renderInputs(registry, 'en')),
    );
    expect(document).toMatch(
      /<w:highlight w:val="yellow"\/>[^]*?<w:t[^>]*>\[missing: lead authority\]<\/w:t>/,
    );
  });
});
