// Documents from the real app in Chromium: every document downloads as DOCX and PDF (and the
// agreements in French), each file is opened and read back; a draft with gaps lists them first;
// PDF export works offline once the app has been loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { pdfPages } from '../helpers/pdf-text';
import {
  COMPLETE_DOSSIER,
  createDossier,
  importCompleteDossier,
  waitForOfflineReady,
  expect,
  expectAccessible,
  fillStep,
  registry,
  saveAndContinue,
  test,
  valuesFor,
} from './fixtures';

const dossierName = COMPLETE_DOSSIER.name;

async function download(page: Page, testId: string, directory: string) {
  const event = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await event;
  const path = join(directory, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

async function docxText(path: string) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((match) => match[1])
    .join(' ')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

async function pdfText(path: string) {
  return (await pdfPages(new Uint8Array(readFileSync(path)))).join(' ').replace(/\s+/g, ' ');
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

test('each document downloads as DOCX and PDF, the agreements also in French', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await importCompleteDossier(page);
  await page.getByTestId('open-documents').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  await expectAccessible(page, 'the documents page');

  for (const template of registry.templates) {
    for (const language of template.languages) {
      await page.goto(`./#/documents/${template.id}`);
      const title = template.title[language] ?? template.title.en;
      await expect(page.getByRole('heading', { level: 1, name: template.title.en })).toBeVisible();
      if (template.languages.length > 1)
        await page.getByLabel('Language of the document').selectOption(language);
      const preview = page.getByTestId('document-preview');
      await expect(preview.getByRole('heading', { level: 2, name: title })).toBeVisible();
      await expect(
        page.getByTestId('document-complete').or(page.getByTestId('document-missing')),
      ).toBeVisible();
      const party = template.perParty ? 'Komenda Główna Straży Granicznej' : undefined;
      if (party)
        await page.getByLabel('Which authority is the letter from?').selectOption({ label: party });

      const confirmIfAsked = async () => {
        const dialog = page.getByRole('dialog', { name: 'This draft has missing information' });
        if (await dialog.isVisible())
          await dialog.getByRole('button', { name: 'Download the draft anyway' }).click();
      };
      const directory = testInfo.outputPath(template.id, language);
      const docxEvent = page.waitForEvent('download');
      await page.getByTestId('download-docx').click();
      await confirmIfAsked();
      const docx = await docxEvent;
      const docxPath = join(directory, docx.suggestedFilename());
      await docx.saveAs(docxPath);
      expect(docx.suggestedFilename()).toBe(
        `${dossierName} - ${title}${party ? ` - ${party}` : ''}.docx`,
      );
      const docxContent = squash(await docxText(docxPath));
      expect(docxContent).toContain(title);
      expect(docxContent).toContain('Inspectoratul General al Poliției de Frontieră');
      if (party) expect(docxContent).toContain(party);

      const pdfEvent = page.waitForEvent('download');
      await page.getByTestId('download-pdf').click();
      await confirmIfAsked();
      const pdf = await pdfEvent;
      const pdfPath = join(directory, pdf.suggestedFilename());
      await pdf.saveAs(pdfPath);
      const pdfContent = await pdfText(pdfPath);
      expect(pdfContent).toContain(title);
      expect(pdfContent).toContain(dossierName);
      await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
        pdf.suggestedFilename(),
      );
    }
  }
  await expectAccessible(page, 'a document page');
});

test('a draft with missing information lists it, links to the questions, and downloads after a warning', async ({
  page,
}, testInfo) => {
  await createDossier(page, 'Radios 2028');
  await page.getByRole('button', { name: 'Continue' }).click();
  await fillStep(page, 'buyers-group', valuesFor('buyers-group'));
  await saveAndContinue(page);
  await page.getByRole('link', { name: 'Documents', exact: true }).click();
  await page.getByRole('link', { name: 'Memorandum of understanding' }).click();

  const missing = page.getByTestId('document-missing');
  await expect(missing.getByRole('heading', { name: /Missing information: \d+/ })).toBeVisible();
  await expect(missing).toContainText('lead authority, for clause 3.1 Lead authority');
  await expect(
    page.getByTestId('document-preview').getByText('[missing: lead authority]'),
  ).toBeVisible();
  await expectAccessible(page, 'a document with missing information');

  await page.getByTestId('download-docx').click();
  const dialog = page.getByRole('dialog', { name: 'This draft has missing information' });
  await expect(dialog.getByTestId('confirm-missing-list')).toContainText('lead authority');
  await dialog.getByRole('button', { name: 'Go back' }).click();
  await expect(dialog).toBeHidden();

  await page.getByTestId('download-docx').click();
  const event = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download the draft anyway' }).click();
  const file = await event;
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  expect(await docxText(path)).toContain('[missing: lead authority]');

  await missing
    .getByRole('link', { name: 'Answer on “Which authority leads the procedure?”' })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Which authority leads the procedure?',
  );
});

test('PDF export works offline once the app has been loaded', async ({
  page,
  context,
}, testInfo) => {
  await importCompleteDossier(page);
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.goto('./#/documents/memorandum-of-understanding');
  await page.reload();
  const { path } = await download(page, 'download-pdf', testInfo.outputPath('offline'));
  expect(await pdfText(path)).toContain('Komenda Główna Straży Granicznej');
  await context.setOffline(false);
});
