import type { Page } from '@playwright/test';
import { expect, nav, newPlan, openApp, test } from './fixtures';

const XSS = '<img src=x onerror=window.__xss=1>';
const PLAN = 'Budget test';
const card = (page: Page, name: string) => page.locator('li.board-card', { has: page.locator('.card-title', { hasText: new RegExp(`^${name.replace(/[()$<>.*+?^{}|[\]\\]/g, '\\$&')}$`) }) });
const column = (page: Page, month: string) => page.locator(`section.board-column[data-column="${month}"]`);

interface Line {
  name: string;
  channel: string;
  team?: 'marketing' | 'sales' | 'joint';
  month: string;
  planned: number;
  committed?: number;
  actual?: number;
}

/** Writes lines (and a cap) through the same HTTP API the app uses: what these tests check is the views. */
async function seed(page: Page, url: string, lines: Line[], cap?: number) {
  const call = async (op: string, input: object) => {
    const response = await page.request.post(`${url}/api/${op}`, { data: input });
    const body = (await response.json()) as { ok: boolean; value: unknown; error?: unknown };
    expect(body.ok, `${op}: ${JSON.stringify(body.error)}`).toBe(true);
    return body.value;
  };
  // The demo plan has a budget of its own: these tests work on a fresh plan of the same quarter.
  const plan = ((await call('plans.list', {})) as { id: string; name: string; tierSizes: object }[]).find((p) => p.name === PLAN);
  for (const line of lines) await call('budget.create', { planId: plan!.id, line });
  if (cap !== undefined) await call('plans.setBoards', { id: plan!.id, budgetCap: cap, tierSizes: plan!.tierSizes });
}

test('budget charts: by channel, team and month, with a channel named like markup staying text when its bars are hovered', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'budget');
  await newPlan(page, PLAN, 'FY2026 Q4');
  await seed(page, app.url, [
    { name: 'Gifting', channel: XSS, team: 'sales', month: '2026-11', planned: 70_000, committed: 50_000, actual: 10_000 },
    { name: 'LinkedIn ads', channel: 'Paid media', month: '2026-10', planned: 40_000, committed: 40_000, actual: 38_000 },
  ]);
  await page.reload();
  // Closed, the charts are one line, and the board stays in view.
  await expect(page.getByText(`Largest channel: ${XSS} ($70K)`)).toBeVisible();
  await expect(card(page, 'LinkedIn ads')).toBeInViewport();

  await page.getByRole('button', { name: 'Show charts' }).click();
  const byChannel = page.getByRole('img', { name: /^Budget by channel/ });
  await expect(byChannel).toHaveAttribute('aria-label', `Budget by channel, planned, committed and actual: ${XSS} $70,000 planned, $50,000 committed, $10,000 actual; Paid media $40,000 planned, $40,000 committed, $38,000 actual`);
  await expect(page.getByRole('img', { name: /^Budget by owning team/ })).toHaveAttribute('aria-label', /Marketing \$40,000 planned.*Sales \$70,000 planned.*Joint \$0 planned/);
  await expect(page.getByRole('img', { name: /^Budget by month/ })).toHaveAttribute('aria-label', /Oct 2026 \$40,000 planned, \$40,000 committed, \$38,000 actual; Nov 2026 \$70,000 planned.*Dec 2026 \$0 planned/);
  await expect(byChannel.locator('canvas')).toHaveCount(1);

  // Largest first: the markup-named channel is the top band. Sweep down it until its tooltip shows.
  const box = (await byChannel.boundingBox())!;
  const tooltip = byChannel.getByText(XSS, { exact: true });
  for (let y = box.y + 32; y < box.y + box.height / 2 && !(await tooltip.isVisible()); y += 6) await page.mouse.move(box.x + box.width * 0.6, y);
  await expect(tooltip).toBeVisible();
  await expect(byChannel.getByText('Committed: $50,000')).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();

  // Open stays open on this device.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Hide charts' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('img', { name: /^Budget by month/ })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('split a budget line: errors beside the amount, a share or an amount into another month and team, then undone', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'budget');
  await newPlan(page, PLAN, 'FY2026 Q4');
  await seed(page, app.url, [{ name: 'Trade show', channel: 'Events', month: '2026-11', planned: 60_000, committed: 30_000 }]);
  await page.reload();
  const planned = page.getByRole('region', { name: 'Budget totals' }).locator('dd').first();
  await expect(planned).toHaveText('$60K');

  await card(page, 'Trade show').getByRole('button', { name: 'Split Trade show…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Split budget line: Trade show' });
  const amount = dialog.getByLabel('Planned for the new line (USD)');
  await expect(amount).toBeFocused();
  await dialog.getByRole('button', { name: 'Split line' }).click();
  await expect(dialog.getByText('Planned for the new line is required: an amount, or a share such as 25%')).toBeVisible();
  await amount.fill('lots');
  await dialog.getByRole('button', { name: 'Split line' }).click();
  await expect(dialog.getByText('Planned for the new line must be an amount, like 250,000 or 1.2M')).toBeVisible();
  await amount.fill('100%');
  await dialog.getByRole('button', { name: 'Split line' }).click();
  await expect(dialog.getByText('Planned for the new line must be less than the $60,000 planned, so both lines keep some')).toBeVisible();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('li.board-card')).toHaveCount(1); // nothing split yet

  await amount.fill('25%');
  await expect(dialog.getByTestId('split-preview')).toHaveText('New line $15,000; Trade show keeps $45,000.');
  await dialog.getByLabel('Name of the new line').fill('Trade show follow-up');
  await dialog.getByLabel('Month').selectOption({ label: 'Dec 2026' });
  await dialog.getByLabel('Owning team').selectOption({ label: 'Joint' });
  await dialog.getByRole('button', { name: 'Split line' }).click();
  await expect(dialog).toBeHidden();

  await expect(column(page, '2026-12').locator('.card-title')).toHaveText(['Trade show follow-up']);
  await expect(card(page, 'Trade show follow-up')).toContainText('Events · Joint');
  await expect(card(page, 'Trade show follow-up')).toContainText('Planned $15K · committed $7.5K');
  await expect(card(page, 'Trade show')).toContainText('Planned $45K · committed $22.5K');
  await expect(planned).toHaveText('$60K'); // the totals stay

  // One step: the toast's Undo puts the line back whole.
  const toast = page.locator('.toast', { hasText: 'Split Trade show: $15,000 went to Trade show follow-up.' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('li.board-card')).toHaveCount(1);
  await expect(card(page, 'Trade show')).toContainText('Planned $60K · committed $30K');
  expect(pageErrors).toEqual([]);
});

test('the dashboard budget card: empty with a way to the board, then the board\'s Planned, pace and the over-cap warning', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'dashboard');
  await newPlan(page, PLAN, 'FY2026 Q4');
  const budget = page.getByTestId('dashboard-budget');
  await expect(budget).toContainText('No budget lines in this plan yet.');
  await expect(page.getByTestId('alignment-scope')).toHaveText(/^Budget isn’t part of the score/);
  await budget.getByRole('button', { name: 'Plan the budget' }).click();
  await expect(page.getByRole('heading', { name: 'Budget board' })).toBeVisible();

  await seed(
    page,
    app.url,
    [
      { name: 'LinkedIn ads', channel: 'Paid media', month: '2026-10', planned: 40_000, committed: 40_000, actual: 38_000 },
      { name: 'SaaStr booth', channel: 'Events', team: 'joint', month: '2026-11', planned: 60_000, committed: 55_000, actual: 20_000 },
      { name: 'Case studies', channel: 'Content', month: '2026-12', planned: 15_500, committed: 5_000 },
    ],
    110_000,
  );
  await page.reload();
  const plannedCell = page.getByRole('region', { name: 'Budget totals' }).locator('dd').first();
  await expect(plannedCell).toHaveText(/^\$116K/);
  const boardPlanned = await plannedCell.innerText();
  await expect(page.getByText('Planned spend is $5.5K over the cap.')).toBeVisible();

  await nav(page, 'Dashboard');
  await expect(page.getByTestId('dashboard-budget-planned')).toHaveText(boardPlanned.replace(/ of .*$/s, ''));
  await expect(budget).toContainText('Committed$100K');
  await expect(budget).toContainText('Actual to date$58K');
  await expect(budget.locator('.pace')).toHaveText(/^Spending (on pace|(ahead of|behind) pace by \d+%)/);
  await expect(page.getByTestId('dashboard-budget-over-cap')).toHaveText('Planned spend is $5.5K over the $110K cap.');

  // One month: that month's lines, as the board's column for it says.
  await page.getByLabel('Dashboard period').selectOption({ label: 'Nov 2026' });
  await expect(page.getByTestId('dashboard-budget-planned')).toHaveText('$60K');
  await expect(budget).toContainText('Whole plan $116K planned.');
  await budget.getByRole('button', { name: 'Open the budget board' }).click();
  await expect(page.locator('section.board-column[data-column="2026-11"] .board-column-summary')).toHaveText('$60K');
  expect(pageErrors).toEqual([]);
});
