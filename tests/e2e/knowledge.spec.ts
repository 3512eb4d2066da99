// What the toolbox works out and explains: the legal-route panel, the timeline with its
// calendar file, glossary terms in the guidance and the knowledge base they link to.
import { readFileSync } from 'node:fs';
import {
  COMPLETE_DOSSIER,
  expect,
  expectAccessible,
  importCompleteDossier,
  registry,
  test,
} from './fixtures';

const dossierName = COMPLETE_DOSSIER.name;

test('the route and the timeline are worked out from the answers, with a calendar file', async ({
  page,
}, testInfo) => {
  await importCompleteDossier(page);
  await page.goto('./#/legal-basis/route-decision');
  const route = page.getByRole('region', { name: 'Recommended legal route' });
  await expect(route).toContainText('Joint award by authorities of different member states');
  await expect(route).toContainText('39(4)');

  await page.goto('./#/tender/timeline');
  await expect(page.getByRole('heading', { name: 'Time limits and timeline' })).toBeVisible();
  await expect(page.getByTestId('time-limit-note').first()).toContainText(
    'The open procedure has no request stage',
  );
  const event = page.waitForEvent('download');
  await page.getByTestId('download-ics').click();
  const download = await event;
  expect(download.suggestedFilename()).toBe(`${dossierName} timeline.ics`);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const calendar = readFileSync(path, 'utf8');
  expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(calendar).toMatch(/DTSTART;VALUE=DATE:2026\d{4}/);
  expect(calendar).toContain(`SUMMARY:`);
  expect(calendar.trimEnd()).toMatch(/END:VCALENDAR$/);
  await expectAccessible(page, 'the timeline step with its insight');
});

test('a glossary term in the guidance explains itself and leads to the knowledge base', async ({
  page,
}) => {
  await importCompleteDossier(page);
  await page.goto('./#/legal-basis/route-decision');
  const term = page.locator('button.term').first();
  await expect(term).toBeVisible();
  const termText = (await term.textContent()) ?? '';
  await term.click();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  const more = page.getByRole('link', { name: /^More about .* in the knowledge base$/ }).first();
  await expect(more).toBeVisible();
  await more.click();
  await expect(page).toHaveURL(/#\/knowledge\/glossary\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Knowledge base' })).toBeVisible();
  const focused = await page.evaluate(() => document.activeElement?.id ?? '');
  expect(focused).toMatch(/^term-/);
  expect(termText.length).toBeGreaterThan(1);
  await expectAccessible(page, 'the knowledge base');

  const search = page.getByLabel('Find a term');
  await search.fill('CPB');
  const entries = page.locator('.glossary__entry');
  await expect(entries.filter({ hasText: 'central purchasing body' }).first()).toBeVisible();
  expect(await entries.count()).toBeLessThan(registry.knowledge.glossary.terms.length);
  for (const text of await entries.allTextContents()) expect(text.toLowerCase()).toContain('cpb');
  await search.fill('zzzz');
  await expect(page.getByText('No term matches "zzzz".')).toBeVisible();
  await expect(entries).toHaveCount(0);
});
