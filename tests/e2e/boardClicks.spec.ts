import type { Page } from '@playwright/test';
import { call, freshPlan } from './api';
import { expect, openApp, test } from './fixtures';

// Issue 7 defect: with the activity panel below it, the content board's Delete did nothing. Two causes,
// each guarded here: the board shrank to make room for the panel (at 1280×800 its columns became a 6 px
// box that scrolled on its own and clipped every card), and a focus effect in Board.tsx moved focus from
// a pressed card button to its card, whose focus() scrolled a clipped card between mouse down and up, so
// the click landed beside the button.

const BOARDS = [
  {
    area: 'content',
    async seed(page: Page, planId: string, n: number) {
      const personas = ['CFO', 'CIO', 'VP Sales', 'CMO'];
      const stages = ['awareness', 'consideration', 'decision', 'expansion'];
      for (let i = 1; i <= n; i++) await call(page, 'content.create', { planId, item: { title: `Card ${i}`, type: 'Deck', stage: stages[i % 4], personas: [personas[i % 4]] } });
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
  await board.seed(page, await freshPlan(page), n);
  await page.reload();
  await expect(card(page, 'Card 1')).toHaveCount(1);
  await expect(page.locator('details.activity')).toBeVisible();
}

for (const board of BOARDS) {
  test(`${board.area} board: the activity panel below leaves the board its height, and Delete deletes`, async ({ page, app, pageErrors }) => {
    await openSeeded(page, app.url, board, 12);
    // More than the window holds, so the view scrolls: its parts must not shrink to fit instead.
    const view = await page.locator('section.view').evaluate((v) => ({ client: v.clientHeight, scroll: v.scrollHeight }));
    expect(view.scroll).toBeGreaterThan(view.client);
    // The columns are no scroll box of their own: the board keeps its height above the panel.
    const columns = page.locator('.board-columns');
    const { client, scroll } = await columns.evaluate((el) => ({ client: el.clientHeight, scroll: el.scrollHeight }));
    expect(scroll).toBeLessThanOrEqual(client + 1);
    expect((await columns.boundingBox())!.height).toBeGreaterThan(400);
    const panel = (await page.locator('details.activity').boundingBox())!;
    // Nothing of the board runs under the panel (a board shrunk to fit let its columns overflow it).
    const columnsEnd = await page.locator('section.board-column').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom)));
    expect(panel.y).toBeGreaterThanOrEqual(columnsEnd);

    await card(page, 'Card 4').getByRole('button', { name: 'Delete Card 4' }).click();
    await expect(card(page, 'Card 4')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });

  test(`${board.area} board: a card half out of its scroll box takes a click on its Delete`, async ({ page, app, pageErrors }) => {
    // The second cause, once in Board.tsx: a focus effect called el.focus() on the card whenever focus
    // was inside the board but not on the card, so a press on the card's own button moved focus to the
    // card and scrolled it into view before the mouse came up. This keeps it from coming back.
    await openSeeded(page, app.url, board, 8);
    // Scroll the box Card 5 scrolls in (its column, or the view) until its Delete button sits at the
    // bottom edge and the card's foot is cut off.
    const button = card(page, 'Card 5').getByRole('button', { name: 'Delete Card 5' });
    const edge = await button.evaluate((b) => {
      let box = b.parentElement!;
      while (box !== document.body && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement!;
      box.scrollIntoView({ block: 'nearest' });
      box.scrollTop += b.getBoundingClientRect().bottom + 2 - box.getBoundingClientRect().bottom;
      return box.getBoundingClientRect().bottom;
    });
    const box = (await button.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(edge);
    expect((await card(page, 'Card 5').boundingBox())!.y + (await card(page, 'Card 5').boundingBox())!.height).toBeGreaterThan(edge);
    // A real mouse, near the button's lower edge, no scrolling by the test runner.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 3);
    await expect(card(page, 'Card 5')).toHaveCount(0, { timeout: 3000 });
    expect(pageErrors).toEqual([]);
  });
}
