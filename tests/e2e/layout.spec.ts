import type { Page } from '@playwright/test';
import { expect, nav, openApp, pasteInto, test } from './fixtures';

const AREAS = ['Dashboard', 'Targets', 'SLAs', 'KPI snapshots', 'Target accounts', 'Accounts board', 'Budget board', 'Content board'];

/** What overflows: the page sideways, the plan bar onto more lines, controls out of their cards. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push(`page scrolls sideways (${document.documentElement.scrollWidth} > ${window.innerWidth})`);
    // The view scrolls down; sideways only inside tables made to (the grid, wide tables).
    const view = document.querySelector<HTMLElement>('.view')!;
    if (view.scrollWidth > view.clientWidth + 1) problems.push(`the view is cut off on the right (${view.scrollWidth} > ${view.clientWidth})`);
    const tops = new Set([...document.querySelectorAll('.plan-bar button')].map((b) => Math.round(b.getBoundingClientRect().top)));
    const bar = document.querySelector('.plan-bar')!.getBoundingClientRect();
    if (tops.size > 1 || bar.height > 90) problems.push(`the plan bar wraps: ${tops.size} rows of buttons, ${Math.round(bar.height)} px tall`);
    for (const el of document.querySelectorAll<HTMLElement>('.card input, .card select, .card .default-badge')) {
      // The innermost box it sits in: a fieldset inside a card counts as well as the card.
      const card = (el.closest('fieldset') ?? el.closest('.card')!).getBoundingClientRect();
      const box = el.getBoundingClientRect();
      if (box.width && (box.right > card.right + 1 || box.left < card.left - 1)) problems.push(`${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent ?? ''}" overflows its card`);
    }
    return problems;
  });
}

// Defect 11: at 1024×700 the header wrapped onto three lines and the planner card overflowed.
for (const [width, height] of [
  [1024, 700],
  [1280, 800],
  [1440, 900],
] as const) {
  test(`every area fits ${width}×${height}`, async ({ page, app, pageErrors }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, app.url, 'dashboard');
    for (const area of AREAS) {
      await nav(page, area);
      await expect(page.locator('main h1')).toBeVisible();
      await page.waitForTimeout(250);
      expect(await layoutProblems(page), area).toEqual([]);
    }
    expect(pageErrors).toEqual([]);
  });
}

// The budget charts sit between the totals and the board: closed, the board's first cards stay in view at
// 1280×800; open, nothing overflows at any of the sizes above.
test('the budget board with its charts fits, and closed they leave the board in view at 1280×800', async ({ page, app, pageErrors }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, app.url, 'budget');
  const [plan] = (await (await page.request.post(`${app.url}/api/plans.list`, { data: {} })).json()).value as { id: string }[];
  const channels = ['Paid media', 'Events', 'Content', 'ABM programmes', 'SDR', 'Sales enablement', 'A channel with a rather long name of its own'];
  for (const [i, channel] of channels.entries()) {
    const line = { name: `Line ${i + 1} with a long programme name`, channel, team: (['marketing', 'sales', 'joint'] as const)[i % 3], month: ['2026-10', '2026-11', '2026-12'][i % 3], planned: 10_000 * (i + 1), committed: 5_000 * i };
    expect((await page.request.post(`${app.url}/api/budget.create`, { data: { planId: plan!.id, line } })).ok()).toBe(true);
  }
  await page.reload();
  await expect(page.locator('li.board-card').first()).toBeInViewport({ ratio: 1 });
  expect(await layoutProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'Show charts' }).click();
  for (const [width, height] of [[1024, 700], [1280, 800], [1440, 900]] as const) {
    await page.setViewportSize({ width, height });
    await expect(page.getByRole('img', { name: /^Budget by channel/ })).toBeVisible();
    await page.waitForTimeout(250);
    expect(await layoutProblems(page), `${width}×${height}`).toEqual([]);
  }
  expect(pageErrors).toEqual([]);
});

// Defect 13: opening the explanation stretched the four KPI cards beside it to its height.
test('"How is this computed?" does not stretch the cards beside it', async ({ page, app }) => {
  await openApp(page, app.url, 'dashboard');
  const card = page.locator('[data-metric="mqls"]');
  const before = (await card.boundingBox())!.height;
  await page.getByRole('button', { name: 'How is this computed?' }).click();
  await expect(page.getByRole('region', { name: 'How the alignment score is computed' })).toBeVisible();
  expect((await card.boundingBox())!.height).toBeCloseTo(before, 0);
});

// New-user finding: a choice opened on the last visible row was clipped by the grid's scroll box.
test("a cell's choices and errors near the window's bottom are shown whole, above the grid", async ({ page, app, pageErrors }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page, app.url, 'accounts');
  const grid = page.getByRole('grid', { name: 'Accounts' });
  const box = (await grid.boundingBox())!;
  // The tier cell of the row at the grid's bottom edge.
  const tiers = grid.locator('[data-col="tier"]');
  let last = 0;
  for (let i = 0; i < (await tiers.count()); i++) {
    const b = await tiers.nth(i).boundingBox();
    if (b && b.y + b.height <= box.y + box.height) last = i;
  }
  await tiers.nth(last).dblclick();
  const options = page.getByRole('listbox', { name: 'Tier' }).getByRole('option');
  await expect(options).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await expect(options.nth(i)).toBeInViewport({ ratio: 1 });
    // Nothing is drawn over it: the point at its centre is the option itself.
    const hit = await options.nth(i).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
    });
    expect(hit, `option ${i + 1} is covered`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await grid.locator('[data-col="employees"]').nth(last).dblclick();
  await page.keyboard.type('lots');
  await page.keyboard.press('Enter');
  await expect(page.locator('#cell-error')).toBeInViewport({ ratio: 1 });
  expect(pageErrors).toEqual([]);
});

// New-user finding: at 1024×700 the paste preview's Import button scrolled out of reach.
test("a tall dialog keeps its title and buttons in view at 1024×700, and scrolls its body", async ({ page, app, pageErrors }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await openApp(page, app.url, 'kpis');
  const rows = Array.from({ length: 12 }, (_, i) => `SQLs\tOct 2026\t${80 + i}\t${i % 2 ? 'sales' : 'marketing'}\tnote ${i}`).join('\n');
  await pasteInto(page, 'section.view', `${rows}\n`);
  const dialog = page.getByRole('dialog', { name: 'Paste KPI snapshots' });
  await expect(dialog.getByRole('heading', { name: 'Paste KPI snapshots' })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
  expect(pageErrors).toEqual([]);
});
