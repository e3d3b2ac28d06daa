import { expect, nav, openApp, test } from './fixtures';

test('a new scenario opens in the editor; editing it leaves the primary alone until it is made primary, after a confirmation that says what changes', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'targets');
  const mqls = page.getByTestId('mqls-needed');
  await expect(mqls).toContainText('960');

  // An empty name is explained beside the field, in the dialog (defect 9).
  await page.getByRole('button', { name: 'Duplicate as new scenario…' }).click();
  const naming = page.getByRole('dialog', { name: 'Duplicate as a new scenario' });
  await naming.getByRole('button', { name: 'Create scenario' }).click();
  await expect(naming.getByLabel('Scenario name')).toHaveAttribute('aria-invalid', 'true');
  await expect(naming.getByRole('alert')).toHaveText('Scenario name is required');
  await naming.getByLabel('Scenario name').fill('Stretch');
  await naming.getByRole('button', { name: 'Create scenario' }).click();
  await expect(naming).toBeHidden();

  // The copy is open, so typing changes the copy (defect 1), not Base, which drives the dashboard.
  await expect(page.getByRole('tab', { name: 'Stretch' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Assumptions · Stretch' })).toBeVisible();
  await page.getByLabel('New-bookings target').fill('2.4M');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await nav(page, 'Dashboard');
  await expect(page.locator('[data-metric="new_bookings"]')).toContainText('of $1.8M planned');

  // Make primary asks first and lists what changes.
  await nav(page, 'Targets');
  await page.getByRole('tab', { name: 'Stretch' }).click();
  await page.getByRole('button', { name: 'Make primary…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Make “Stretch” the primary scenario?' });
  const changes = confirm.getByRole('table', { name: 'What changes' });
  await expect(changes.getByRole('row', { name: /New-bookings target/ })).toContainText('$1.8M');
  await expect(changes.getByRole('row', { name: /New-bookings target/ })).toContainText('$2.4M');
  await expect(changes.getByRole('row', { name: /SLA “Marketing delivers MQLs” \(follows the plan\)/ })).toContainText('328');
  await expect(changes.getByRole('row', { name: /SLA “Marketing delivers MQLs” \(follows the plan\)/ })).toContainText('440'); // 2.4M: 23 deals in October -> 92 opportunities -> 55 marketing -> 110 SQLs -> 440 MQLs
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await nav(page, 'Dashboard');
  await expect(page.locator('[data-metric="new_bookings"]')).toContainText('of $1.8M planned');
  await nav(page, 'Targets');
  await page.getByRole('tab', { name: 'Stretch' }).click();
  await page.getByRole('button', { name: 'Make primary…' }).click();
  await confirm.getByRole('button', { name: 'Make primary' }).click();
  await expect(page.getByRole('tab', { name: /Stretch/ })).toContainText('primary');
  await nav(page, 'Dashboard');
  await expect(page.locator('[data-metric="new_bookings"]')).toContainText('of $2.4M planned');

  // Scenarios can be renamed; a name in use is refused beside the field.
  await nav(page, 'Targets');
  await page.getByRole('button', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename scenario' });
  await rename.getByLabel('Scenario name').fill('Base');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename.getByRole('alert')).toHaveText('A scenario named "Base" already exists in this plan.');
  await rename.getByLabel('Scenario name').fill('Stretch: $2.4M');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('tab', { name: /Stretch: \$2\.4M/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('tab', { name: /Stretch: \$2\.4M/ })).toContainText('primary');
  expect(pageErrors).toEqual([]);
});

// Defect 14: the planner's flush on leaving saved into "the current plan", which was already the next one.
test('switching plans straight after typing a target saves the edit into the plan it was typed in', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'targets');
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan name').fill('Second plan');
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByLabel('Current plan')).toHaveText(/Second plan/);
  await page.getByLabel('Current plan').selectOption({ label: 'FY2026 Q4 Joint Revenue Plan (demo) · FY2026 Q4' });
  await expect(page.getByLabel('New-bookings target')).toHaveValue('1,800,000');

  await page.getByLabel('New-bookings target').fill('2,750,000');
  await page.getByLabel('Current plan').selectOption({ label: 'Second plan · FY2027 Q1' }); // before the autosave pause
  await expect(page.getByLabel('New-bookings target')).toHaveValue('1,500,000');
  await page.getByLabel('Current plan').selectOption({ label: 'FY2026 Q4 Joint Revenue Plan (demo) · FY2026 Q4' });
  await expect(page.getByLabel('New-bookings target')).toHaveValue('2,750,000');
  await page.reload();
  await expect(page.getByLabel('New-bookings target')).toHaveValue('2,750,000');
  expect(pageErrors).toEqual([]);
});

// One wrong field must not hold back the others, and leaving must not lose what was typed.
test('a wrong field keeps its text and message; the other fields save, and leaving the page keeps both', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'targets');
  // A field that reads shows, once left, the number it stands for.
  await page.getByLabel('New-bookings target').fill('2.2m');
  await page.getByLabel('New-bookings target').press('Tab');
  await expect(page.getByLabel('New-bookings target')).toHaveValue('2,200,000');
  await page.getByLabel('Win rate').fill('lots');
  await expect(page.getByText('Win rate must be a percentage')).toBeVisible();
  await expect(page.getByText('Other changes saved; the highlighted fields are not: fix them to save them')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Make primary…' })).toHaveCount(0); // Base is primary already

  await nav(page, 'Dashboard');
  await nav(page, 'Targets');
  await expect(page.getByLabel('New-bookings target')).toHaveValue('2,200,000');
  await expect(page.getByLabel('Win rate')).toHaveValue('lots');
  await expect(page.getByLabel('Win rate')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Win rate').fill('28');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('New-bookings target')).toHaveValue('2,200,000');
  await expect(page.getByLabel('Win rate')).toHaveValue('28');
  expect(pageErrors).toEqual([]);
});

// Defect 15: a slow answer for the plan the user left must not show in the plan they went to.
test('a late answer for another plan is dropped; the page never sticks on "Loading"', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'targets');
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan name').fill('Slow plan');
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByLabel('Current plan')).toHaveText(/Slow plan/);
  const slowPlanId = await page.evaluate(() => localStorage.getItem('tandem.lastPlanId'));

  // Hold back every targets.list answer for the slow plan until released.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/targets.list', async (route) => {
    if (route.request().postDataJSON().planId === slowPlanId) await held;
    await route.continue();
  });
  await page.reload();
  await expect(page.getByText('Loading scenarios…')).toBeVisible();
  await page.getByLabel('Current plan').selectOption({ label: 'FY2026 Q4 Joint Revenue Plan (demo) · FY2026 Q4' });
  await expect(page.getByLabel('New-bookings target')).toHaveValue('1,800,000');
  release();
  await page.waitForTimeout(300);
  await expect(page.getByLabel('New-bookings target')).toHaveValue('1,800,000');
  await expect(page.getByRole('tab')).toHaveCount(1);
  await page.getByLabel('Current plan').selectOption({ label: 'Slow plan · FY2027 Q1' });
  await expect(page.getByLabel('New-bookings target')).toHaveValue('1,500,000');
  expect(pageErrors).toEqual([]);
});
