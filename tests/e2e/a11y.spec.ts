import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, nav, openApp, pasteInto, test } from './fixtures';

/** Serious and critical axe findings on the page as it is now: each as "rule: target (summary)". */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? v.help})`));
}

/** Opens a dialog, checks the page with it open, and closes it with Escape. */
async function withDialog(page: Page, open: () => Promise<unknown>, name: string | RegExp, found: string[]) {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await page.waitForTimeout(200);
  found.push(...(await violations(page)).map((v) => `[${name}] ${v}`));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violations, ${scheme}: every view and every dialog`, async ({ page, app, pageErrors }) => {
    test.setTimeout(180_000); // every view and every dialog, axe on each: minutes when the machine is busy
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, app.url, 'dashboard');
    const found: string[] = [];
    const check = async (where: string) => found.push(...(await violations(page)).map((v) => `[${where}] ${v}`));
    const button = (name: string) => () => page.getByRole('button', { name, exact: true }).click();

    await expect(page.getByTestId('alignment-score')).not.toHaveText(/—/);
    await page.getByRole('button', { name: 'How is this computed?' }).click();
    await check('dashboard');
    for (const [label, name] of [['New plan', 'New plan'], ['Rename', 'Rename plan'], ['Duplicate plan…', 'Duplicate plan'], ['Delete…', 'Delete plan?']] as const) {
      await withDialog(page, button(label), name, found);
    }

    await nav(page, 'Targets');
    await expect(page.getByTestId('mqls-needed')).toBeVisible();
    await check('targets');
    await withDialog(page, button('Rename…'), 'Rename scenario', found);
    await withDialog(page, button('Duplicate as new scenario…'), 'Duplicate as a new scenario', found);
    await page.getByRole('button', { name: 'Duplicate as new scenario…' }).click();
    await page.getByLabel('Scenario name').fill('Stretch');
    await page.getByRole('button', { name: 'Create scenario' }).click();
    await expect(page.getByRole('tab', { name: 'Stretch' })).toHaveAttribute('aria-selected', 'true');
    await check('targets with two scenarios');
    await withDialog(page, button('Make primary…'), /Make “Stretch” the primary/, found);
    await withDialog(page, button('Delete scenario…'), 'Delete scenario?', found);

    await nav(page, 'SLAs');
    await expect(page.locator('tr[data-sla]').first()).toBeVisible();
    await check('slas');
    await withDialog(page, button('+ New from template'), 'New SLA from a template', found);
    await withDialog(page, button('Blank SLA'), 'New SLA', found);
    await withDialog(page, () => page.getByRole('button', { name: 'Edit Marketing delivers MQLs' }).click(), 'Edit SLA: Marketing delivers MQLs', found);
    await withDialog(page, () => page.getByRole('button', { name: 'Delete Marketing delivers MQLs' }).click(), 'Delete SLA?', found);

    await nav(page, 'KPI snapshots');
    await expect(page.getByRole('table', { name: 'KPI snapshots' })).toBeVisible();
    await check('kpis');
    await withDialog(page, button('Add custom metric…'), 'Add a custom metric', found);
    await withDialog(
      page,
      async () => {
        await page.getByRole('button', { name: 'Import CSV…' }).click();
        await page.getByLabel('CSV file').setInputFiles({ name: 'k.csv', mimeType: 'text/csv', buffer: Buffer.from('metric,period,value\nmqls,Oct 2026,1\nvibes,Oct 2026,2\nwin rate,Nov 2026,0.2\n') });
        await expect(page.getByRole('table', { name: 'Import preview' })).toBeVisible();
      },
      'Import KPI snapshots from CSV',
      found,
    );
    await withDialog(page, () => pasteInto(page, 'section.view', 'Win rate\tOct 2026\t0.24\nWin rate\tNov 2026\t26\n'), 'Paste KPI snapshots', found);

    await nav(page, 'Target accounts');
    await expect(page.getByRole('grid', { name: 'Accounts' })).toBeVisible();
    await check('accounts');
    await withDialog(page, button('+ Add account'), 'Add account', found);

    await nav(page, 'Accounts board');
    await expect(page.getByRole('region', { name: 'ABM coverage' })).toBeVisible();
    await check('accounts board');
    await withDialog(page, button('Tier sizes…'), 'ABM tier sizes', found);
    await page.getByLabel('Swimlanes').selectOption('region');
    await page.locator('li.board-card').first().focus();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('m');
    await expect(page.getByRole('menu')).toBeVisible();
    await check('accounts board, swimlanes, selection, move menu');
    await page.keyboard.press('Escape');

    // The demo plan's boards come filled: lines with over-commitment notes, content with flags and heatmaps.
    await nav(page, 'Budget board');
    const cards = page.locator('li.board-card');
    await expect(cards.first()).toBeVisible();
    await check('budget board');
    await page.getByRole('button', { name: '+ Add budget line', exact: true }).click();
    await page.getByRole('dialog', { name: 'New budget line' }).getByLabel('Name').fill('Partner summit');
    await page.getByRole('dialog', { name: 'New budget line' }).getByLabel('Planned (USD)').fill('5000');
    await page.getByRole('button', { name: 'Add line' }).click();
    await expect(page.getByRole('dialog', { name: 'New budget line' })).toBeHidden();
    // Columns render only the cards in view: the search brings the new line into view wherever it landed.
    await page.getByLabel('Search budget lines').fill('Partner summit');
    await expect(cards).toHaveCount(1);
    await page.getByText(/^Changes since /).click();
    await expect(page.locator('details.activity .activity-list > li')).toHaveCount(1);
    await check('budget board, with its changes');
    await withDialog(page, () => page.getByRole('button', { name: 'Edit Partner summit' }).click(), 'Edit budget line: Partner summit', found);
    await withDialog(page, () => page.getByRole('button', { name: 'Split Partner summit…' }).click(), 'Split budget line: Partner summit', found);
    await page.getByRole('button', { name: 'Show charts' }).click();
    await expect(page.getByRole('img', { name: /^Budget by month/ })).toBeVisible();
    await check('budget board, charts open');
    await cards.filter({ hasText: 'Partner summit' }).focus();
    await page.keyboard.press('m');
    await expect(page.getByRole('menu')).toBeVisible();
    await check('budget board, move menu');
    await page.keyboard.press('Escape');

    await nav(page, 'Content board');
    await expect(page.locator('.flag-overdue').first()).toBeVisible();
    await check('content board');
    await withDialog(page, button('Request content'), 'Request content', found);
    await withDialog(page, button('+ Add content'), 'New content item', found);

    // The dashboard again, now with a budget card that has figures, a pace bar and its legend.
    await nav(page, 'Dashboard');
    await expect(page.getByTestId('dashboard-budget-planned')).toHaveText(/^\$\d/);
    await check('dashboard with a budget');

    expect(found).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}
