import { expect, nav, openApp, test } from './fixtures';

// Defect 2: "7.5" became 75, "15%" and "ten" became NaN, clearing gave 0.
test('the warning band reads 7.5 and 15%, and refuses "ten" and empty with a message beside the field', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'slas');
  const row = page.locator('tr[data-sla="Marketing delivers MQLs"]');
  const form = page.getByRole('dialog', { name: 'Edit SLA: Marketing delivers MQLs' });
  const band = form.getByLabel('Warning band (%)');

  await row.getByRole('button', { name: 'Edit Marketing delivers MQLs' }).click();
  await band.fill('7.5');
  await expect(band).toHaveValue('7.5');
  await form.getByRole('button', { name: 'Save SLA' }).click();
  await expect(form).toBeHidden();
  await expect(row).toContainText('At risk within 7.5% of target');

  await row.getByRole('button', { name: 'Edit Marketing delivers MQLs' }).click();
  await expect(band).toHaveValue('7.5');
  for (const [text, message] of [
    ['ten', 'Warning band must be a percentage, like 10% or 7.5'],
    ['', 'Warning band is required: how far off target still counts as at risk (e.g. 10%)'],
    ['150', 'Warning band must be between 0% and 100%'],
  ] as const) {
    await band.fill(text);
    await form.getByRole('button', { name: 'Save SLA' }).click();
    await expect(form.getByText(message)).toBeVisible();
    await expect(band).toHaveAttribute('aria-invalid', 'true');
  }
  await form.getByRole('button', { name: 'Cancel' }).click();

  // Checked when the field is left, before Save; cleared as soon as the value reads.
  await row.getByRole('button', { name: 'Edit Marketing delivers MQLs' }).click();
  await expect(band).not.toHaveAttribute('aria-invalid', 'true');
  await band.fill('ten');
  await expect(form.getByText('Warning band must be a percentage, like 10% or 7.5')).toHaveCount(0); // not while typing
  await band.press('Tab');
  await expect(form.getByText('Warning band must be a percentage, like 10% or 7.5')).toBeVisible();
  await band.fill('15%');
  await expect(band).not.toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Save SLA' }).click();
  await expect(row).toContainText('At risk within 15% of target');

  // A band of 0 says what it means instead of "At risk within 0%".
  await row.getByRole('button', { name: 'Edit Marketing delivers MQLs' }).click();
  await band.fill('0');
  await form.getByRole('button', { name: 'Save SLA' }).click();
  await expect(row).toContainText('No at-risk band: missing the target is a breach');
  expect(pageErrors).toEqual([]);
});

// Defect 4: SLA targets that come from the planner keep a link to it.
test('SLAs that follow the plan move with it; one that keeps its own target shows what the plan now needs, with a one-click update', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'targets');
  await page.getByLabel('MQL → SQL').fill('30');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // The template takes the plan's 30%, not a fixed 25%, and follows the plan from the start.
  await nav(page, 'SLAs');
  const acceptance = page.locator('tr[data-sla="Sales accepts MQLs as SQLs"]');
  await expect(acceptance).toContainText('MQL→SQL rate at least 30% per month');
  await expect(acceptance).toContainText('Follows the target planner');
  await page.getByRole('button', { name: '+ New from template' }).click();
  await page.getByRole('button', { name: 'Use template: MQL→SQL acceptance rate at least X%' }).click();
  const form = page.getByRole('dialog', { name: 'New SLA' });
  await expect(form.getByLabel('Target (%)')).toHaveValue('30');
  await expect(form.getByLabel('Target (%)')).toBeDisabled();
  await expect(form.getByRole('checkbox', { name: /Follow the target planner/ })).toBeChecked();
  await form.getByRole('button', { name: 'Cancel' }).click();

  // "Marketing delivers MQLs" keeps its own target from now on.
  const delivery = page.locator('tr[data-sla="Marketing delivers MQLs"]');
  await delivery.getByRole('button', { name: 'Edit Marketing delivers MQLs' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit SLA: Marketing delivers MQLs' });
  await edit.getByRole('checkbox', { name: /Follow the target planner/ }).uncheck();
  await expect(edit.getByLabel('Target', { exact: true })).toBeEnabled();
  await expect(edit.getByLabel('Target', { exact: true })).toHaveValue('274'); // 1.8M at 30%: October's 274 MQLs, the busiest month
  await edit.getByRole('button', { name: 'Save SLA' }).click();
  await expect(delivery).not.toContainText('Follows the target planner');

  // The plan moves: the following SLA follows, the pinned one shows the difference everywhere.
  await nav(page, 'Targets');
  await page.getByLabel('New-bookings target').fill('2.4M');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await nav(page, 'SLAs');
  await expect(delivery).toContainText('MQLs at least 274 per month');
  // 2.4M at 30%: 367, 353 and 354 MQLs a month.
  await expect(delivery.getByRole('note')).toContainText('The plan now needs 367 in its busiest month.');
  await nav(page, 'Dashboard');
  await page.getByLabel('Dashboard period').selectOption({ label: 'Nov 2026' });
  await expect(page.locator('tr[data-sla="Marketing delivers MQLs"]')).toContainText('plan needs 353 for Nov 2026');
  await nav(page, 'SLAs');
  await delivery.getByRole('button', { name: 'Use 367' }).click();
  await expect(delivery).toContainText('MQLs at least 367 per month');
  await expect(delivery.getByRole('note')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
