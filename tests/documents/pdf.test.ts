// Every document as a PDF, read back with pdf.js: the text equals what the model holds, in every
// script an EU buyers group writes its names in, with the draft mark, dossier and page numbers
// on every page.
import { describe, expect, it } from 'vitest';
import { renderDocumentFile } from '@/documents/document-file';
import type { Dossier, GroupItem } from '@/schemas/dossier';
import { completeDossier } from '../helpers/complete-dossier';
import {
  modelRuns,
  pdfBody,
  renderInputs,
  squash,
  templateLanguages,
  testDocument,
} from '../helpers/documents';
import { pdfPages } from '../helpers/pdf-text';
import { realRegistry } from '../helpers/registry';

const registry = realRegistry();
const dossier = completeDossier(registry);

describe.each(
  templateLanguages(registry).map(
    ({ template, language }) => [template.id, language, template] as const,
  ),
)('%s (%s) as PDF', (templateId, language, template) => {
  const party = template.perParty
    ? (dossier.answers['buyers-group']?.authorities as GroupItem[] | undefined)?.[2]?.id
    : undefined;

  it('prints every value of the model, and the mark and page numbers on every page', async () => {
    const model = await testDocument(
      registry,
      dossier,
      templateId,
      language,
      typeof party === 'string' ? party : undefined,
    );
    const pages = await pdfPages(
      await renderDocumentFile(model, 'pdf', renderInputs(registry, language)),
    );
    const text = pdfBody(pages, model);
    expect(text).toContain(model.title);
    for (const section of model.sections)
      expect(text).toContain(squash(`${section.number}. ${section.title}`));
    for (const run of modelRuns(model)) expect(text).toContain(squash(run.text));
    pages.forEach((page, index) => {
      const flat = squash(page);
      expect(flat).toContain(model.mark.draft);
      expect(flat).toContain(model.mark.dossier);
      expect(flat).toContain(`${model.mark.version} · ${model.mark.date}`);
      expect(flat).toContain(
        model.mark.pageLabel
          .replace('{page}', String(index + 1))
          .replace('{pages}', String(pages.length)),
      );
    });
  });
});

describe('names in every EU script', () => {
  const names = [
    'Inspectoratul General al Poliției de Frontieră (ș ț ă î â)',
    'Komenda Główna Straży Granicznej (ł ż ź ć ń ó ę ą)',
    'Ředitelství služby cizinecké policie (ř ě š č ů)',
    'Ελληνική Αστυνομία – Διεύθυνση Αλλοδαπών',
    'Главна дирекция „Гранична полиция“',
    'Rendőrség – Országos Rendőr-főkapitányság (ő ű)',
    'Poliisi – Rajavartiolaitos (ä ö) · Malta Police Force (ħ ġ ż)',
  ];
  const countries = ['ro', 'pl', 'cz', 'gr', 'bg', 'hu', 'fi'];
  const multilingual: Dossier = {
    ...dossier,
    name: 'Radios – Ελλάδα, България, Česko',
    answers: {
      ...dossier.answers,
      'buyers-group': {
        authorities: names.map((name, index) => ({
          id: `auth-${index}`,
          name,
          country: countries[index] ?? 'ro',
          'authority-type': 'central-government',
        })),
      },
      'lead-authority': { ...dossier.answers['lead-authority'], 'lead-party': 'auth-3' },
    },
  };

  it.each(['en', 'fr'] as const)(
    'prints them exactly, with the embedded Noto Sans (%s)',
    async (language) => {
      const model = await testDocument(
        registry,
        multilingual,
        'memorandum-of-understanding',
        language,
      );
      const bytes = await renderDocumentFile(model, 'pdf', renderInputs(registry, language));
      const text = (await pdfPages(bytes)).join('\n');
      // Each name is printed whole on one line in the signature blocks.
      for (const name of names) expect(text).toContain(name);
      expect(text).toContain('Radios – Ελλάδα, България, Česko');
      expect(new TextDecoder('latin1').decode(bytes)).toMatch(/\/BaseFont \/NotoSans/);
    },
  );

  it('marks missing values in the PDF text', async () => {
    const partial = {
      ...multilingual,
      answers: { 'buyers-group': multilingual.answers['buyers-group'] ?? {} },
    };
    const model = await testDocument(registry, partial, 'memorandum-of-understanding');
    const text = squash(
      (await pdfPages(await renderDocumentFile(model, 'pdf', renderInputs(registry, 'en')))).join(
        '\n',
      ),
    );
    expect(text).toContain('[missing: lead authority]');
  });
});
