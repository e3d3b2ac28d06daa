import { DEFAULT_ASSUMPTIONS } from '../../shared/planning/funnel';
import { planBasis } from '../../shared/planning/planFigures';
import { expect, nav, openApp, pasteInto, test } from './fixtures';

// The path a CRO takes on a first morning, reviewing January on 10 February, and the check that the
// planner, the SLAs and the dashboard tell the same story.
test('new plan → targets → a stretch scenario made primary → SLAs from templates → January pasted → the numbers agree everywhere', async ({ page, startApp, pageErrors }) => {
  const app = await startApp({ asOf: '2027-02-10' });
  await openApp(page, app.url, 'dashboard');
  await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();

  // 1. A new plan for the quarter in flight.
  await page.getByRole('button', { name: 'New plan' }).click();
  const newPlan = page.getByRole('dialog', { name: 'New plan' });
  await newPlan.getByLabel('Plan name').fill('Q1 joint revenue plan');
  await newPlan.getByLabel('Fiscal period').fill('FY2027 Q1');
  await newPlan.getByRole('button', { name: 'Create plan' }).click();

  // 2. Targets on the Base scenario.
  await nav(page, 'Targets');
  await page.getByLabel('New-bookings target').fill('2M');
  await page.getByLabel('MQL → SQL').fill('30');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // 3. A stretch copy, edited; 4. made primary.
  await page.getByRole('button', { name: 'Duplicate as new scenario…' }).click();
  await page.getByRole('dialog', { name: 'Duplicate as a new scenario' }).getByLabel('Scenario name').fill('Stretch');
  await page.getByRole('button', { name: 'Create scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Assumptions · Stretch' })).toBeVisible();
  await page.getByLabel('New-bookings target').fill('2.4M');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.getByRole('button', { name: 'Make primary…' }).click();
  await page.getByRole('dialog', { name: /Make “Stretch” the primary/ }).getByRole('button', { name: 'Make primary' }).click();
  await expect(page.getByRole('tab', { name: /Stretch/ })).toContainText('primary');
  const plan = planBasis('FY2027 Q1', { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 2_400_000, mqlToSqlRate: 30 });
  const [janMqls, febMqls] = plan.funnel.months.map((m) => m.mqls);
  const plannerJan = page.getByRole('row', { name: /^Jan 2027/ });
  await expect(plannerJan).toContainText(String(janMqls));

  // 5. SLAs from templates, which take the primary scenario's numbers.
  await nav(page, 'SLAs');
  for (const template of ['Marketing delivers N MQLs per month', 'MQL→SQL acceptance rate at least X%']) {
    await page.getByRole('button', { name: /New from template|Choose a template/ }).first().click();
    await page.getByRole('button', { name: `Use template: ${template}` }).click();
    await page.getByRole('dialog', { name: 'New SLA' }).getByRole('button', { name: 'Create SLA' }).click();
    await expect(page.getByRole('dialog', { name: 'New SLA' })).toBeHidden();
  }
  await expect(page.locator('tr[data-sla="Marketing delivers MQLs"]')).toContainText(`MQLs at least ${janMqls} per month`);
  await expect(page.locator('tr[data-sla="Sales accepts MQLs as SQLs"]')).toContainText('MQL→SQL rate at least 30% per month');

  // 6. January's actuals pasted from a spreadsheet.
  await nav(page, 'KPI snapshots');
  await pasteInto(page, 'section.view', 'MQLs\tJan 2027\t450\tmarketing\nMQLs\tJan 2027\t421\tsales\nSQLs\tJan 2027\t118\tsales\nMQL→SQL rate\tJan 2027\t0.295\tsales\n');
  const paste = page.getByRole('dialog', { name: 'Paste KPI snapshots' });
  await expect(paste.getByRole('status').filter({ hasText: 'valid' })).toContainText('rates read as fractions');
  await paste.getByRole('button', { name: 'Import 4 rows' }).click();
  await expect(page.getByText('Saved 4 snapshots.')).toBeVisible();

  // 7. The dashboard for January agrees with the planner and the SLA scorecard.
  await nav(page, 'Dashboard');
  await page.getByLabel('Dashboard period').selectOption({ label: 'Jan 2027' });
  const mqlCard = page.locator('[data-metric="mqls"]');
  await expect(mqlCard).toContainText(`of ${janMqls} planned`);
  await expect(mqlCard).toContainText('Ahead of pace');
  await expect(page.getByTestId('by-team-mqls')).toHaveText('Marketing 450 · Sales 421 · gap 29');
  const delivery = page.locator('tr[data-sla="Marketing delivers MQLs"]');
  await expect(delivery).toContainText(`at least ${janMqls}`);
  await expect(delivery.locator('.status-pill')).toHaveText('Met');
  const acceptance = page.locator('tr[data-sla="Sales accepts MQLs as SQLs"]');
  await expect(acceptance).toContainText('at least 30%');
  await expect(acceptance.locator('.status-pill')).toHaveText('At risk'); // 29.5% is within the 10% band
  await expect(page.getByRole('row', { name: /^MQLs Jan 2027/ })).toContainText('Marketing 450 · Sales 421');

  // February has begun and is judged against February's own planned figure.
  await page.getByLabel('Dashboard period').selectOption({ label: 'Feb 2027' });
  await expect(mqlCard).toContainText(`of ${febMqls} planned`);
  await expect(delivery).toContainText(`at least ${febMqls}`);
  await expect(delivery.locator('.status-pill')).toHaveText('No data');
  expect(pageErrors).toEqual([]);
});
