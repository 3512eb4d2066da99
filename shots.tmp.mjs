import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  locale: 'en-GB',
});
const page = await context.newPage();
await page.goto('http://127.0.0.1:4321/');
await page.getByRole('textbox', { name: 'Name of the dossier' }).fill('Thermal cameras 2027');
await page.getByRole('button', { name: 'Create dossier' }).click();
await page.getByRole('button', { name: 'Continue' }).click();
await page.getByRole('button', { name: 'Save and continue' }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/err.png', fullPage: false });
// fill buyers group
const fill = async (n, name, c) => {
  await page.locator(`[name="authorities.${n}.name"]`).fill(name);
  await page.locator(`[name="authorities.${n}.country"]`).selectOption(c);
  await page
    .locator(`[name="authorities.${n}.authority-type"][value="central-government"]`)
    .check();
};
await fill(0, 'Inspectoratul General al Poliției de Frontieră', 'ro');
await fill(1, 'Komenda Główna Straży Granicznej', 'pl');
await page.getByRole('button', { name: 'Save and continue' }).click();
await page.getByRole('radio', { name: 'Komenda Główna Straży Granicznej' }).check();
await page.getByRole('checkbox', { name: 'Publish the notices' }).check();
await page.getByRole('radio', { name: 'Yes, the whole procedure' }).check();
await page.getByRole('radio', { name: 'No, this is the first time' }).check();
await page.getByRole('button', { name: 'Save and continue' }).click();
await page.getByRole('button', { name: 'Back' }).click();
await page.getByRole('button', { name: 'Back' }).click();
await page.getByRole('link', { name: 'Overview of this dossier' }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/overview.png', fullPage: false });
await page.goto('http://127.0.0.1:4321/#/preparation/cost-sharing');
await page.setViewportSize({ width: 375, height: 800 });
await page.goto('http://127.0.0.1:4321/#/overview');
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/mobile.png', fullPage: false });
await browser.close();
