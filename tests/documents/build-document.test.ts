// The document model: values in the right places, what users typed printed literally, gaps
// marked and listed, clauses numbered, and clauses that depend on answers shown only then.
import { describe, expect, it } from 'vitest';
import { completeDossier } from '../helpers/complete-dossier';
import JSZip from 'jszip';
import { renderDocumentFile } from '@/documents/document-file';
import { pdfPages } from '../helpers/pdf-text';
import {
  modelRuns,
  modelText,
  pdfBody,
  renderInputs,
  squash,
  testDocument,
} from '../helpers/documents';
import { realRegistry } from '../helpers/registry';
import type { Dossier, StepAnswers } from '@/schemas/dossier';

const registry = realRegistry();
const complete = completeDossier(registry);

function withAnswers(dossier: Dossier, step: string, patch: StepAnswers): Dossier {
  return {
    ...dossier,
    answers: { ...dossier.answers, [step]: { ...dossier.answers[step], ...patch } },
  };
}

const onlyBuyersGroup = (): Dossier => ({
  ...complete,
  answers: { 'buyers-group': complete.answers['buyers-group'] ?? {} },
});

describe('the memorandum of understanding, from a complete dossier', () => {
  it('prints the dossier’s values and misses nothing', async () => {
    const model = await testDocument(registry, complete, 'memorandum-of-understanding');
    expect(model.missing).toEqual([]);
    const text = modelText(model);
    expect(text).toContain('Inspectoratul General al Poliției de Frontieră');
    expect(text).toContain('Komenda Główna Straży Granicznej');
    expect(text).toContain('Ελληνική Αστυνομία');
    expect(text).toContain('Thermal cameras for land border surveillance');
    expect(text).toContain('lower prices through larger volumes');
    expect(model.mark.dossier).toBe(complete.name);
    expect(model.mark.draft).toBe(
      'Draft for legal review · Statement of intent, not legally binding',
    );
    expect(model.mark.date).toBe('26 November 2026');
  });

  it('numbers sections and clauses in order', async () => {
    const model = await testDocument(registry, complete, 'memorandum-of-understanding');
    model.sections.forEach((section, index) => {
      expect(section.number).toBe(String(index + 1));
      section.clauses.forEach((clause, clauseIndex) =>
        expect(clause.number).toBe(`${index + 1}.${clauseIndex + 1}`),
      );
    });
  });

  it('is in French with French option labels when asked', async () => {
    const model = await testDocument(registry, complete, 'memorandum-of-understanding', 'fr');
    expect(model.title).toBe("Protocole d'accord");
    expect(model.mark.date).toBe('26 novembre 2026');
    const text = modelText(model);
    expect(text).toContain('des prix plus bas grâce à des volumes plus importants');
    expect(text).toContain('Roumanie');
    expect(text).not.toContain('Lower prices');
  });
});

describe('what a user typed', () => {
  const typed = {
    placeholder: '{{lead.name}} and {{answer.scope.estimated-value}}',
    markdown: '**not bold** _not italic_ # not a heading\n- not a list',
    html: '<script>alert("x")</script><b>not bold</b>',
    emoji: 'Drones 🚁 and radios 📻 – ș ț ł ř Ελλάδα България',
    long: 'A'.repeat(2_000) + ' ' + 'word '.repeat(600),
  };

  it.each(Object.entries(typed))(
    'prints %s literally, in one run, never as structure',
    async (_kind, value) => {
      const dossier = withAnswers(complete, 'objectives', {
        subject: value.slice(0, 150),
        description: value.slice(0, 3_000),
      });
      const model = await testDocument(registry, dossier, 'memorandum-of-understanding');
      const runs = modelRuns(model);
      const subject = runs.find((run) => run.text === value.slice(0, 150));
      expect(subject, 'the subject is one run with exactly the typed text').toBeDefined();
      expect(subject?.bold).toBe(true); // the template's own emphasis, not the user's
      expect(runs.some((run) => run.text === value.slice(0, 3_000))).toBe(true);
      expect(model.missing).toEqual([]);
    },
  );

  it('keeps a 5,000-character paragraph whole, in the model, the DOCX and the PDF', async () => {
    // Words of several scripts, so that line wrapping is exercised, 5,000 characters in all.
    const words = ['Grenzüberwachung', 'Straży', 'Frontieră', 'Αστυνομία', 'полиция', 'drones'];
    let description = '';
    for (let index = 0; description.length < 4_990; index += 1)
      description += `${words[index % words.length]} `;
    description = `${description.trimEnd()}.`.padEnd(5_000, '.');
    const dossier = withAnswers(complete, 'objectives', { description });
    const model = await testDocument(registry, dossier, 'memorandum-of-understanding');
    expect(description).toHaveLength(5_000);
    expect(modelRuns(model).some((run) => run.text === description)).toBe(true);
    const pdf = await pdfPages(
      await renderDocumentFile(model, 'pdf', renderInputs(registry, 'en')),
    );
    expect(pdfBody(pdf, model)).toContain(squash(description));
    const docx = await JSZip.loadAsync(
      await renderDocumentFile(model, 'docx', renderInputs(registry, 'en')),
    );
    expect(await docx.file('word/document.xml')?.async('string')).toContain(description);
  });
});

describe('missing information', () => {
  it('is marked where it belongs and listed with the step that gives it', async () => {
    const model = await testDocument(registry, onlyBuyersGroup(), 'memorandum-of-understanding');
    const marked = modelRuns(model).filter((run) => run.missing);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.map((run) => run.text)).toContain('[missing: lead authority]');
    const lead = model.missing.find((entry) => entry.what === 'lead authority');
    expect(lead?.step).toEqual({
      phase: 'preparation',
      step: 'lead-authority',
      title: expect.any(String),
    });
    expect(lead?.clause).toMatch(/^3\.1 Lead authority$/);
    const clause = model.sections
      .flatMap((section) => section.clauses)
      .find((candidate) => candidate.number === '3.1');
    expect(clause?.incomplete).toBe(true);
  });

  it('never drops a table whose rows are missing', async () => {
    const dossier = { ...complete, answers: { objectives: complete.answers.objectives ?? {} } };
    const model = await testDocument(registry, dossier, 'memorandum-of-understanding');
    const participants = model.sections[0]?.clauses[0];
    expect(participants?.incomplete).toBe(true);
    expect(participants?.paragraphs).toEqual([
      {
        kind: 'text',
        runs: [
          expect.objectContaining({
            missing: true,
            text: '[missing: authorities of the buyers group]',
          }),
        ],
      },
    ]);
  });

  it('is marked in the document language', async () => {
    const model = await testDocument(
      registry,
      onlyBuyersGroup(),
      'memorandum-of-understanding',
      'fr',
    );
    expect(modelRuns(model).map((run) => run.text)).toContain(
      '[manquant : pouvoir adjudicateur chef de file]',
    );
  });
});

describe('choices', () => {
  it('refuses an authority that is not in the buyers group', async () => {
    await expect(
      testDocument(registry, complete, 'memorandum-of-understanding', 'en', 'auth-xx'),
    ).rejects.toThrow(/no authority "auth-xx"/);
  });

  it('refuses a language the template does not offer, and an unknown template', async () => {
    await expect(
      testDocument(registry, complete, 'memorandum-of-understanding', 'de'),
    ).rejects.toThrow(/not available in "de"/);
    await expect(testDocument(registry, complete, 'no-such-document')).rejects.toThrow(
      /no document "no-such-document"/,
    );
  });
});

describe('one authority’s own answers in its letter of intent', () => {
  it('prints its own budget, and a dash for an optional answer it left blank', async () => {
    const model = await testDocument(registry, complete, 'letter-of-intent', 'en', 'auth-pl');
    const text = modelRuns(model)
      .map((run) => run.text)
      .join('');
    expect(text).toContain('status of its budget: Requested, not yet approved');
    expect(text).toContain('amount available, excluding VAT: —');
    expect(text).not.toContain('€1,000,000'); // the Romanian authority's amount
    expect(model.intro[0]?.[0]?.text).toBe('From Komenda Główna Straży Granicznej');
  });

  it('marks a budget the authority has not recorded as missing, with the step that records it', async () => {
    const model = await testDocument(registry, complete, 'letter-of-intent', 'en', 'auth-gr');
    const entry = model.missing.find((missing) => missing.step?.step === 'budget');
    expect(entry).toBeDefined();
    expect(modelRuns(model).some((run) => run.missing && run.text.startsWith('[missing: '))).toBe(
      true,
    );
  });
});
