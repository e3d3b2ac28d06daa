import { call, freshPlan } from './api';
import { expect, nav, openApp, test } from './fixtures';

test('budget board: search and columns kept per plan across view switches and reloads', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'budget');
  await call(page, 'plans.create', { name: 'Next quarter', fiscalPeriod: 'FY2027 Q1', currency: 'USD' });
  const planId = await freshPlan(page, 'This quarter');
  for (const name of ['LinkedIn ads', 'Trade show']) await call(page, 'budget.create', { planId, line: { name, channel: 'Events', team: 'sales', month: '2026-11', planned: 1000 } });
  await page.reload();
  const search = page.getByRole('searchbox', { name: 'Search budget lines' });
  const columns = page.getByLabel('Columns');
  await search.fill('trade');
  await columns.selectOption({ label: 'By owning team' });
  await expect(page.locator('li.board-card .card-title')).toHaveText(['Trade show']);
  await expect(page.locator('section.board-column[data-column="sales"] li.board-card')).toHaveCount(1);

  await nav(page, 'Content board');
  await expect(page.getByRole('searchbox', { name: 'Search content' })).toHaveValue(''); // each board its own
  await nav(page, 'Budget board');
  await expect(search).toHaveValue('trade');
  await expect(columns).toHaveValue('team');
  await page.reload();
  await expect(search).toHaveValue('trade');
  await expect(columns).toHaveValue('team');
  await expect(page.locator('li.board-card .card-title')).toHaveText(['Trade show']);

  // Another plan starts from the defaults, and switching back finds the first as it was left.
  await page.getByRole('combobox', { name: 'Current plan' }).selectOption({ label: 'Next quarter · FY2027 Q1' });
  await expect(search).toHaveValue('');
  await expect(columns).toHaveValue('month');
  await page.getByRole('combobox', { name: 'Current plan' }).selectOption({ label: 'This quarter · FY2026 Q4' });
  await expect(search).toHaveValue('trade');
  await expect(columns).toHaveValue('team');
  expect(pageErrors).toEqual([]);
});
