import { test as base, expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { AppProcess } from './appProcess';

interface Fixtures {
  /** A fresh browser-mode server on a temp database holding the first-run demo plan. */
  app: AppProcess;
  /** Starts another server on its own temp database: "as of" another day, with or without the demo. */
  startApp(options: { asOf?: string; demo?: boolean }): Promise<AppProcess>;
  /** Console errors and page errors seen during the test (CSP violations among them); asserted empty. */
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  // Playwright reads fixture dependencies from this pattern: it must be an object, even when empty.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use, testInfo) => {
    const app = new AppProcess(join(testInfo.outputPath(), 'tandem.sqlite'));
    await app.start();
    await use(app);
    await app.stop();
  },
  // eslint-disable-next-line no-empty-pattern
  startApp: async ({}, use, testInfo) => {
    const started: AppProcess[] = [];
    await use(async ({ asOf, demo = false }) => {
      const app = new AppProcess(join(testInfo.outputPath(), `tandem-${started.length}.sqlite`), demo, asOf);
      started.push(app);
      await app.start();
      return app;
    });
    for (const app of started) await app.stop();
  },
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      // The API answers refused input with 4xx on purpose; Chromium logs those as resource errors.
      const expectedApiRefusal = m.text().startsWith('Failed to load resource') && m.location().url.includes('/api/');
      if (m.type() === 'error' && !expectedApiRefusal) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    // A script that runs from data would open a dialog: fail loudly instead of dismissing it.
    page.on('dialog', (d) => {
      errors.push(`unexpected dialog: ${d.message()}`);
      void d.dismiss();
    });
    await use(errors);
  },
});

export { expect };

/** Opens an area of the app (the accounts list unless told otherwise) and waits until it has loaded. */
export async function openApp(page: Page, url: string, area = 'accounts') {
  await page.goto(`${url}/#${area}`);
  if (area === 'accounts') {
    await expect(page.getByRole('grid', { name: 'Accounts' }).or(page.getByText('No accounts in this plan yet')).or(page.getByText('No plans yet'))).toBeVisible();
  } else {
    await expect(page.getByRole('link', { name: /Dashboard/ })).toBeVisible();
  }
}

/** Creates a plan from the plan bar, as a user does (the fiscal period defaults to the next quarter). */
export async function newPlan(page: Page, name: string, fiscalPeriod?: string) {
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan name').fill(name);
  if (fiscalPeriod) await dialog.getByLabel('Fiscal period').fill(fiscalPeriod);
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(dialog).toBeHidden();
}

/** Picks an area in the sidebar, as a user does. */
export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name, exact: true }).click();

/** Sends a paste event with `text` to an element, as Ctrl+V with that text on the clipboard would. */
export const pasteInto = (page: Page, selector: string, text: string) =>
  page.locator(selector).first().evaluate((el, clip) => {
    const data = new DataTransfer();
    data.setData('text/plain', clip);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);

export const grid = (page: Page) => page.getByRole('grid', { name: 'Accounts' });
export const rowOf = (page: Page, name: string) => grid(page).getByRole('row').filter({ has: page.locator('[data-col="name"]', { hasText: new RegExp(`^${name}$`) }) });
export const cell = (page: Page, name: string, col: string) => rowOf(page, name).locator(`[data-col="${col}"]`);
