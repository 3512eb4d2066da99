// Export a dossier to a file, import it in another browser profile and get exactly the same
// dossier; bad files get a specific message and change nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  createDossier,
  expect,
  expectAccessible,
  fillStep,
  registry,
  saveAndContinue,
  test,
  valuesFor,
} from './fixtures';

async function exportFromOverview(page: Page, dir: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export dossier (.json)' }).click();
  const file = join(dir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  return file;
}

async function storedDossiers(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('jpp-toolbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('dossiers').objectStore('dossiers').getAll();
          request.onsuccess = () => {
            resolve(JSON.stringify(request.result));
            open.result.close();
          };
        };
      }),
  );
}

test('a dossier exported in one browser profile imports identically in another', async ({
  page,
  browser,
}, testInfo) => {
  await createDossier(page, 'Thermal cameras – Ελλάδα, România, Polska');
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const step of registry.phases[0]!.steps.slice(0, 3)) {
    await fillStep(page, step, valuesFor(step));
    await saveAndContinue(page);
  }
  await page
    .getByRole('textbox', { name: 'Estimated total value, excluding VAT' })
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.getByRole('link', { name: 'Overview of this dossier' }).click();
  const file = await exportFromOverview(page, testInfo.outputDir);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    format: string;
    schemaVersion: number;
    appVersion: string;
    savedAt: string;
    dossier: unknown;
  };
  expect(exported).toMatchObject({
    format: 'jpp-toolbox-dossier',
    schemaVersion: 1,
    appVersion: '0.1.0',
  });

  // Another profile: a new browser context has its own, empty storage.
  const other = await browser.newContext({ locale: 'en-GB' });
  const second = await other.newPage();
  await second.goto('./');
  await expect(second.getByText('There are no dossiers in this browser yet.')).toBeVisible();
  await second.getByTestId('import-input').setInputFiles(file);
  await expect(second.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
    /Dossier .* imported/,
  );
  await second.getByRole('link', { name: 'Thermal cameras – Ελλάδα, România, Polska' }).click();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(
    /Thermal cameras – Ελλάδα, România, Polska/,
  );
  const reExported = JSON.parse(
    readFileSync(await exportFromOverview(second, join(testInfo.outputDir, 'second')), 'utf8'),
  ) as typeof exported;
  expect(reExported.dossier).toEqual(exported.dossier);
  await other.close();
});

test('bad files get a specific message and leave the stored dossiers exactly as they were', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await createDossier(page, 'Radios for border guards');
  const file = await exportFromOverview(page, testInfo.outputDir);
  const good = JSON.parse(readFileSync(file, 'utf8')) as {
    dossier: Record<string, unknown>;
  } & Record<string, unknown>;
  await page.getByRole('link', { name: 'All dossiers' }).click();
  await expect(page.getByRole('heading', { name: 'Radios for border guards' })).toBeVisible();
  const before = await storedDossiers(page);

  const cases: { name: string; content: string | Buffer; message: RegExp; detail?: RegExp }[] = [
    {
      name: 'notes.json',
      content: 'These are my notes, not JSON.',
      message: /not valid JSON: the problem is at line 1, column 1/,
    },
    {
      name: 'cut.json',
      content: JSON.stringify(good, null, 2).slice(0, 300),
      message: /not valid JSON: the problem is at line \d+, column \d+/,
    },
    {
      name: 'release.json',
      content: JSON.stringify({ format: 'ocds-release-package', releases: [] }),
      message: /its format is "ocds-release-package"/,
    },
    {
      name: 'empty-name.json',
      content: JSON.stringify({ ...good, dossier: { ...good.dossier, name: '' } }),
      message: /1 problem\(s\) in the dossier data/,
      detail: /dossier\.name: must not be empty/,
    },
    {
      name: 'wrong-kind.json',
      content: JSON.stringify({
        ...good,
        dossier: { ...good.dossier, answers: { scope: { 'estimated-value': 'a lot' } } },
      }),
      message: /problem\(s\) in the dossier data/,
      detail: /dossier\.answers\.scope\.estimated-value: expected a number/,
    },
    {
      name: 'future.json',
      content: JSON.stringify({ ...good, schemaVersion: 7 }),
      message: /newer version of JPP Toolbox \(dossier format 7; this version reads up to 1\)/,
    },
    {
      name: 'proto.json',
      content: JSON.stringify(good).replace('"answers":{}', '"answers":{"__proto__":{"x":1}}'),
      message: /field named "__proto__"/,
    },
    {
      name: 'huge.json',
      content: Buffer.alloc(21 * 1024 * 1024, 32),
      message: /The file is 21\.0 MB\. A dossier file can be at most 20\.0 MB\./,
    },
  ];
  for (const bad of cases) {
    const path = join(testInfo.outputDir, bad.name);
    writeFileSync(path, bad.content);
    await page.getByTestId('import-input').setInputFiles(path);
    const error = page.getByTestId('import-error');
    await expect(error, bad.name).toContainText(bad.message);
    if (bad.detail) await expect(error, bad.name).toContainText(bad.detail);
    await expect(error).toContainText('Nothing in this browser was changed.');
    await expect(error).toBeFocused();
    expect(await storedDossiers(page), `${bad.name} changed storage`).toBe(before);
  }
  await expectAccessible(page, 'the library with an import error');
});

test('importing a dossier that is already here asks before replacing it', async ({
  page,
}, testInfo) => {
  await createDossier(page, 'Drones 2028');
  const file = await exportFromOverview(page, testInfo.outputDir);
  await page.getByRole('link', { name: 'All dossiers' }).click();
  await page.getByTestId('import-input').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'This dossier is already in this browser' });
  await expect(dialog).toContainText('The file holds the same dossier as "Drones 2028"');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Import as a copy' }).click();
  await expect(page.getByRole('heading', { name: 'Drones 2028 (imported)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(2);
});
