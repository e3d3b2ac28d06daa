import { join } from 'node:path';
import { expect, grid, openApp, pasteInto, test } from './fixtures';

// `npm run screenshots` refreshes docs/screenshots; in `npm test` this is skipped.
const OUT = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
test.skip(!process.env.TANDEM_SCREENSHOTS, 'screenshots are refreshed by `npm run screenshots`');

for (const scheme of ['light', 'dark'] as const) {
  test(`accounts view, demo plan, ${scheme}`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, app.url);
    await expect(page.getByText('300 of 300 accounts')).toBeVisible();
    await grid(page).locator('[data-col="openPipeline"]').nth(2).click();
    await page.screenshot({ path: join(OUT, `accounts-${scheme}.png`) });
  });

  test(`dashboard, demo plan, ${scheme}`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1440, height: 1400 });
    await openApp(page, app.url, 'dashboard');
    await expect(page.getByTestId('alignment-score')).not.toHaveText(/—/);
    await page.waitForTimeout(600); // chart animations
    await page.screenshot({ path: join(OUT, `dashboard-${scheme}.png`) });
  });
}

// The three joint planning boards on the demo plan, light and dark.
for (const scheme of ['light', 'dark'] as const) {
  for (const [area, role, ready] of [
    ['board', 'region', 'ABM coverage'],
    ['budget', 'region', 'Budget totals'],
    ['content', 'img', 'Content by funnel stage and persona'],
  ] as const) {
    test(`${area} board, demo plan, ${scheme}`, async ({ page, app }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1440, height: 1000 });
      await openApp(page, app.url, area);
      await expect(page.getByRole(role, { name: new RegExp(`^${ready}`) })).toBeVisible();
      await expect(page.locator('li.board-card').first()).toBeVisible();
      await page.waitForTimeout(600); // chart animations
      await page.screenshot({ path: join(OUT, `${area === 'board' ? 'accounts-board' : `${area}-board`}-${scheme}.png`) });
    });
  }
}

test('target planner with two scenarios compared', async ({ page, app }) => {
  await page.setViewportSize({ width: 1440, height: 1500 });
  await openApp(page, app.url, 'targets');
  await page.getByRole('button', { name: 'Duplicate as new scenario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Duplicate as a new scenario' });
  await dialog.getByLabel('Scenario name').fill('Stretch: $2.2M at 28% win rate');
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(page.getByRole('table', { name: 'Scenario comparison' })).toBeVisible();
  await page.getByLabel('New-bookings target').fill('2.2M');
  await page.getByLabel('Win rate', { exact: true }).fill('28');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(OUT, 'targets-light.png') });
});

for (const area of ['slas', 'kpis'] as const) {
  test(`${area} page`, async ({ page, app }) => {
    await openApp(page, app.url, area);
    await expect(page.locator('tbody tr').first()).toBeVisible();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `${area}-light.png`) });
  });
}

test('rows pasted from a spreadsheet, checked before anything is stored', async ({ page, app }) => {
  await openApp(page, app.url, 'kpis');
  await pasteInto(page, 'section.view', 'Win rate\tDec 2026\t0.24\nWin rate\tNov 2026\t26\nMQLs\tW49 2026\t85\tmarketing\nvibes\tDec 2026\t3\n');
  await expect(page.getByRole('table', { name: 'Import preview' })).toBeVisible();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'paste-preview-light.png') });
});

test('a 1024×700 window', async ({ page, app }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page, app.url, 'dashboard');
  await expect(page.getByTestId('alignment-score')).not.toHaveText(/—/);
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(OUT, 'dashboard-1024.png') });
});

// The content board at 1280×800 as the standup sees it: a card just moved, the activity panel open.
for (const scheme of ['light', 'dark'] as const) {
  test(`content board with its activity panel, ${scheme}`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, app.url, 'content');
    const first = page.locator('section.board-column[data-column="planned"] li.board-card').first();
    await first.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await page.locator('details.activity summary').click();
    await expect(page.locator('details.activity .activity-list > li').first()).toContainText('Moved');
    await page.locator('details.activity').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, `content-activity-${scheme}.png`) });
  });
}
