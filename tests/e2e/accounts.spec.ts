import type { Page } from '@playwright/test';
import { RENDERER_CSP } from '../../shared/security/csp';
import { cell, expect, grid, openApp, rowOf, test } from './fixtures';

async function addAccount(page: Page, fields: { name: string; domain: string; tier?: string; pipeline?: string; owner?: string }) {
  await page.getByRole('button', { name: /add account|add the first account/i }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add account' });
  await dialog.getByLabel('Account name').fill(fields.name);
  await dialog.getByLabel('Domain').fill(fields.domain);
  if (fields.tier) await dialog.getByLabel('Tier').selectOption(fields.tier);
  if (fields.pipeline) await dialog.getByLabel('Open pipeline').fill(fields.pipeline);
  if (fields.owner) await dialog.getByLabel('Sales owner').fill(fields.owner);
  await dialog.getByRole('button', { name: 'Add account' }).click();
  return dialog;
}

test('a CRO creates a plan, adds, edits, filters, sorts and deletes accounts, and it all survives a restart', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url);
  await expect(page.getByLabel('Current plan')).toHaveText(/demo/);

  // Create a plan; an empty name is refused next to the field.
  await page.getByRole('button', { name: 'New plan' }).click();
  const planDialog = page.getByRole('dialog', { name: 'New plan' });
  await planDialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(planDialog.getByText('Plan name is required')).toBeVisible();
  await planDialog.getByLabel('Plan name').fill('EMEA expansion');
  await planDialog.getByLabel('Fiscal period').fill('fy27 q2');
  await planDialog.getByLabel('Currency').selectOption('EUR');
  await planDialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(planDialog).toBeHidden();
  await expect(page.getByLabel('Current plan')).toHaveText(/EMEA expansion · FY2027 Q2/);
  await expect(page.getByText('No accounts in this plan yet')).toBeVisible();

  // Add accounts.
  await expect(await addAccount(page, { name: 'Globex', domain: 'https://www.Globex.com/', tier: '1', pipeline: '120k', owner: 'Maya Patel' })).toBeHidden();
  await expect(await addAccount(page, { name: 'Initech', domain: 'initech.de', tier: '2', pipeline: '40000' })).toBeHidden();
  await expect(await addAccount(page, { name: 'Umbrella', domain: 'umbrella.fr' })).toBeHidden();
  await expect(grid(page).getByRole('row')).toHaveCount(4); // header + 3
  await expect(cell(page, 'Globex', 'domain')).toHaveText('globex.com');
  await expect(cell(page, 'Globex', 'openPipeline')).toHaveText('€120,000');

  // Bad input is explained next to the field and nothing is added.
  const dialog = await addAccount(page, { name: 'Nope', domain: 'not a domain' });
  await expect(dialog.getByText('Domain must be a company domain like acme.com')).toBeVisible();
  await dialog.getByLabel('Domain').fill('GLOBEX.com');
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await expect(dialog.getByText('globex.com is already in this plan as "Globex".')).toBeVisible();
  await dialog.getByLabel('Open pipeline').fill('lots');
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await expect(dialog.getByText('Open pipeline must be an amount, like 250,000 or 1.2M')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(grid(page).getByRole('row')).toHaveCount(4);

  // Inline edit: double-click, type, Enter.
  await cell(page, 'Umbrella', 'openPipeline').dblclick();
  await page.getByRole('textbox', { name: 'Open pipeline' }).fill('1.5M');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Umbrella', 'openPipeline')).toHaveText('€1,500,000');
  // A bad inline edit shows its error next to the cell; Escape leaves the value as it was.
  await cell(page, 'Initech', 'domain').dblclick();
  await page.getByRole('textbox', { name: 'Domain' }).fill('globex.com');
  await page.keyboard.press('Enter');
  // The cell's error is drawn above the grid, tied to the cell, so the grid's scroll box can't clip it.
  await expect(page.locator('#cell-error')).toHaveText('globex.com is already in this plan as "Globex".');
  await expect(page.getByRole('textbox', { name: 'Domain' })).toHaveAttribute('aria-describedby', 'cell-error');
  await page.keyboard.press('Escape');
  await expect(cell(page, 'Initech', 'domain')).toHaveText('initech.de');
  // Keyboard-only edit: arrows to the stage column, Enter opens the choice, arrows move, Enter commits.
  await cell(page, 'Initech', 'name').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Initech', 'stage')).toHaveText('Opportunity');

  // Filter by tier, then clear.
  await page.getByLabel('Filter by tier').selectOption('1');
  await expect(grid(page).getByRole('row')).toHaveCount(2);
  await expect(rowOf(page, 'Globex')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(grid(page).getByRole('row')).toHaveCount(4);

  // Sort by open pipeline, descending on the second click.
  await page.getByRole('button', { name: 'Open pipeline' }).click();
  await page.getByRole('button', { name: 'Open pipeline' }).click();
  await expect(page.getByRole('columnheader', { name: /Open pipeline/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(grid(page).locator('[data-col="name"]').first()).toHaveText('Umbrella');

  // Remove a row with the keyboard (Ctrl+Delete), undo from the toast, remove again with its button.
  await cell(page, 'Initech', 'name').click();
  await page.keyboard.press('Control+Delete');
  await expect(rowOf(page, 'Initech')).toHaveCount(0);
  await expect(page.getByText('EUR · 2 accounts')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rowOf(page, 'Initech')).toHaveCount(1);
  await expect(page.getByText('EUR · 3 accounts')).toBeVisible();
  await page.getByRole('button', { name: 'Delete Initech' }).click();
  await expect(rowOf(page, 'Initech')).toHaveCount(0);
  await expect(page.getByText('2 of 2 accounts')).toBeVisible();

  // Restart the browser-mode process on the same database file: everything is still there.
  const url = await app.restart();
  await page.goto(`${url}/#accounts`);
  await page.getByLabel('Current plan').selectOption({ label: 'EMEA expansion · FY2027 Q2' });
  await expect(grid(page).getByRole('row')).toHaveCount(3);
  await expect(cell(page, 'Umbrella', 'openPipeline')).toHaveText('€1,500,000');
  await expect(cell(page, 'Globex', 'tier')).toHaveText('T1');
  await expect(rowOf(page, 'Initech')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('markup typed into any field is shown as text, never run', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url);
  // The page runs under the one policy both doors use (meta tag in the build, header in browser mode).
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', RENDERER_CSP);
  const xss = '<img src=x onerror=alert(1)>';
  await expect(await addAccount(page, { name: xss, domain: 'xss-test.com', owner: xss })).toBeHidden();
  await page.getByLabel('Search accounts').fill('xss-test');
  await expect(cell(page, xss.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'salesOwner')).toHaveText(xss);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('Ctrl+Z undoes an inline edit and Ctrl+Shift+Z redoes it', async ({ page, app }) => {
  await openApp(page, app.url);
  const first = grid(page).locator('[data-col="notes"]').first();
  await first.dblclick();
  await page.getByRole('textbox', { name: 'Notes' }).fill('Champion left the company');
  await page.keyboard.press('Enter');
  await expect(first).toHaveText('Champion left the company');
  await page.keyboard.press('Control+z');
  await expect(first).not.toHaveText('Champion left the company');
  await page.keyboard.press('Control+Shift+z');
  await expect(first).toHaveText('Champion left the company');

  // Each plan keeps its own undo: another plan has nothing to undo, and coming back the edit still can be.
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan name').fill('Other plan');
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByLabel('Current plan')).toHaveText(/Other plan/);
  await page.locator('body').press('Control+z');
  await expect(page.getByText('Nothing to undo in this plan.')).toBeVisible();
  await page.getByLabel('Current plan').selectOption({ label: 'FY2026 Q4 Joint Revenue Plan (demo) · FY2026 Q4' });
  await expect(first).toHaveText('Champion left the company');
  await page.locator('body').press('Control+z');
  await expect(first).not.toHaveText('Champion left the company');
  await expect(page.getByText(/^Undid: Edited .+: Notes /)).toBeVisible();

  // An edit still open when the plan is switched is saved into its own plan.
  await first.dblclick();
  await page.getByRole('textbox', { name: 'Notes' }).fill('Typed, then switched plans');
  await page.getByLabel('Current plan').selectOption({ label: 'Other plan · FY2027 Q1' });
  await expect(page.getByLabel('Current plan')).toHaveText(/Other plan/);
  await page.getByLabel('Current plan').selectOption({ label: 'FY2026 Q4 Joint Revenue Plan (demo) · FY2026 Q4' });
  await expect(first).toHaveText('Typed, then switched plans');

  // Even when the grid goes away with no blur at all (the area changes under the open editor).
  await first.dblclick();
  await page.getByRole('textbox', { name: 'Notes' }).fill('Typed, then the area changed');
  await page.evaluate(() => (location.hash = '#dashboard'));
  await expect(page.getByRole('heading', { name: 'Revenue dashboard' })).toBeVisible();
  await page.evaluate(() => (location.hash = '#accounts'));
  await expect(first).toHaveText('Typed, then the area changed');
  // And what can't be saved then is said, not lost in silence.
  const employees = grid(page).locator('[data-col="employees"]').first();
  await employees.dblclick();
  await page.getByRole('textbox', { name: 'Employees' }).fill('lots');
  await page.evaluate(() => (location.hash = '#dashboard'));
  await expect(page.getByRole('alert').filter({ hasText: /^Your edit of Employees for .+ was not saved: Employees must be a number/ })).toBeVisible();
});
