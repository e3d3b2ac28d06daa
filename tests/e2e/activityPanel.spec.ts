import type { Page } from '@playwright/test';
import { call, freshPlan } from './api';
import { expect, openApp, test } from './fixtures';

const card = (page: Page, title: string) => page.locator('li.board-card', { has: page.locator('.card-title', { hasText: new RegExp(`^${title}$`) }) });
const entries = (page: Page) => page.locator('details.activity .activity-list > li');

test('activity panel: a board\'s own changes only, twenty at a time with "Show more", since a day the user picks', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'content');
  const planId = await freshPlan(page);
  for (let i = 1; i <= 22; i++) await call(page, 'content.create', { planId, item: { title: `Item ${i}`, type: 'Deck', stage: 'decision' } });
  await call(page, 'budget.create', { planId, line: { name: 'Not content', channel: 'Events', team: 'marketing', month: '2026-10', planned: 1 } });
  await page.reload();
  const panel = page.locator('details.activity');
  // A week before the app's today (2026-11-22), not the machine's.
  await expect(panel.getByRole('heading', { name: 'Changes since 2026-11-15' })).toBeVisible();
  await expect(panel.locator('summary')).toContainText('20+ changes');
  await panel.locator('summary').click();
  await expect(entries(page)).toHaveCount(20);
  await expect(entries(page).first()).toContainText('Added content item Item 22');
  await panel.getByRole('button', { name: 'Show more' }).click();
  await expect(entries(page)).toHaveCount(22);
  await expect(entries(page).last()).toContainText('Added content item Item 1');
  await expect(panel.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  await expect(panel).not.toContainText('Not content');
  // Another day starts again from the first twenty (every change here is today's, 2026-11-22); no day after today.
  await panel.getByLabel('Since').fill('2026-11-22');
  await expect(panel.getByRole('heading', { name: 'Changes since 2026-11-22' })).toBeVisible();
  await expect(entries(page)).toHaveCount(20);
  await expect(panel.getByLabel('Since')).toHaveAttribute('max', '2026-11-22');
  expect(pageErrors).toEqual([]);
});

test('activity panel on the budget board: open while lines are moved, edited and undone, it follows each', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'budget');
  const planId = await freshPlan(page);
  await call(page, 'budget.create', { planId, line: { name: 'Trade show', channel: 'Events', team: 'marketing', month: '2026-11', planned: 60000 } });
  await page.reload();
  await page.locator('details.activity summary').click();
  await expect(entries(page)).toHaveCount(1);

  await card(page, 'Trade show').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(entries(page).first()).toContainText('Moved Trade show from Nov 2026 to Dec 2026');

  await card(page, 'Trade show').getByRole('button', { name: 'Edit Trade show' }).click();
  const form = page.getByRole('dialog', { name: 'Edit budget line: Trade show' });
  await form.getByLabel('Planned (USD)').fill('75000');
  await form.getByRole('button', { name: 'Save line' }).click();
  await expect(entries(page).first()).toContainText('Edited Trade show: Planned 60,000 → 75,000');

  await page.locator('body').press('Control+z');
  await expect(entries(page).first().locator('.badge')).toHaveText('undone');
  await expect(entries(page)).toHaveCount(3);
  expect(pageErrors).toEqual([]);
});
