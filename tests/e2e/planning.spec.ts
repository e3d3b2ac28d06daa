import type { Page } from '@playwright/test';
import { DEMO_ASSUMPTIONS } from '../../shared/demo/planningDemo';
import { reverseFunnel } from '../../shared/planning/funnel';
import { expect, openApp, test } from './fixtures';

const Q4 = ['2026-10', '2026-11', '2026-12'];
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name, exact: true }).click();

test('targets, an SLA from a template, snapshots that breach it, and the breach on the dashboard, after a reload too', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'dashboard');
  await expect(page.getByRole('heading', { name: 'Revenue dashboard' })).toBeVisible();

  // Targets: a bigger number and a better win rate, and the MQLs needed follow.
  await nav(page, 'Targets');
  await page.getByLabel('New-bookings target').fill('2.4M');
  await page.getByLabel('Win rate').fill('30');
  const expected = reverseFunnel({ ...DEMO_ASSUMPTIONS, bookingsTarget: 2_400_000, winRate: 30 }, Q4);
  await expect(page.getByTestId('mqls-needed')).toContainText(expected.total.mqls.toLocaleString('en-US'));
  // Bad input is explained next to the field and nothing is computed from it.
  await page.getByLabel('MQL → SQL').fill('0');
  await expect(page.getByText('MQL → SQL must be at least 0.1%')).toBeVisible();
  await expect(page.getByText('Other changes saved; the highlighted fields are not: fix them to save them')).toBeVisible();
  await page.getByLabel('MQL → SQL').fill('25');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // A custom metric, then an SLA on it from the "Marketing delivers N MQLs" template.
  await nav(page, 'KPI snapshots');
  await page.getByRole('button', { name: 'Add custom metric…' }).click();
  await page.getByRole('dialog', { name: 'Add a custom metric' }).getByLabel('Metric name').fill('Event MQLs');
  await page.getByRole('dialog', { name: 'Add a custom metric' }).getByRole('button', { name: 'Add metric' }).click();

  await nav(page, 'SLAs');
  await page.getByRole('button', { name: '+ New from template' }).click();
  const picker = page.getByRole('dialog', { name: 'New SLA from a template' });
  await expect(picker.getByText(/one SLA category not associated with exceeding revenue goals/)).toBeVisible();
  await picker.getByRole('button', { name: 'Use template: Marketing delivers N MQLs per month' }).click();
  const form = page.getByRole('dialog', { name: 'New SLA' });
  await expect(form.getByText(/N comes from the target planner/)).toBeVisible();
  await expect(form.getByLabel('Target', { exact: true })).toHaveValue(String(Math.max(...expected.months.map((m) => m.mqls))));
  await form.getByLabel('SLA name').fill('Event MQLs to sales');
  await form.getByLabel('Metric').selectOption({ label: 'Event MQLs' });
  await form.getByLabel('Target', { exact: true }).fill('-5');
  await form.getByRole('button', { name: 'Create SLA' }).click();
  await expect(form.getByText('Target must not be negative')).toBeVisible();
  await form.getByLabel('Target', { exact: true }).fill('50');
  await form.getByLabel('Owner').fill('Hannah Schultz');
  await form.getByRole('button', { name: 'Create SLA' }).click();
  await expect(form).toBeHidden();
  await expect(page.locator('tr[data-sla="Event MQLs to sales"]')).toContainText('Event MQLs at least 50 per month');

  // Snapshots that miss it in October (a finished month).
  await nav(page, 'KPI snapshots');
  const entry = page.getByRole('form', { name: 'Add a KPI snapshot' });
  await entry.getByLabel('Metric').selectOption({ label: 'Event MQLs' });
  await entry.getByLabel('Period').selectOption({ label: 'Oct 2026' });
  await entry.getByLabel('Value').fill('20');
  await entry.getByLabel('Value').press('Enter');
  await expect(page.locator('tr[data-snapshot="custom:event_mqls|2026-10|joint"]')).toContainText('20');
  // The same metric/period/team again asks before replacing.
  await entry.getByLabel('Value').fill('25');
  await entry.getByRole('button', { name: 'Add' }).click();
  const replace = page.getByRole('dialog', { name: 'Replace existing snapshots?' });
  await expect(replace.getByText('1 snapshot already exists for the same metric, period and team. Replace it? Stored: 20; new: 25.')).toBeVisible();
  // Keeping the stored value keeps what was typed too, to fix or send again.
  await page.keyboard.press('Escape');
  await expect(replace).toBeHidden();
  await expect(entry.getByLabel('Value')).toHaveValue('25');
  await entry.getByRole('button', { name: 'Add' }).click();
  await replace.getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('tr[data-snapshot="custom:event_mqls|2026-10|joint"]')).toContainText('25');
  await expect(entry.getByLabel('Value')).toHaveValue('');
  // Periods outside the plan aren't offered; a value that isn't a number is refused in place.
  await entry.getByLabel('Value').fill('lots');
  await entry.getByRole('button', { name: 'Add' }).click();
  await expect(entry.getByRole('alert')).toHaveText(/Value must be a number/);

  // The dashboard shows the breach for October.
  await nav(page, 'Dashboard');
  await page.getByLabel('Dashboard period').selectOption({ label: 'Oct 2026' });
  const row = page.locator('tr[data-sla="Event MQLs to sales"]');
  await expect(row.locator('.status-pill')).toHaveText('Breached');
  await expect(row).toContainText('25 against 50: missed by more than the 10% band.');
  await page.getByRole('button', { name: 'How is this computed?' }).click();
  await expect(page.getByRole('region', { name: 'How the alignment score is computed' })).toContainText(/^.*\(40 × [\d.]+ \+ 30 × [\d.]+ \+ 30 × [\d.]+\) \/ 100 = \d+$/s);

  // Reload: everything persisted.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Revenue dashboard' })).toBeVisible();
  await page.getByLabel('Dashboard period').selectOption({ label: 'Oct 2026' });
  await expect(page.locator('tr[data-sla="Event MQLs to sales"] .status-pill')).toHaveText('Breached');
  await nav(page, 'Targets');
  await expect(page.getByTestId('mqls-needed')).toContainText(expected.total.mqls.toLocaleString('en-US'));
  await nav(page, 'SLAs');
  await expect(page.locator('tr[data-sla="Event MQLs to sales"] .history .dot').first()).toHaveClass(/status-breached/);
  expect(pageErrors).toEqual([]);
});

test('KPI CSV import: preview with per-row errors, then the good rows only', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'kpis');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import KPI snapshots from CSV' });
  const csv = ['metric;period;value;team;note', 'Upsell bookings;2026-12;120000;sales;renewals', 'win rate;2026-12;27%;;', 'vibes;2026-12;3;;', 'mqls;2027-01;10;;'].join('\r\n');
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'december.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByRole('status').filter({ hasText: 'valid' })).toContainText('2 valid, 2 with errors (skipped) · read as UTF-8, delimiter “;”');
  await expect(dialog.getByRole('table', { name: 'Import preview' })).toContainText('Metric "vibes" is not in this plan');
  await expect(dialog.getByRole('table', { name: 'Import preview' })).toContainText('Period Jan 2027 is not in FY2026 Q4');
  await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('tr[data-snapshot="upsell_bookings|2026-12|sales"]')).toContainText('$120,000');
  await expect(page.locator('tr[data-snapshot="win_rate|2026-12|sales"]')).toContainText('27%');
  await expect(page.locator('tr[data-snapshot^="vibes"]')).toHaveCount(0);

  // A binary file is refused with a clear message.
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'deck.pptx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]) });
  await expect(dialog.getByRole('alert')).toHaveText('This looks like a binary file, not CSV text.');
  expect(pageErrors).toEqual([]);
});

test('chart tooltips show user-supplied names as text (echarts renders tooltips as HTML)', async ({ page, app, pageErrors }) => {
  const xss = '<img src=x onerror=alert(1)>';
  await openApp(page, app.url, 'kpis');
  await page.getByRole('button', { name: 'Add custom metric…' }).click();
  await page.getByRole('dialog', { name: 'Add a custom metric' }).getByLabel('Metric name').fill(xss);
  await page.getByRole('dialog', { name: 'Add a custom metric' }).getByRole('button', { name: 'Add metric' }).click();
  const entry = page.getByRole('form', { name: 'Add a KPI snapshot' });
  await entry.getByLabel('Metric').selectOption({ label: xss });
  await entry.getByLabel('Period').selectOption({ label: 'Oct 2026' });
  await entry.getByLabel('Value').fill('7');
  await entry.getByLabel('Value').press('Enter');
  await expect(page.getByRole('row', { name: new RegExp(xss.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible();

  await nav(page, 'Dashboard');
  await page.getByLabel('Metric to chart').selectOption({ label: xss });
  const chart = page.getByRole('img', { name: /by month, actual against planned/ });
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.6);
  await expect(page.getByText(`${xss} (actual): 7`)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('target edits save themselves: switching area and reloading keeps them; reset to defaults can be undone', async ({ page, app }) => {
  await openApp(page, app.url, 'targets');
  await page.getByLabel('Average deal size').fill('45k');
  // Leave at once, before the pause that triggers the save: the editor saves on its way out.
  await nav(page, 'Dashboard');
  await nav(page, 'Targets');
  await expect(page.getByLabel('Average deal size')).toHaveValue('45,000');
  await page.reload();
  await expect(page.getByLabel('Average deal size')).toHaveValue('45,000');

  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByLabel('Average deal size')).toHaveValue('30,000');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Average deal size')).toHaveValue('45,000');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // New-user finding: Ctrl+Z on this page undid an account edit elsewhere. The planner's changes are
  // steps of the plan's history like any other: redo, then undo from the keyboard.
  await page.locator('body').press('Control+Shift+z');
  await expect(page.getByLabel('Average deal size')).toHaveValue('30,000');
  await expect(page.getByText(/^Redid: Edited Base: .*Average deal size 45,000 → 30,000/)).toBeVisible();
  await page.locator('body').press('Control+z');
  await expect(page.getByLabel('Average deal size')).toHaveValue('45,000');
  await page.reload();
  await expect(page.getByLabel('Average deal size')).toHaveValue('45,000');
  await page.waitForLoadState('networkidle'); // the page's key handlers are attached once it has settled
  await page.locator('body').press('Control+z'); // the 45k edit itself, after a reload: back to the demo's 36k
  await expect(page.getByLabel('Average deal size')).toHaveValue('36,000');
});

test('KPI rows pasted from a spreadsheet open the checked preview; repeats replace; bad rows are shown, not saved', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'kpis');
  const paste = (text: string) =>
    page.locator('section.view').evaluate((el, clip) => {
      const data = new DataTransfer();
      data.setData('text/plain', clip);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  const dialog = page.getByRole('dialog', { name: 'Paste KPI snapshots' });
  await paste('metric\tperiod\tvalue\tteam\tnote\nProfit margin\tDec 2026\t38%\tjoint\tQ4 close\nUpsell bookings\t2026-12\t85,000\t\t\n');
  await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByText('Saved 2 snapshots.')).toBeVisible();
  await expect(page.locator('tr[data-snapshot="profit_margin|2026-12|joint"]')).toContainText('38%');
  await expect(page.locator('tr[data-snapshot="upsell_bookings|2026-12|sales"]')).toContainText('$85,000');

  await paste('Profit margin\tDec 2026\t41\tjoint\n');
  await expect(dialog.getByRole('table', { name: 'Import preview' })).toContainText('OK, replaces the stored value');
  await dialog.getByRole('button', { name: 'Import 1 row (1 replacing stored values)' }).click();
  await expect(page.locator('tr[data-snapshot="profit_margin|2026-12|joint"]')).toContainText('41%');

  await paste('Vibes\tDec 2026\t3\n');
  await expect(dialog.getByRole('table', { name: 'Import preview' })).toContainText('Metric "Vibes" is not in this plan');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('There are no valid rows to import.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('tr[data-snapshot^="vibes"]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
