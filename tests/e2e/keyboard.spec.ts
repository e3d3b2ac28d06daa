import type { Page } from '@playwright/test';
import { cell, expect, grid, nav, openApp, pasteInto, rowOf, test } from './fixtures';

const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');

// Defect 7: Escape returns focus to the opener; a skip link; a sidebar pick focuses the page heading.
test('focus: dialogs give it back to their opener, the skip link and the sidebar take it to the page heading', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'dashboard');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Revenue dashboard' })).toBeFocused();
  await expect(page).toHaveURL(/#dashboard$/);

  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'SLAs' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sales–marketing SLAs' })).toBeFocused();

  // Through a chain of dialogs (template picker, then the SLA form), back to the button that began it.
  const opener = page.getByRole('button', { name: '+ New from template' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Use template: Win/loss reason recorded on at least X% of closed opportunities' }).click();
  await expect(page.getByRole('dialog', { name: 'New SLA' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'New SLA' })).toBeHidden();
  await expect(opener).toBeFocused();

  for (const [name, dialog] of [['Rename', 'Rename plan'], ['New plan', 'New plan'], ['Delete…', 'Delete plan?']] as const) {
    await page.getByRole('button', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name, exact: true })).toBeFocused();
  }
  await nav(page, 'Target accounts');
  await page.getByRole('button', { name: '+ Add account' }).click();
  await page.keyboard.press('Escape');
  expect(await focused(page)).toBe('+ Add account');
  expect(pageErrors).toEqual([]);
});

async function planWithTwoAccounts(page: Page) {
  await page.getByRole('button', { name: 'New plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan name').fill('Grid habits');
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  for (const [name, domain] of [['Globex', 'globex.com'], ['Initech', 'initech.de']] as const) {
    await page.getByRole('button', { name: /add account|add the first account/i }).first().click();
    const add = page.getByRole('dialog', { name: 'Add account' });
    await add.getByLabel('Account name').fill(name);
    await add.getByLabel('Domain').fill(domain);
    await add.getByLabel('Notes').fill(`${name} notes`);
    await add.getByRole('button', { name: 'Add account' }).click();
    await expect(add).toBeHidden();
  }
}

// Defect 8: spreadsheet habits in the accounts grid.
test('grid: arrows browse a choice without saving, Delete clears, Ctrl+Delete removes, a pasted block is one undo step', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url);
  await planWithTwoAccounts(page);

  // A choice: the first arrow key no longer commits; Escape cancels; Enter commits.
  await cell(page, 'Globex', 'tier').click();
  await page.keyboard.press('Enter');
  const list = page.getByRole('listbox', { name: 'Tier' });
  await expect(list).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(list.getByRole('option', { name: 'Tier 2' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(cell(page, 'Globex', 'tier')).toHaveText('T3');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Globex', 'tier')).toHaveText('T1');

  // Delete clears a cell that may be empty; a required one says why not, and how to remove the row.
  await cell(page, 'Globex', 'notes').click();
  await page.keyboard.press('Delete');
  await expect(cell(page, 'Globex', 'notes')).toHaveText('');
  await cell(page, 'Globex', 'name').click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('alert').filter({ hasText: "Account can't be empty. To remove Globex, press Ctrl+Delete" })).toBeVisible();
  await expect(cell(page, 'Globex', 'name')).toHaveText('Globex');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'Globex', 'notes')).toHaveText('Globex notes');

  // A block pasted from a spreadsheet: the last row is edited, the rows below it are added, as one step.
  await cell(page, 'Initech', 'name').click();
  await pasteInto(page, '[role="grid"]', 'Initech GmbH\tinitech.de\tTier 2\nHooli\thooli.com\t1\tEngaged\n');
  await expect(page.getByText('Pasted: 1 row edited, 1 added. Ctrl+Z undoes it in one step.')).toBeVisible();
  await expect(cell(page, 'Initech GmbH', 'tier')).toHaveText('T2');
  await expect(cell(page, 'Hooli', 'stage')).toHaveText('Engaged');
  await page.keyboard.press('Control+z');
  await expect(rowOf(page, 'Hooli')).toHaveCount(0);
  await expect(cell(page, 'Initech', 'tier')).toHaveText('T3');
  await page.keyboard.press('Control+Shift+z');
  await expect(rowOf(page, 'Hooli')).toHaveCount(1);
  await expect(cell(page, 'Initech GmbH', 'tier')).toHaveText('T2');

  // A header row copied with the data places the columns by name and is not pasted itself.
  await cell(page, 'Globex', 'notes').click();
  await pasteInto(page, '[role="grid"]', 'Domain\tAccount\tRegion\nglobex.com\tGlobex\tEMEA\n');
  await expect(page.getByText('The first row named the columns, so it placed them and was not pasted.')).toBeVisible();
  await expect(cell(page, 'Globex', 'region')).toHaveText('EMEA');
  await expect(cell(page, 'Globex', 'notes')).toHaveText('Globex notes');

  // Tab walks the row as in a spreadsheet, Shift+Tab walks back.
  await cell(page, 'Hooli', 'domain').click();
  await page.keyboard.press('Tab');
  await expect(cell(page, 'Hooli', 'tier')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(cell(page, 'Hooli', 'name')).toHaveAttribute('aria-selected', 'true');

  // A bad cell refuses the whole block, naming row and column; so does a block wider than the grid.
  await cell(page, 'Hooli', 'employees').click();
  await pasteInto(page, '[role="grid"]', '500\n12abc\n');
  // Rows sort by name: Globex, Hooli, Initech GmbH. The second pasted line lands on Initech GmbH.
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing pasted. Row 3 (Initech GmbH): Employees must be a number, like 7.5 or 1,250.' })).toBeVisible();
  await expect(cell(page, 'Hooli', 'employees')).toHaveText('—');
  await cell(page, 'Globex', 'notes').click();
  await pasteInto(page, '[role="grid"]', 'a\tb\tc\n');
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing pasted: the block is 3 columns wide, and only 1 fit from Notes.' })).toBeVisible();
  await pasteInto(page, '[role="grid"]', '');
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing pasted: the clipboard holds no cells.' })).toBeVisible();

  // Ctrl+Delete removes the row; undo brings it back.
  await cell(page, 'Hooli', 'name').click();
  await page.keyboard.press('Control+Delete');
  await expect(rowOf(page, 'Hooli')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(rowOf(page, 'Hooli')).toHaveCount(1);
  await expect(grid(page).getByRole('row')).toHaveCount(4);
  expect(pageErrors).toEqual([]);
});

// New-user findings: the scenario tabs ignored arrow keys; screen readers were not told the grid's selected cell.
test('scenario tabs follow the arrow keys; the grid names its selected cell to screen readers', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'targets');
  await page.getByRole('button', { name: 'Duplicate as new scenario…' }).click();
  const name = page.getByRole('dialog', { name: 'Duplicate as a new scenario' });
  await name.getByLabel('Scenario name').fill('Stretch');
  await name.getByRole('button', { name: 'Create scenario' }).click();
  const tabs = page.getByRole('tablist', { name: 'Scenarios' }).getByRole('tab');
  await expect(tabs).toHaveCount(2);
  await tabs.nth(1).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.first()).toBeFocused();
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText(/Assumptions · Stretch/);
  await page.keyboard.press('ArrowRight'); // wraps round
  await expect(tabs.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.first()).toHaveAttribute('tabindex', '-1');

  await nav(page, 'Target accounts');
  await grid(page).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const id = await grid(page).getAttribute('aria-activedescendant');
  await expect(page.locator(`#${id}`)).toHaveAttribute('data-col', 'domain');
  await expect(page.locator(`#${id}`)).toHaveAttribute('aria-selected', 'true');
  expect(pageErrors).toEqual([]);
});

test('grid: the selected cell follows its account through a sort and a filter; deleting an account content links to asks first, and undo brings both back', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url);
  const active = () => grid(page).locator('[role="gridcell"][aria-selected="true"]');
  const activeRow = () => grid(page).locator('[role="row"]', { has: page.locator('[role="gridcell"][aria-selected="true"]') });
  // Select the third row's name, then sort by another column: the selection stays on that account.
  const third = grid(page).locator('[data-col="name"]').nth(2);
  const name = await third.innerText();
  await third.click();
  await expect(active()).toHaveText(name);
  await page.getByRole('button', { name: 'Open pipeline' }).click();
  await expect(active()).toHaveText(name);
  const id = await activeRow().getAttribute('data-account-id');
  // A filter that keeps it keeps the selection on it, wherever it now is.
  await page.getByLabel('Search accounts').fill(name.slice(0, 5));
  await expect(active()).toHaveText(name);
  await page.getByLabel('Search accounts').fill('');

  // Link content to that account, then delete it from the keyboard: the app asks first.
  const planId = await page.evaluate(async () => ((await (await fetch('./api/plans.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { value: { id: string }[] }).value[0]!.id);
  await page.evaluate(
    async ([planId, id]) =>
      fetch('./api/content.create', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ planId, item: { title: 'Linked case study', type: 'case study', stage: 'decision', accountIds: [id] } }) }),
    [planId, id] as const,
  );
  await page.reload();
  await page.getByRole('button', { name: 'Open pipeline' }).click();
  await grid(page).locator(`[data-account-id="${id}"] [data-col="name"]`).click();
  await page.keyboard.press('Control+Delete');
  const confirm = page.getByRole('dialog', { name: `Delete ${name}?` });
  await expect(confirm).toContainText('1 content item links to');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(grid(page).locator(`[data-account-id="${id}"]`)).toHaveCount(1);
  await grid(page).getByRole('button', { name: `Delete ${name}` }).click();
  await page.getByRole('dialog', { name: `Delete ${name}?` }).getByRole('button', { name: 'Delete account and links' }).click();
  await expect(grid(page).locator(`[data-account-id="${id}"]`)).toHaveCount(0);
  await page.locator('body').press('Control+z');
  await expect(grid(page).locator(`[data-account-id="${id}"]`)).toHaveCount(1);
  const links = await page.evaluate(async (planId) => ((await (await fetch('./api/accounts.boardInfo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ planId }) })).json()) as { value: { contentLinks: Record<string, number> } }).value.contentLinks, planId);
  expect(links[id!]).toBe(1);
  expect(pageErrors).toEqual([]);
});
