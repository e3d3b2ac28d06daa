import type { Page } from '@playwright/test';
import { demoBudget } from '../../shared/demo/budgetDemo';
import { DEMO_SEED } from '../../shared/demo/generator';
import { DEMO_ASSUMPTIONS } from '../../shared/demo/planningDemo';
import { formatMoney } from '../../shared/format';
import { reverseFunnel } from '../../shared/planning/funnel';
import { planRange } from '../../shared/planning/periods';
import { E2E_TODAY } from './appProcess';
import { expect, newPlan, openApp, test } from './fixtures';

const column = (page: Page, month: string) => page.locator(`section.board-column[data-column="${month}"]`);
const card = (page: Page, name: string) => page.locator('li.board-card', { has: page.locator('.card-title', { hasText: new RegExp(`^${name.replace(/[()$]/g, '\\$&')}$`) }) });

async function addLine(page: Page, name: string, month: string, planned: string, mqls: string) {
  await page.getByRole('button', { name: '+ Add budget line' }).click();
  const form = page.getByRole('dialog', { name: 'New budget line' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Month').selectOption({ label: month });
  await form.getByLabel('Planned (USD)').fill(planned);
  await form.getByLabel('Expected MQLs').fill(mqls);
  await form.getByRole('button', { name: 'Add line' }).click();
  await expect(form).toBeHidden();
}

// The first-run demo plan: a quarter's budget in flight that falls short of the MQLs the plan needs.
test('budget board, demo plan: every line, spend against the cap, over-commitments flagged, and the MQL shortfall priced', async ({ page, app, pageErrors }) => {
  const demo = demoBudget('FY2026 Q4', new Date(`${E2E_TODAY}T12:00:00Z`), DEMO_ASSUMPTIONS, DEMO_SEED);
  const expected = demo.lines.reduce((s, l) => s + l.expectedMqls, 0);
  const needed = reverseFunnel(DEMO_ASSUMPTIONS, planRange('FY2026 Q4').months).total.mqls;
  await openApp(page, app.url, 'budget');
  await expect(page.locator('li.board-card')).toHaveCount(demo.lines.length);
  for (const month of ['2026-10', '2026-11', '2026-12']) await expect(column(page, month).locator('li.board-card')).toHaveCount(demo.lines.filter((l) => l.month === month).length);
  const funding = page.getByTestId('funding-check');
  await expect(funding).toContainText(`${needed - expected} MQLs unfunded`);
  await expect(funding).toContainText(`The lines expect ${expected} MQLs; the primary scenario needs ${needed}.`);
  await expect(page.getByText(`of ${formatMoney(demo.cap, 'USD', true)} cap`)).toBeVisible();
  const over = demo.lines.filter((l) => l.committed > l.planned).length;
  expect(over).toBeGreaterThan(0);
  await expect(page.getByRole('note').filter({ hasText: /^Committed .* above planned$/ })).toHaveCount(over);
  // December has not started on the e2e day: nothing is spent there yet.
  for (const dec of await column(page, '2026-12').locator('li.board-card').all()) await expect(dec).toContainText('actual $0');
  expect(pageErrors).toEqual([]);
});

test('budget board: lines added, moved with the keyboard and the mouse, undone and redone, and as left after a reload', async ({ page, startApp, pageErrors }) => {
  // A plan of its own, empty: the demo plan already holds a budget (the test above).
  const app = await startApp({});
  await openApp(page, app.url, 'budget');
  await newPlan(page, 'Q4 joint plan', 'FY2026 Q4');
  await expect(page.getByText('No budget lines yet.')).toBeVisible();

  // Bad input is refused beside its field; nothing is added.
  await page.getByRole('button', { name: '+ Add budget line' }).click();
  const form = page.getByRole('dialog', { name: 'New budget line' });
  await form.getByLabel('Name').fill('LinkedIn ads');
  await form.getByLabel('Planned (USD)').fill('lots');
  await form.getByRole('button', { name: 'Add line' }).click();
  await expect(form.getByText('Planned must be an amount, like 250,000 or 1.2M')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();

  await addLine(page, 'LinkedIn ads', 'Oct 2026', '40k', '220');
  await addLine(page, 'Trade show', 'Nov 2026', '$60,000', '150');
  await addLine(page, '<img src=x onerror=alert(1)>', 'Dec 2026', '5000', '10');
  await expect(card(page, '<img src=x onerror=alert(1)>')).toBeVisible(); // markup is text
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The funding check: 380 MQLs expected against what the primary scenario needs.
  await expect(page.getByTestId('funding-check')).toContainText('The lines expect 380 MQLs');

  // Keyboard only: focus the card, M opens "Move to…", arrows choose, Enter moves; focus stays on the card.
  await card(page, 'LinkedIn ads').focus();
  await page.keyboard.press('m');
  const menu = page.getByRole('menu', { name: 'Move LinkedIn ads to' });
  await expect(menu).toBeFocused();
  await page.keyboard.press('ArrowDown'); // Nov, then Dec
  await page.keyboard.press('Enter');
  await expect(column(page, '2026-12').locator('li.board-card')).toHaveCount(2);
  await expect(card(page, 'LinkedIn ads')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Moved LinkedIn ads to Dec 2026' })).toHaveCount(1); // the live region

  // Alt+ArrowLeft moves it back one column.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(column(page, '2026-11').locator('li.board-card')).toHaveCount(2);

  // Enter opens the focused card for editing; Delete removes it, and Ctrl+Z brings it back.
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Edit budget line: LinkedIn ads' });
  await expect(edit).toBeVisible();
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(card(page, 'LinkedIn ads')).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(card(page, 'LinkedIn ads')).toHaveCount(0);
  await page.locator('body').press('Control+z');
  await expect(column(page, '2026-11').locator('li.board-card')).toHaveCount(2);

  // The mouse: drag Trade show onto the top edge of the Dec card.
  await card(page, 'Trade show').dragTo(card(page, '<img src=x onerror=alert(1)>'), { targetPosition: { x: 40, y: 4 } });
  await expect(column(page, '2026-12').locator('.card-title')).toHaveText(['Trade show', '<img src=x onerror=alert(1)>']);

  // One undo step per move, from the keyboard; redo puts it back.
  await page.locator('body').press('Control+z');
  await expect(column(page, '2026-11').locator('.card-title')).toHaveText(['Trade show', 'LinkedIn ads']);
  await page.locator('body').press('Control+Shift+z');
  await expect(column(page, '2026-12').locator('.card-title')).toHaveText(['Trade show', '<img src=x onerror=alert(1)>']);

  // Multi-select and a bulk move: Ctrl+click two cards, move both at once.
  await card(page, 'Trade show').click({ modifiers: ['Control'] });
  await card(page, '<img src=x onerror=alert(1)>').click({ modifiers: ['Control'] });
  await expect(page.getByText('2 cards selected')).toBeVisible();
  await card(page, 'Trade show').getByRole('button', { name: 'Move Trade show to…' }).click();
  await page.getByRole('menu', { name: 'Move 2 cards to' }).getByRole('menuitem', { name: 'Oct 2026' }).click();
  await expect(column(page, '2026-10').locator('.card-title')).toHaveText(['Trade show', '<img src=x onerror=alert(1)>']);

  // The standup view: who changed what, from what to what, from the same log undo walks.
  await page.getByText(/^Changes since /).click();
  const activity = page.locator('details.activity');
  await activity.getByLabel(/Who are you\?/).fill('Maya Patel');
  await activity.getByRole('button', { name: 'Save' }).click();
  await expect(activity.getByText('Your changes are recorded as Maya Patel.')).toBeVisible();
  await expect(activity.locator('.activity-list > li').first()).toContainText('Moved 2 budget lines to Oct 2026');
  await expect(activity.locator('.activity-list > li').first()).toContainText('Trade show: moved Dec 2026 → Oct 2026');
  await expect(activity.getByText('Added budget line LinkedIn ads')).toBeVisible();

  await page.reload();
  await expect(column(page, '2026-10').locator('.card-title')).toHaveText(['Trade show', '<img src=x onerror=alert(1)>']);
  await expect(column(page, '2026-11').locator('.card-title')).toHaveText(['LinkedIn ads']);
  expect(pageErrors).toEqual([]);
});
