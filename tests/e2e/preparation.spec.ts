// A procurement officer walks the whole Preparation phase: every step with invalid input first,
// then valid input, a reload in the middle, check your answers and confirmation.
import { CHECK_ANSWERS } from '@/schemas/dossier';
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

const preparation = registry.phases.find((phase) => phase.id === 'preparation')!;

/** Invalid input per step, and the message it must produce. */
const invalid: Record<string, { values: Record<string, unknown>; message: string }> = {
  'buyers-group': {
    values: {
      authorities: [{ name: 'Only one authority', country: 'ro', 'authority-type': 'sub-central' }],
    },
    message: 'Add at least 2 authorities: a joint procurement needs two or more buyers',
  },
  scope: {
    values: { 'value-status': 'firm', 'estimated-value': '12abc', framework: 'yes' },
    message: 'The estimated total value must be an amount in euros, like 1,250,000',
  },
  'cost-sharing': {
    values: {
      method: 'percentage',
      shares: [
        { party: 'auth-ro', share: '60' },
        { party: 'auth-pl', share: '30' },
      ],
      'payment-flow': 'direct',
    },
    message: 'The shares must add up to 100 %. Check each share.',
  },
};

test('walks every Preparation step with invalid and valid input, survives a reload and confirms the phase', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await createDossier(page, 'Drones for coastal surveillance');
  await expectAccessible(page, 'the lifecycle overview');
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: /^1\. Preparation/ })
      .getByText('Not started')
      .first(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();

  for (const stepId of preparation.steps) {
    const step = registry.steps[stepId]!;
    await expect(page.getByRole('heading', { level: 1 })).toContainText(step.title.en);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`#/preparation/${stepId}$`));
    await expectAccessible(page, `step ${stepId}`);

    // Submitting with nothing (or something wrong) keeps the user here with a linked summary.
    const wrong = invalid[stepId];
    if (wrong) await fillStep(page, stepId, wrong.values as never);
    await saveAndContinue(page);
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    if (wrong) await expect(summary.getByRole('link', { name: wrong.message })).toBeVisible();
    const firstLink = summary.getByRole('link').first();
    const target = (await firstLink.getAttribute('href'))!.slice(1);
    await firstLink.click();
    await expect(page.locator(`[id="${target}"]`)).toBeFocused();
    await expectAccessible(page, `step ${stepId} with errors`);

    await fillStep(page, stepId, valuesFor(stepId));

    if (stepId === 'scope') {
      // Type an answer, reload within a second: autosave must have kept it.
      await page.getByRole('textbox', { name: /How long should the contract run/ }).fill('36');
      await page.waitForTimeout(900);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(step.title.en);
      await expect(
        page.getByRole('textbox', { name: /How long should the contract run/ }),
      ).toHaveValue('36');
      await expect(
        page.getByRole('textbox', { name: 'Estimated total value, excluding VAT' }),
      ).toHaveValue('2,400,000');
      await fillStep(page, stepId, valuesFor(stepId));
    }
    await saveAndContinue(page);
  }

  await expect(page).toHaveURL(new RegExp(`#/preparation/${CHECK_ANSWERS}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Check your answers');
  await expect(page.getByText('€2,400,000').first()).toBeVisible();
  await expect(page.getByText('Ελληνική Αστυνομία').first()).toBeVisible();
  await expectAccessible(page, 'check your answers');

  // Change an answer from the check page, and come back through Save and continue.
  await page.getByRole('link', { name: 'Change How large is the purchase?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('How large is the purchase?');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Check your answers');

  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(page).toHaveURL(/#\/overview$/);
  const prep = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /Preparation/ }) });
  await expect(prep.locator('.phase__header .status-tag')).toHaveText('Completed');
  const market = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /Market research/ }) });
  await expect(market.locator('.phase__header .status-tag')).toHaveText('Not started');
  await expectAccessible(page, 'the overview after Preparation');

  // Everything is still there after closing and reopening the page.
  await page.reload();
  await expect(prep.locator('.phase__header .status-tag')).toHaveText('Completed');
});

test('the keyboard alone walks a step', async ({ page }) => {
  await createDossier(page, 'Radios');
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('link', { name: 'Why am I asked this?' }).or(page.locator('summary')),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/The buyers group decides which rules apply/)).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Guardia Civil');
  await expect(page.getByRole('textbox', { name: 'Name of the authority' }).first()).toHaveValue(
    'Guardia Civil',
  );
});
