import { expect, nav, newPlan, openApp, pasteInto, test } from './fixtures';

// --as-of is "today" everywhere: the next quarter to plan, the KPI entry month, SLA review dates.
test('the renderer\'s defaults follow the core\'s clock, not the machine\'s', async ({ page, startApp, pageErrors }) => {
  const app = await startApp({ asOf: '2027-05-10' });
  await openApp(page, app.url, 'kpis');
  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByRole('dialog', { name: 'New plan' }).getByLabel('Fiscal period')).toHaveValue('FY2027 Q3');
  await page.getByRole('dialog', { name: 'New plan' }).getByRole('button', { name: 'Cancel' }).click();
  await newPlan(page, 'Q2 review', 'FY2027 Q2');
  await expect(page.getByRole('form', { name: 'Add a KPI snapshot' }).getByLabel('Period')).toHaveValue('2027-05');
  await nav(page, 'SLAs');
  await page.getByRole('button', { name: 'Choose a template' }).click();
  await page.getByRole('button', { name: 'Use template: Lead-scoring threshold agreed and reviewed' }).click();
  await expect(page.getByRole('dialog', { name: 'New SLA' }).getByLabel('Next review')).toHaveValue('2027-08-08');
  expect(pageErrors).toEqual([]);
});

// Defect 5: January actuals entered on 23 November were counted by the cards and ignored by the rest.
test('actuals for a period that has not started are flagged at entry and left out of every part of the dashboard, with a note', async ({ page, startApp, pageErrors }) => {
  const app = await startApp({ asOf: '2026-11-23' });
  await openApp(page, app.url, 'kpis');
  await newPlan(page, 'Q1 2027 plan');
  const entry = page.getByRole('form', { name: 'Add a KPI snapshot' });
  await expect(entry.getByLabel('Period')).toHaveValue('2027-01');
  await entry.getByLabel('Metric').selectOption({ label: 'New-customer bookings' });
  await entry.getByLabel('Value').fill('610k');
  await entry.getByLabel('Value').press('Enter');
  await expect(page.getByText('Jan 2027 has not started yet (today is 2026-11-23): the value is stored but not counted until it starts.')).toBeVisible();
  await expect(page.locator('tr[data-snapshot="new_bookings|2027-01|sales"]')).toContainText('not started');

  await nav(page, 'Dashboard');
  await expect(page.getByRole('note').filter({ hasText: 'not counted' })).toHaveText('1 snapshot for Jan 2027 is not counted anywhere yet: that period has not started.');
  const bookings = page.locator('[data-metric="new_bookings"]');
  await expect(bookings).toContainText('No actuals yet');
  await expect(bookings).not.toContainText('$610K');
  await expect(page.getByTestId('alignment-score')).toContainText('—');
  expect(pageErrors).toEqual([]);
});

// Defects 3, 6 and 12: pasted rates, the app's own period labels, any column order, readable previews.
test('pasted rows: app labels, any column order, rates below 1 read as fractions or asked about, display names in the preview', async ({ page, startApp, pageErrors }) => {
  const app = await startApp({ asOf: '2027-02-10' });
  await openApp(page, app.url, 'kpis');
  await newPlan(page, 'Q1 2027 plan', 'FY2027 Q1');
  const dialog = page.getByRole('dialog', { name: 'Paste KPI snapshots' });
  const preview = dialog.getByRole('table', { name: 'Import preview' });

  // Headerless rows in the app's order, its labels, rates as fractions.
  await pasteInto(page, 'section.view', 'Win rate\tJan 2027\t0.24\tsales\nMQL→SQL rate\tQ1 2027\t0.3\t\nSQLs\t2027-01\t80\t\n');
  await expect(dialog.getByRole('status').filter({ hasText: 'valid' })).toContainText('3 valid, 0 with errors');
  await expect(dialog.getByRole('status').filter({ hasText: 'valid' })).toContainText('rates read as fractions (0.24 = 24%, 1 = 100%)');
  await expect(preview.getByRole('row', { name: /Win rate/ })).toContainText('Jan 2027Sales24%');
  await expect(preview.getByRole('row', { name: /MQL→SQL rate/ })).toContainText('Q1 2027Sales30%');
  await dialog.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(page.locator('tr[data-snapshot="win_rate|2027-01|sales"]')).toContainText('24%');
  await expect(page.locator('tr[data-snapshot="mql_to_sql_rate|2027-Q1|sales"]')).toContainText('30%');

  // A header in another order; 0.24 next to 26 is asked about, not guessed; a bad row shows its cells.
  await pasteInto(page, 'section.view', 'Period\tValue\tMetric\nFeb 2027\t0.24\tWin rate\nW05 2027\t26\tWin rate\nMar 2027\t3\tvibes\n');
  await expect(dialog.getByRole('alert').filter({ hasText: 'Some rates are below 1' })).toBeVisible();
  await expect(preview.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Feb 2027', exact: true }) })).toContainText('Value 0.24 is ambiguous: write 24% for a fraction of one, or 0.24% if you mean less than one percent');
  await expect(preview.getByRole('row', { name: /vibes/ })).toContainText('Mar 2027');
  await expect(preview.getByRole('row', { name: /vibes/ })).toContainText('Metric "vibes" is not in this plan');
  await dialog.getByLabel('Rates such as 0.24').selectOption({ label: 'Percent: 0.24 = 0.24%' });
  await expect(preview.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Feb 2027', exact: true }) })).toContainText('0.2%');
  await dialog.getByLabel('Rates such as 0.24').selectOption({ label: 'Fractions: 0.24 = 24%' });
  await expect(preview.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Feb 2027', exact: true }) })).toContainText('24%');
  await expect(preview.getByRole('row', { name: /W05 2027/ })).toContainText('Value is 26, but rates are read as fractions');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Plain text is not rows: the paste says why it did nothing (defect 10).
  await pasteInto(page, 'section.view', 'mqls for january were about 300');
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing pasted: that is plain text, not cells.' })).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(pageErrors).toEqual([]);
});

// "1,5" in a semicolon file is one and a half, and the preview says how it read the numbers.
test('a European CSV is read with decimal commas, and the reading can be switched', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'kpis');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import KPI snapshots from CSV' });
  const csv = 'metric;period;value;team\nMedian follow-up time;W45 2026;18,5;sales\nNew-customer bookings;Oct 2026;1.250;sales\n';
  await dialog.getByLabel('CSV file').setInputFiles({ name: 'eu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByRole('status').filter({ hasText: 'valid' })).toContainText('numbers with a decimal comma (1.234,5), because some values can only be read that way');
  await expect(dialog.getByRole('table', { name: 'Import preview' })).toContainText('18.5 h');
  await expect(dialog.getByRole('table', { name: 'Import preview' })).toContainText('$1,250');
  await dialog.getByLabel('Decimal mark').selectOption({ label: 'Point: 1,234.5' });
  await expect(dialog.getByRole('table', { name: 'Import preview' })).toContainText('Value must use "." for decimals');
  expect(pageErrors).toEqual([]);
});
