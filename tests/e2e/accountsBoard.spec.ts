import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const column = (page: Page, id: string) => page.locator(`section.board-column[data-column="${id}"]`);
const cards = (page: Page, id: string) => column(page, id).locator('li.board-card');
/** How many cards a column holds: its heading's count (a virtualised column renders only those in view). */
const countIn = async (page: Page, id: string) => Number(await column(page, id).locator('.board-column-head .muted').innerText());
const card = (page: Page, name: string) => page.locator('li.board-card', { has: page.locator('.card-title', { hasText: name }) });
const api = (page: Page, op: string, input: unknown) =>
  page.evaluate(
    async ([op, input]) => (await (await fetch(`./api/${op as string}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) })).json()) as { value: { id: string } },
    [op, input] as const,
  );
const nameOfFirst = async (page: Page, id: string) => (await cards(page, id).first().locator('.card-title').innerText()).replace(/\s*Tier \d$/, '').trim();

test('accounts board: coverage against tier sizes, keyboard and mouse moves, Shift+arrow selection, swimlanes, undo, reload', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'board');
  const strip = page.getByRole('region', { name: 'ABM coverage' });
  await expect(strip.getByText('25 of 25')).toBeVisible(); // the demo plan's tier 1 is at its size
  await expect(strip.getByText(/of what the primary scenario needs/)).toBeVisible();

  // Tier sizes are the plan's: bad input is refused beside its field, a good one moves the strip.
  await strip.getByRole('button', { name: 'Tier sizes…' }).click();
  const sizes = page.getByRole('dialog', { name: 'ABM tier sizes' });
  await sizes.getByLabel('Tier 1 accounts').fill('thirty');
  await sizes.getByRole('button', { name: 'Save sizes' }).click();
  await expect(sizes.getByText(/Tier 1 accounts must be/)).toBeVisible();
  await sizes.getByLabel('Tier 1 accounts').fill('30');
  await sizes.getByRole('button', { name: 'Save sizes' }).click();
  await expect(sizes).toBeHidden();
  await expect(strip.getByText('25 of 30')).toBeVisible();
  await expect(strip.getByText(/^5 to find/)).toBeVisible();

  // An XSS name is text on its card.
  const planId = await page.evaluate(async () => ((await (await fetch('./api/plans.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { value: { id: string }[] }).value[0]!.id);
  await api(page, 'accounts.create', { planId, account: { name: '<img src=x onerror=window.__xss=1>', domain: 'xss-board.com', stage: 'customer', tier: 1 } });
  await page.reload();
  await page.getByLabel('Search accounts on the board').fill('xss-board');
  await expect(cards(page, 'customer')).toHaveCount(1);
  await expect(card(page, '<img src=x onerror=window.__xss=1>')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await page.getByLabel('Search accounts on the board').fill('');

  // Keyboard only: M opens "Move to…", Enter moves, focus stays on the card, the live region says so.
  const first = await nameOfFirst(page, 'target');
  const targets = await countIn(page, 'target');
  await card(page, first).first().focus();
  await page.keyboard.press('m');
  await expect(page.getByRole('menu', { name: `Move ${first} to` })).toBeFocused();
  await page.keyboard.press('Enter'); // Aware, the first other column
  await expect(column(page, 'target').locator('.board-column-head .muted')).toHaveText(String(targets - 1));
  await expect(card(page, first).first()).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Moved ${first} to Aware` })).toHaveCount(1);
  await expect(card(page, first).first()).toContainText('Stage target → aware');
  // Alt+ArrowRight: one more column along.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(column(page, 'engaged').locator('.card-title', { hasText: first })).toHaveCount(1);

  // Undo and redo from the keyboard, one step per move.
  await page.locator('body').press('Control+z');
  await expect(column(page, 'aware').locator('.card-title', { hasText: first })).toHaveCount(1);
  await page.locator('body').press('Control+Shift+z');
  await expect(column(page, 'engaged').locator('.card-title', { hasText: first })).toHaveCount(1);

  // Shift+arrows select three cards; one move carries them all.
  const opportunities = await countIn(page, 'opportunity');
  await cards(page, 'target').first().focus();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByText('3 cards selected')).toBeVisible();
  await page.keyboard.press('m');
  await page.getByRole('menu', { name: 'Move 3 cards to' }).getByRole('menuitem', { name: 'Opportunity' }).click();
  const opportunityCount = column(page, 'opportunity').locator('.board-column-head .muted');
  await expect(opportunityCount).toHaveText(String(opportunities + 3));
  await page.locator('body').press('Control+z');
  await expect(opportunityCount).toHaveText(String(opportunities));
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByText(/cards selected/)).toBeHidden();
  // Shift+click selects a run of cards from the one clicked before (by name: a click scrolls the column).
  const run = await cards(page, 'aware').evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-card-id')!));
  await page.locator(`li.board-card[data-card-id="${run[0]}"]`).click();
  await page.locator(`li.board-card[data-card-id="${run[2]}"]`).click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 cards selected')).toBeVisible();
  await expect(page.locator(`li.board-card[data-card-id="${run[1]}"]`)).toHaveClass(/selected/);
  await page.getByRole('button', { name: 'Clear selection' }).click();

  // Dropped back where it was (on the top edge of the card below it): no change is stored, nothing to undo.
  const changes = async () => (await api(page, 'history.list', { planId, limit: 500 })).value as unknown as unknown[];
  const before = (await changes()).length;
  const [top, second] = await cards(page, 'target').evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-card-id')!));
  await page.locator(`li.board-card[data-card-id="${top}"]`).dragTo(page.locator(`li.board-card[data-card-id="${second}"]`), { targetPosition: { x: 40, y: 4 } });
  await page.waitForTimeout(300);
  expect((await changes()).length).toBe(before);

  // The mouse: drag the first target card onto the top of the first customer card.
  const dragged = await nameOfFirst(page, 'target');
  const customerTop = await nameOfFirst(page, 'customer');
  await card(page, dragged).first().dragTo(card(page, customerTop).first(), { targetPosition: { x: 40, y: 4 } });
  await expect(cards(page, 'customer').first().locator('.card-title')).toContainText(dragged);

  // Columns by tier; swimlanes by sales owner. A move to another lane hands the card to that owner.
  await page.getByLabel('Columns').selectOption('tier');
  await page.getByLabel('Swimlanes').selectOption('salesOwner');
  const lanes = page.getByRole('group', { name: /^Swimlane / });
  expect(await lanes.count()).toBeGreaterThan(2);
  const firstLane = lanes.first();
  const secondLaneName = (await lanes.nth(1).getAttribute('aria-label'))!.replace('Swimlane ', '');
  const moving = (await firstLane.locator('li.board-card .card-title').first().innerText()).replace(/\s*Tier \d$/, '').trim();
  await firstLane.locator('li.board-card').first().focus();
  await page.keyboard.press('m');
  await page.getByRole('menuitem', { name: `Swimlane: ${secondLaneName}` }).click();
  await expect(lanes.nth(1).locator('.card-title', { hasText: moving })).toHaveCount(1);
  await expect(card(page, moving).first()).toContainText(secondLaneName);

  // Reload: the board is as it was left.
  await page.reload();
  // The board's columns and swimlanes are kept across the reload too.
  await expect(page.getByLabel('Swimlanes')).toHaveValue('salesOwner');
  await expect(page.getByLabel('Columns')).toHaveValue('tier');
  await expect(page.getByRole('group', { name: `Swimlane ${secondLaneName}` }).locator('.card-title', { hasText: moving })).toHaveCount(1);
  await page.getByLabel('Swimlanes').selectOption('');
  await page.getByLabel('Columns').selectOption('stage');
  await expect(cards(page, 'customer').first().locator('.card-title')).toContainText(dragged);
  expect(pageErrors).toEqual([]);
});
