import { gunzipSync, gzipSync } from 'node:zlib';
import { createDossier, expect, expectAccessible, test } from './fixtures';

test('the first page is the dossier library, and loads at most 160 KB of JavaScript (gzip)', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('./');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your joint procurement dossiers' }),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  let gzipped = 0;
  for (const url of scripts) {
    const body = await (await page.request.get(url)).body();
    gzipped += gzipSync(body, { level: 9 }).length;
    expect(gunzipSync(gzipSync(body)).length).toBe(body.length);
  }
  console.log(
    `First page JavaScript: ${scripts.length} files, ${(gzipped / 1024).toFixed(1)} KiB gzip`,
  );
  expect(gzipped).toBeLessThanOrEqual(160 * 1024);
  expect(scripts.some((url) => /docx|jspdf|html2canvas|purify/.test(url))).toBe(false);
  await expectAccessible(page, 'the empty library');
});

test('creates, opens, renames, duplicates and deletes dossiers', async ({ page }) => {
  await createDossier(page, 'Thermal cameras 2027');
  await expect(page.getByText(/^Last saved /)).toBeVisible();
  await page.getByRole('link', { name: 'All dossiers' }).click();

  const list = page
    .getByRole('list')
    .filter({ has: page.getByRole('heading', { name: 'Thermal cameras 2027' }) });
  await expect(list.getByText(/^Last saved /)).toBeVisible();
  await expectAccessible(page, 'the library with a dossier');

  await page.getByRole('button', { name: 'Rename Thermal cameras 2027' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename the dossier' });
  await dialog.getByRole('textbox', { name: 'Name of the dossier' }).fill('');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(dialog.getByText('Enter a name for the dossier')).toBeVisible();
  await expectAccessible(page, 'the rename dialog with an error');
  await dialog
    .getByRole('textbox', { name: 'Name of the dossier' })
    .fill('Thermal cameras for land borders 2027');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(
    page.getByRole('heading', { name: 'Thermal cameras for land borders 2027' }),
  ).toBeVisible();

  await page
    .getByRole('button', { name: 'Duplicate Thermal cameras for land borders 2027' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Copy of Thermal cameras for land borders 2027' }),
  ).toBeVisible();

  await page
    .getByRole('button', { name: 'Delete Copy of Thermal cameras for land borders 2027' })
    .click();
  const confirm = page.getByRole('dialog', {
    name: 'Delete the dossier Copy of Thermal cameras for land borders 2027?',
  });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page, 'the delete confirmation');
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { name: 'Copy of Thermal cameras for land borders 2027' }),
  ).toBeVisible();
  await page
    .getByRole('button', { name: 'Delete Copy of Thermal cameras for land borders 2027' })
    .click();
  await confirm.getByRole('button', { name: 'Delete dossier' }).click();
  await expect(
    page.getByRole('heading', { name: 'Copy of Thermal cameras for land borders 2027' }),
  ).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toHaveText(
    /Dossier Copy of .* deleted/,
  );

  await page.getByRole('link', { name: 'Thermal cameras for land borders 2027' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Thermal cameras for land borders 2027' }),
  ).toBeVisible();
});

test('refuses to create a dossier without a name', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Create dossier' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error:/);
  await summary.getByRole('link', { name: 'Enter a name for the dossier' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of the dossier' })).toBeFocused();
  await expectAccessible(page, 'the library with an error');
});

test('no script may reach another origin', async ({ page }) => {
  await page.goto('./');
  const blocked = await page.evaluate(async () => {
    try {
      await fetch('https://example.org/');
      return false;
    } catch {
      return true;
    }
  });
  expect(blocked).toBe(true);
  // The attempt itself is a CSP violation; clear it so the fixture's check covers the app only.
  await page.evaluate(() => {
    window.__cspViolations = [];
  });
});
