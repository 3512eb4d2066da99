// What protects a user's work: one editing tab at a time, storage errors shown with a way out,
// and the app working offline once loaded.
import {
  waitForOfflineReady,
  createDossier,
  expect,
  expectAccessible,
  fillStep,
  saveAndContinue,
  test,
  valuesFor,
} from './fixtures';

test('a second tab opens the dossier read-only, follows the first, and can take over', async ({
  page,
  context,
}) => {
  await createDossier(page, 'Shared dossier');
  await page.getByRole('button', { name: 'Continue' }).click();

  const second = await context.newPage();
  await second.goto('./');
  await second.getByRole('link', { name: 'Shared dossier' }).click();
  const banner = second.getByTestId('read-only-banner');
  await expect(banner).toContainText('open for editing in another tab');
  await expectAccessible(second, 'a read-only overview');

  // The first tab edits; the second sees the change.
  await fillStep(page, 'buyers-group', valuesFor('buyers-group'));
  await saveAndContinue(page);
  await expect(
    second
      .getByRole('listitem')
      .filter({ hasText: 'Who is in the buyers group?' })
      .getByText('Completed'),
  ).toBeVisible();
  await second.getByRole('link', { name: 'Who is in the buyers group?' }).click();
  await expect(
    second.getByRole('textbox', { name: 'Name of the authority' }).first(),
  ).toBeDisabled();
  await expect(second.getByRole('button', { name: 'Save and continue' })).toHaveCount(0);

  // Once the first tab closes, the second may edit.
  await page.close();
  await second.getByRole('button', { name: 'Edit here' }).click();
  await expect(banner).toHaveCount(0);
  await expect(
    second.getByRole('textbox', { name: 'Name of the authority' }).first(),
  ).toBeEnabled();
  await expect(second.getByRole('textbox', { name: 'Name of the authority' }).first()).toHaveValue(
    'Inspectoratul General al Poliției de Frontieră',
  );
});

test('a full disk is shown with a way to keep the work, and saving resumes when space is back', async ({
  page,
}, testInfo) => {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if ((window as unknown as { __diskFull?: boolean }).__diskFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await createDossier(page, 'Full disk');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true));
  await page
    .getByRole('textbox', { name: 'Name of the authority' })
    .first()
    .fill('Policía Nacional');
  const banner = page.getByTestId('save-failed-banner');
  await expect(banner).toContainText('storage is full');
  await expectAccessible(page, 'the storage-full warning');

  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export the dossier now' }).click();
  const saved = testInfo.outputPath('rescued.json');
  await (await download).saveAs(saved);
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(saved, 'utf8')).toContain('Policía Nacional');

  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = false));
  await banner.getByRole('button', { name: 'Try saving again' }).click();
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name of the authority' }).first()).toHaveValue(
    'Policía Nacional',
  );
});

test('works offline once it has been loaded', async ({ page, context }) => {
  await page.goto('./');
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your joint procurement dossiers' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Name of the dossier' }).fill('Offline workshop');
  await page.getByRole('button', { name: 'Create dossier' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Who is in the buyers group?',
  );
  await expect(page.getByRole('heading', { name: 'Guidance' })).toBeVisible();
  await expect(page.getByText('What to do')).toBeVisible();
  await context.setOffline(false);
});

test('reflows to a 360 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await createDossier(page, 'A rather long dossier name for a small telephone screen 2027');
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Continue' }).click();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'a step at 360 px');
  await page.getByRole('link', { name: 'All dossiers' }).click();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
