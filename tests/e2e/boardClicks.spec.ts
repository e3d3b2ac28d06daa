import type { Page } from '@playwright/test';
import { call, firstPlanId } from './api';
import { expect, openApp, test } from './fixtures';

// Issue 7 defect: with the activity panel below it, the content board's Delete did nothing. Two causes:
// the board shrank to make room for the panel (at 1280×800 its columns were a 6 px box that scrolled on
// its own and clipped every card), and a press on a card's button hands focus to the card, whose focus()
// scrolls a clipped card into view between mouse down and up, so the click lands beside the button.

const BOARDS = [
  {
    area: 'content',
    async seed(page: Page, planId: string, n: number) {
      for (let i = 1; i <= n; i++) await call(page, 'content.create', { planId, item: { title: `Card ${i}`, type: 'Deck', stage: 'decision' } });
    },
  },
  {
    area: 'budget',
    async seed(page: Page, planId: string, n: number) {
      for (let i = 1; i <= n; i++) await call(page, 'budget.create', { planId, line: { name: `Card ${i}`, channel: 'Events', team: 'marketing', month: '2026-10', planned: 1000 } });
    },
  },
] as const;

const card = (page: Page, title: string) => page.locator('li.board-card', { has: page.locator('.card-title', { hasText: new RegExp(`^${title}$`) }) });

async function openSeeded(page: Page, url: string, board: (typeof BOARDS)[number], n: number) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, url, board.area);
  await board.seed(page, await firstPlanId(page), n);
  await page.reload();
  await expect(card(page, `Card ${n}`)).toHaveCount(1);
  await expect(page.locator('details.activity')).toBeVisible();
}

for (const board of BOARDS) {
  test(`${board.area} board: the activity panel below leaves the board its height, and Delete deletes`, async ({ page, app, pageErrors }) => {
    await openSeeded(page, app.url, board, 6);
    // The columns are no scroll box of their own: every card shows whole, the view scrolls instead.
    const columns = page.locator('.board-columns');
    const { client, scroll } = await columns.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
    expect(scroll).toBeLessThanOrEqual(client + 1);
    expect((await columns.boundingBox())!.height).toBeGreaterThan(400);
    const panel = (await page.locator('details.activity').boundingBox())!;
    const lowest = (await card(page, 'Card 6').boundingBox())!;
    expect(panel.y).toBeGreaterThanOrEqual(lowest.y + lowest.height);

    await card(page, 'Card 4').getByRole('button', { name: 'Delete Card 4' }).click();
    await expect(card(page, 'Card 4')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });

  test(`${board.area} board: a card half below the fold takes a click on its Delete`, async ({ page, app, pageErrors }) => {
    // Still broken in Board.tsx (not ours to edit here): its focus effect calls el.focus() on the card
    // whenever focus is inside the board but not on the card, so a press on the card's own button moves
    // focus to the card and scrolls it into view before the mouse comes up. Fix: pull focus only when it
    // is outside the card, `!el.contains(document.activeElement)` instead of `document.activeElement !== el`.
    // Remove this line with that fix: the test then passes.
    test.fail();
    await openSeeded(page, app.url, board, 8);
    // Scroll the view until Card 5's Delete button sits at the bottom edge and the card's foot is cut off.
    const view = page.locator('section.view');
    const button = card(page, 'Card 5').getByRole('button', { name: 'Delete Card 5' });
    const viewBottom = await view.evaluate((v) => v.getBoundingClientRect().bottom);
    const before = (await button.boundingBox())!;
    await view.evaluate((v, by) => (v.scrollTop += by), before.y + before.height + 2 - viewBottom);
    const box = (await button.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewBottom);
    // A real mouse, near the button's lower edge, no scrolling by the test runner.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 3);
    await expect(card(page, 'Card 5')).toHaveCount(0, { timeout: 3000 });
    expect(pageErrors).toEqual([]);
  });
}
