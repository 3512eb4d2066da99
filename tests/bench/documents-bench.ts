// Document generation for a large buyers group (27 authorities, 10 lots): each document as
// DOCX and PDF, in Node (the engine and renderers as the CLI runs them) and in headless
// Chromium (the real app, from the click on "Download" to the finished download).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { renderDocumentFile } from '@/documents/document-file';
import { serializeDossier } from '@/dossier/file';
import { listParties } from '@/domain/parties';
import type { ContentRegistry } from '@/schemas/content-registry';
import { largeDossier } from '../helpers/complete-dossier';
import { renderInputs, testDocument } from '../helpers/documents';

type Timer = (label: string, runs: number, work: () => Promise<unknown>) => Promise<number>;

export async function benchDocuments(root: string, registry: ContentRegistry, time: Timer) {
  const dossier = largeDossier(registry);
  const party = listParties(dossier.answers)[0]?.id;
  console.log(
    `\nDocuments, ${listParties(dossier.answers).length} authorities and 10 lots (Node: model + renderer)`,
  );
  for (const template of registry.templates) {
    const forParty = template.perParty ? party : undefined;
    for (const format of ['docx', 'pdf'] as const)
      await time(`${template.id} as ${format.toUpperCase()}`, 5, async () => {
        const model = await testDocument(registry, dossier, template.id, 'en', forParty);
        await renderDocumentFile(model, format, renderInputs(registry, 'en'));
      });
  }
  await benchInChromium(
    root,
    registry,
    serializeDossier(dossier, '0.1.0', dossier.updatedAt),
    dossier.name,
  );
}

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

async function benchInChromium(
  root: string,
  registry: ContentRegistry,
  file: string,
  name: string,
) {
  const directory = mkdtempSync(join(tmpdir(), 'jpp-bench-'));
  const path = join(directory, 'large-dossier.json');
  writeFileSync(path, file);
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    preview: { port: 4398, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = await (
      await browser.newContext({ acceptDownloads: true, locale: 'en-GB' })
    ).newPage();
    await page.goto('http://127.0.0.1:4398/');
    await page.getByTestId('import-input').setInputFiles(path);
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    console.log(
      '\nDocuments in headless Chromium (the app: click "Download" → file; median of 3, after one warm-up)',
    );
    for (const template of registry.templates) {
      await page.goto(`http://127.0.0.1:4398/#/documents/${template.id}`);
      await page.getByTestId('document-preview').waitFor();
      for (const format of ['docx', 'pdf'] as const) {
        const samples: number[] = [];
        for (let run = 0; run < 4; run += 1) {
          const download = page.waitForEvent('download');
          const start = performance.now();
          await page.getByTestId(`download-${format}`).click();
          const dialog = page.getByRole('button', { name: 'Download the draft anyway' });
          if (await dialog.isVisible()) await dialog.click();
          await download;
          if (run > 0) samples.push(performance.now() - start);
        }
        samples.sort((a, b) => a - b);
        console.log(
          `  ${`${template.id} as ${format.toUpperCase()}`.padEnd(58)} ${(samples[1] ?? 0).toFixed(2).padStart(9)} ms`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
