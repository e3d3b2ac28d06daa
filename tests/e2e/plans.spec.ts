import { cell, expect, grid, openApp, test } from './fixtures';

test('plans: rename, duplicate, switch, and delete only after confirming', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url);
  const planSelect = page.getByLabel('Current plan');
  await expect(page.getByText('300 of 300 accounts')).toBeVisible();

  await page.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename plan' });
  await rename.getByLabel('Plan name').fill('FY26 Q4 base plan');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(planSelect).toHaveText(/FY26 Q4 base plan · FY2026 Q4/);

  await page.getByRole('button', { name: 'Duplicate plan…' }).click();
  const duplicate = page.getByRole('dialog', { name: 'Duplicate plan' });
  await expect(duplicate.getByText(/its 300 accounts, target scenarios, SLAs and KPI snapshots/)).toBeVisible();
  await expect(duplicate.getByLabel('Plan name')).toHaveValue('FY26 Q4 base plan (copy)');
  await duplicate.getByLabel('Plan name').fill('Stretch scenario');
  await duplicate.getByRole('button', { name: 'Duplicate plan' }).click();
  await expect(planSelect).toHaveText(/Stretch scenario · FY2026 Q4 · copy of FY26 Q4 base plan/);
  await expect(page.getByText('300 of 300 accounts')).toBeVisible();

  // An edit in the scenario does not reach the base plan.
  const firstNotes = grid(page).locator('[data-col="notes"]').first();
  await firstNotes.dblclick();
  await page.getByRole('textbox', { name: 'Notes' }).fill('Scenario only');
  await page.keyboard.press('Enter');
  await planSelect.selectOption({ label: 'FY26 Q4 base plan · FY2026 Q4' });
  await expect(page.getByText('300 of 300 accounts')).toBeVisible();
  await expect(grid(page).getByText('Scenario only')).toHaveCount(0);

  // Delete asks first; "Keep plan" keeps it.
  await page.getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete plan?' });
  await expect(confirm.getByText('“FY26 Q4 base plan” and its 300 accounts, scenarios, SLAs and snapshots will be deleted')).toBeVisible();
  await confirm.getByRole('button', { name: 'Keep plan' }).click();
  await expect(planSelect.locator('option')).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete…' }).click();
  await confirm.getByRole('button', { name: 'Delete plan' }).click();
  await expect(planSelect.locator('option')).toHaveCount(1);
  // The scenario outlives its base plan and stands on its own.
  await expect(planSelect).toHaveText('Stretch scenario · FY2026 Q4');
  await expect(cell(page, await grid(page).locator('[data-col="name"]').first().innerText(), 'notes')).toHaveText('Scenario only');
  expect(pageErrors).toEqual([]);
});

test('the last plan can be deleted and the app says what to do next', async ({ page, app }) => {
  await openApp(page, app.url);
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog', { name: 'Delete plan?' }).getByRole('button', { name: 'Delete plan' }).click();
  await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Rename' })).toBeDisabled();
});
