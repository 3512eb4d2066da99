// Shared end-to-end fixtures: every page is watched for Content-Security-Policy violations and
// for requests to any other origin, and both must stay at zero. Helpers fill steps the way the
// content describes them, so every step of the content gets exercised.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Field, ScalarField } from '@/schemas/content/field';
import type { FormValue, StepDraft } from '@/schemas/dossier';
import { validStepValues } from '../fixtures/step-values';
import { readContentRegistry } from '../helpers/read-content';

export const registry = readContentRegistry();

declare global {
  interface Window {
    __cspViolations?: { directive: string; blocked: string }[];
  }
}

export const test = base.extend<{ watchedPage: Page }>({
  page: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))
        foreign.push(url);
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__cspViolations?.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
        }),
      );
    });
    await use(page);
    const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
    expect(foreign, 'requests that left the origin').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

export async function createDossier(page: Page, name: string) {
  await page.goto('./');
  await page.getByRole('textbox', { name: 'Name of the dossier' }).fill(name);
  await page.getByRole('button', { name: 'Create dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The authority name behind a party id of the fixtures (the app gives new items new ids). */
function partyName(id: string): string {
  const items = validStepValues['buyers-group']?.authorities as Record<string, string>[];
  const found = items.find((item) => item.id === id);
  if (!found?.name) throw new Error(`No authority ${id} in the fixtures`);
  return found.name;
}

/** The label of an item of an earlier group, by its fixture id (for "item" questions). */
function itemLabel(field: Extract<ScalarField, { kind: 'item' }>, id: string): string {
  const [stepId = '', groupId = ''] = field.source.split('.');
  const items = (validStepValues[stepId]?.[groupId] ?? []) as Record<string, string>[];
  const label = items.find((item) => item.id === id)?.[field.labelField];
  if (!label) throw new Error(`No item ${id} in the fixtures of ${field.source}`);
  return label;
}

async function fillScalar(
  scope: Page | Locator,
  field: ScalarField,
  path: string,
  value: FormValue | undefined,
) {
  const control = scope.locator(`[name="${path}"]`);
  if (value === undefined) return;
  switch (field.kind) {
    case 'multichoice': {
      for (const box of await control.all()) {
        const wanted = (value as string[]).includes((await box.getAttribute('value')) ?? '');
        if ((await box.isChecked()) !== wanted) await box.setChecked(wanted);
      }
      return;
    }
    case 'party':
    case 'item': {
      if (!value) return;
      const label =
        field.kind === 'party' ? partyName(value as string) : itemLabel(field, value as string);
      const tag = await control.first().evaluate((element) => element.tagName);
      if (tag === 'SELECT') await control.selectOption({ label });
      else
        await scope
          .getByRole('radio', { name: label, exact: true })
          .locator(`xpath=self::*[@name="${path}"]`)
          .check();
      return;
    }
    case 'choice':
    case 'member-state':
    case 'yesno': {
      if (!value) return;
      const tag = await control.first().evaluate((element) => element.tagName);
      if (tag === 'SELECT') await control.selectOption(value as string);
      else await scope.locator(`[name="${path}"][value="${value as string}"]`).check();
      return;
    }
    default:
      await control.fill(value as string);
  }
}

/** Fills a step's form with values, following the step's own field specs. */
export async function fillStep(page: Page, stepId: string, values: StepDraft) {
  const step = registry.steps[stepId];
  if (!step) throw new Error(`No step ${stepId}`);
  const form = page.locator('form');
  for (const field of step.fields) {
    const value = values[field.id];
    if (!(await isShown(page, field))) continue;
    if (field.kind === 'group') {
      const items = (value ?? []) as Record<string, FormValue>[];
      const itemGroups = () =>
        form.getByRole('group', { name: new RegExp(`^${field.itemLabel.en} \\d+$`) });
      while ((await itemGroups().count()) < items.length)
        await page.getByRole('button', { name: field.addLabel.en }).click();
      while ((await itemGroups().count()) > items.length)
        await itemGroups()
          .last()
          .getByRole('button', { name: /^Remove/ })
          .click();
      for (const [index, item] of items.entries()) {
        for (const sub of field.fields) {
          if (!(await form.locator(`[name="${field.id}.${index}.${sub.id}"]`).count())) continue;
          await fillScalar(form, sub, `${field.id}.${index}.${sub.id}`, item[sub.id]);
        }
      }
    } else {
      await fillScalar(form, field, field.id, value);
    }
  }
}

async function isShown(page: Page, field: Field) {
  if (field.kind === 'group') return (await page.locator(`#field-${field.id}`).count()) > 0;
  return (await page.locator(`[name="${field.id}"]`).count()) > 0;
}

export async function saveAndContinue(page: Page) {
  await page.getByRole('button', { name: 'Save and continue' }).click();
}

export function valuesFor(stepId: string): StepDraft {
  const values = validStepValues[stepId];
  if (!values) throw new Error(`tests/fixtures/step-values.ts has no values for ${stepId}`);
  return values;
}

/** The dossier of tests/fixtures/dossiers/complete.json: every step of every phase answered. */
export const COMPLETE_DOSSIER = {
  file: 'tests/fixtures/dossiers/complete.json',
  name: 'Thermal cameras for land borders 2027',
};

/** Imports the complete dossier and opens its overview. */
export async function importCompleteDossier(page: Page) {
  await page.goto('./');
  await page.getByTestId('import-input').setInputFiles(COMPLETE_DOSSIER.file);
  await page.getByRole('link', { name: COMPLETE_DOSSIER.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: COMPLETE_DOSSIER.name })).toBeVisible();
}

/** Waits until the service worker controls the page, so that going offline keeps it working. */
export async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}
