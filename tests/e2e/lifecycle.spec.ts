// The whole lifecycle can be walked in Chromium, and every step and check-answers page passes
// axe (WCAG 2.1 A and AA) with 0 violations.
import { visibleSteps } from '@/domain/navigation';
import { phaseIds } from '@/schemas/ids';
import { fixtureAnswers } from '../helpers/fixture-answers';
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

test('walks all six phases to the end, with 0 axe violations on every page', async ({ page }) => {
  test.setTimeout(240_000);
  await createDossier(page, 'Body-worn cameras 2028');
  await expect(page.locator('.phase__header .status-tag')).toHaveText([
    'Not started',
    'Cannot start yet',
    'Cannot start yet',
    'Cannot start yet',
    'Cannot start yet',
    'Cannot start yet',
  ]);

  for (const [index, phaseId] of phaseIds.entries()) {
    await page.getByRole('button', { name: 'Continue' }).click();
    for (const { id: stepId } of visibleSteps(registry, phaseId, {
      answers: fixtureAnswers(registry),
    })) {
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        registry.steps[stepId]!.title.en,
      );
      await expectAccessible(page, `step ${stepId}`);
      await fillStep(page, stepId, valuesFor(stepId));
      await saveAndContinue(page);
    }
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Check your answers');
    await expectAccessible(page, `check your answers of ${phaseId}`);
    await page.getByRole('button', { name: 'Confirm and continue' }).click();
    await expect(page).toHaveURL(/#\/overview$/);
    await expect(page.locator('.phase__header .status-tag').nth(index)).toHaveText('Completed');
  }
  await expect(page.locator('.phase__header .status-tag')).toHaveText(Array(6).fill('Completed'));
  await expectAccessible(page, 'the overview of a completed lifecycle');
});

test('a phase that cannot start yet can be read, not filled in', async ({ page }) => {
  await createDossier(page, 'Forensic kits');
  await page.getByRole('link', { name: 'Which procedure will you use?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Which procedure will you use?',
  );
  await expect(
    page.getByText(
      /You can read this phase now\. To fill it in, first complete and confirm the Legal basis phase\./,
    ),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save and continue' })).toHaveCount(0);
  await expect(page.getByRole('radio').first()).toBeDisabled();
  await expectAccessible(page, 'a step of a phase that cannot start yet');
  await page.getByRole('button', { name: 'Back to the overview' }).click();
  await expect(page).toHaveURL(/#\/overview$/);
});

test('the browser Back button goes to the previous page', async ({ page }) => {
  await createDossier(page, 'Night vision');
  await page.getByRole('button', { name: 'Continue' }).click();
  await fillStep(page, 'buyers-group', valuesFor('buyers-group'));
  await saveAndContinue(page);
  await expect(page).toHaveURL(/#\/preparation\/lead-authority$/);
  await page.goBack();
  await expect(page).toHaveURL(/#\/preparation\/buyers-group$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Who is in the buyers group?',
  );
  await expect(page.getByRole('textbox', { name: 'Name of the authority' }).first()).toHaveValue(
    'Inspectoratul General al Poliției de Frontieră',
  );
  // A typed address to a step not reached yet keeps the user where they are.
  await page.goto('./#/preparation/governance');
  await expect(page).toHaveURL(/#\/preparation\/buyers-group$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Who is in the buyers group?',
  );
});
