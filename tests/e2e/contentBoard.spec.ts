import type { Locator, Page } from '@playwright/test';
import { HEATMAP_GRID } from '../../renderer/src/features/boards/content/heatmapGrid';
import { demoContent } from '../../shared/demo/contentDemo';
import { demoGapIndustry } from '../../shared/demo/demoIndustries';
import { DEMO_ACCOUNT_COUNT, DEMO_SEED, generateAccounts } from '../../shared/demo/generator';
import { CONTENT_STATUSES } from '../../shared/domain/content';
import { contentFlags } from '../../shared/planning/content';
import { E2E_TODAY } from './appProcess';
import { call, freshPlan } from './api';
import { expect, newPlan, openApp, test } from './fixtures';

const column = (page: Page, status: string) => page.locator(`section.board-column[data-column="${status}"]`);
const card = (page: Page, title: string) => page.locator('li.board-card', { has: page.locator('.card-title', { hasText: title }) });

async function addItem(page: Page, title: string, stage: string, personas: string) {
  await page.getByRole('button', { name: '+ Add content' }).click();
  const form = page.getByRole('dialog', { name: 'New content item' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Funnel stage').selectOption({ label: stage });
  await form.getByLabel('Personas').fill(personas);
  await form.getByRole('button', { name: 'Add item' }).click();
  await expect(form).toBeHidden();
}

// The first-run demo plan: content in every status, what sales asked for and why, and the gaps to close.
test('content board, demo plan: every status, overdue and stale flags, requests with reasons, and the gaps both heatmaps show', async ({ page, app, pageErrors }) => {
  const today = new Date(`${E2E_TODAY}T12:00:00Z`);
  const accounts = generateAccounts(DEMO_ACCOUNT_COUNT, DEMO_SEED).map((a) => ({ ...a, id: a.domain }));
  const demo = demoContent('FY2026 Q4', today, accounts, DEMO_SEED).map((d) => ({ ...d.fields, statusSince: d.statusSince }));
  const flagged = (flag: string) => demo.filter((i) => contentFlags(i, today).includes(flag as 'stale')).length;
  expect([flagged('overdue') >= 2, flagged('stale') >= 1]).toEqual([true, true]); // so the counts below are not zero
  // Columns render only the cards in view: a tall window shows every card, so flags can be counted.
  await page.setViewportSize({ width: 1600, height: 3200 });
  await openApp(page, app.url, 'content');
  for (const status of CONTENT_STATUSES) await expect(column(page, status).locator('li.board-card')).toHaveCount(demo.filter((i) => i.status === status).length);
  await expect(page.locator('.flag-overdue')).toHaveCount(flagged('overdue'));
  await expect(page.locator('.flag-stale')).toHaveCount(flagged('stale'));
  const request = demo.find((i) => i.status === 'requested' && i.reason)!;
  await expect(card(page, request.title)).toContainText(`“${request.reason}” — ${request.requester}`);

  await expect(page.getByRole('img', { name: /Content by funnel stage and persona/ })).toHaveAttribute('aria-label', /Gaps: .*VP Operations at Decision/);
  const gap = demoGapIndustry(accounts)!;
  await expect(page.getByRole('img', { name: /industry of tier-1 and tier-2 accounts/ })).toHaveAttribute('aria-label', new RegExp(['Awareness', 'Consideration', 'Decision', 'Expansion'].map((s) => `${gap} at ${s}`).join('; ')));
  expect(pageErrors).toEqual([]);
});

test('content board: sales requests content, cards move by keyboard, the coverage heatmap filters the board, deletes undo', async ({ page, startApp, pageErrors }) => {
  // A plan of its own, empty: the demo plan already holds content (the test above).
  const app = await startApp({});
  await openApp(page, app.url, 'content');
  await newPlan(page, 'Q4 joint plan', 'FY2026 Q4');
  await expect(page.getByText('No content yet.')).toBeVisible();

  // A request from sales, for an account, with its reason; a bad link is refused beside its field.
  await page.getByRole('button', { name: 'Request content' }).click();
  const request = page.getByRole('dialog', { name: 'Request content' });
  await request.getByLabel('Title').fill('Battlecard vs Initech');
  await request.getByLabel('Requested by').fill('Maya Patel');
  await request.getByLabel('Why sales needs it').fill('Lost two deals to Initech');
  await request.getByRole('button', { name: 'Send request' }).click();
  await expect(request).toBeHidden();
  await expect(column(page, 'requested').locator('.card-title')).toHaveText(['Battlecard vs Initech']);
  await expect(card(page, 'Battlecard vs Initech')).toContainText('“Lost two deals to Initech” — Maya Patel');

  await page.getByRole('button', { name: '+ Add content' }).click();
  const form = page.getByRole('dialog', { name: 'New content item' });
  await form.getByLabel('Title').fill('Bad link');
  await form.getByLabel('Link').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Add item' }).click();
  await expect(form.getByText('Link must be a web address starting with http:// or https://')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();

  await addItem(page, 'CFO ROI case study', 'Decision', 'CFO');
  await addItem(page, 'CIO security brief', 'Consideration', 'CIO, CFO');

  // Keyboard: the request moves to Planned through the Move-to menu.
  await card(page, 'Battlecard vs Initech').focus();
  await page.keyboard.press('m');
  await page.keyboard.press('Enter'); // the first other column: Planned
  await expect(column(page, 'planned').locator('.card-title')).toContainText(['Battlecard vs Initech']);
  await expect(column(page, 'requested').locator('li.board-card')).toHaveCount(0);

  // The heatmap: CFO × Decision filters the board to that cell's items (rows bottom-up: CFO, CIO).
  const chart = page.getByRole('img', { name: /Content by funnel stage and persona/ });
  await expect(chart).toHaveAttribute('aria-label', /Gaps: .*CFO at Awareness/);
  await chart.scrollIntoViewIfNeeded(); // the mouse clicks where the chart is on screen
  const box = (await chart.boundingBox())!;
  const { left, right, top, bottom } = HEATMAP_GRID;
  const rows = 2;
  await page.mouse.click(box.x + left + ((box.width - left - right) / 4) * 2.5, box.y + top + ((box.height - top - bottom) / rows) * 1.5);
  await expect(page.getByRole('status').filter({ hasText: 'CFO at Decision' })).toBeVisible();
  await expect(page.locator('li.board-card .card-title')).toHaveText(['CFO ROI case study']);
  await page.getByRole('button', { name: 'Clear the coverage filter' }).click();
  await expect(page.locator('li.board-card')).toHaveCount(3);

  // Delete, then the toast's Undo brings it back.
  await card(page, 'CIO security brief').getByRole('button', { name: 'Delete CIO security brief' }).click();
  await expect(card(page, 'CIO security brief')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'CIO security brief')).toHaveCount(1);

  await page.reload();
  await expect(column(page, 'planned').locator('.card-title')).toHaveText(['CFO ROI case study', 'CIO security brief', 'Battlecard vs Initech']);
  expect(pageErrors).toEqual([]);
});

test('content board: a card edited in every field, refusals said beside their fields, the save undone from its toast', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'content');
  const planId = await freshPlan(page);
  const acme = await call<{ id: string; name: string }>(page, 'accounts.create', { planId, account: { name: 'Acme', domain: 'acme.example' } });
  const globex = await call<{ id: string; name: string }>(page, 'accounts.create', { planId, account: { name: 'Globex', domain: 'globex.example' } });
  await call(page, 'content.create', { planId, item: { title: 'CFO deck', type: 'Deck', stage: 'decision', personas: ['CFO'], accountIds: [acme.id] } });
  await page.reload();
  await expect(card(page, 'CFO deck')).toContainText(`for ${acme.name}`);

  await card(page, 'CFO deck').getByRole('button', { name: 'Edit CFO deck' }).click();
  const form = page.getByRole('dialog', { name: 'Edit content: CFO deck' });
  await expect(form.getByLabel('Personas')).toHaveValue('CFO');
  await form.getByLabel('Title').fill('CFO ROI podcast');
  await form.getByLabel('Type').fill('Podcast'); // a type of its own
  await form.getByLabel('Funnel stage').selectOption({ label: 'Consideration' });
  await form.getByLabel('Status').selectOption({ label: 'Published' });
  await form.getByLabel('Owner').fill('Ana Ruiz');
  await form.getByLabel('Requested by').fill('Maya Patel');
  await form.getByLabel('Why sales needs it').fill('CFOs ask for proof');
  await form.getByLabel('Personas').fill('CFO, VP Finance');
  await form.getByLabel('Industries').fill('Software');
  await form.getByLabel('Link').fill('https://example.com/podcast');
  await form.getByLabel('Times sales used it').fill('12');
  await form.getByLabel('Influenced pipeline (USD)').fill('-5');
  await form.getByLabel('Due date').fill('2026-01-15');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText('Influenced pipeline must not be negative')).toBeVisible();
  await form.getByLabel('Influenced pipeline (USD)').fill('$250k');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText("Due date must be on or after the plan's start, 2026-10-01")).toBeVisible();
  await form.getByLabel('Due date').fill('2026-12-15');

  // An account picked here, then deleted elsewhere before the save: the refusal names it.
  await form.getByLabel('For accounts').fill(globex.name);
  await form.getByLabel('For accounts').press('Enter');
  await expect(form.getByRole('list', { name: 'Accounts it is for' })).toContainText(globex.name);
  await call(page, 'accounts.delete', { planId, id: globex.id });
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByText(`For accounts: ${globex.name} is not an account of this plan (deleted, or in another plan)`)).toBeVisible();
  await form.getByRole('button', { name: `Remove ${globex.name}` }).click();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();

  const edited = column(page, 'published').locator('li.board-card');
  await expect(edited).toHaveCount(1);
  await expect(edited).toContainText('CFO ROI podcast');
  await expect(edited).toContainText('Podcast · Consideration · CFO, VP Finance');
  await expect(edited).toContainText('Owner Ana Ruiz · Due 2026-12-15');
  const stored = (await call<{ title: string }[]>(page, 'content.list', { planId }))[0];
  expect(stored).toMatchObject({ requester: 'Maya Patel', reason: 'CFOs ask for proof', industries: ['Software'], url: 'https://example.com/podcast', usageCount: 12, influencedPipeline: 250000, accountIds: [acme.id] });

  // The toast's Undo puts every field back in one step.
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(column(page, 'planned').locator('.card-title')).toHaveText(['CFO deck']);
  await card(page, 'CFO deck').getByRole('button', { name: 'Edit CFO deck' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit content: CFO deck' }).getByLabel('Influenced pipeline (USD)')).toHaveValue('0');
  expect(pageErrors).toEqual([]);
});

const XSS = '<img src=x onerror="window.__xss=1">';

/** Hovers each cell of a coverage heatmap and returns the tooltips' text. */
async function hoverEveryCell(page: Page, chart: Locator) {
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  const { left, right, top, bottom, row } = HEATMAP_GRID;
  const rows = Math.round((box.height - top - bottom) / row);
  const seen: string[] = [];
  for (let r = 0; r < rows; r++) {
    for (let s = 0; s < 4; s++) {
      await page.mouse.move(box.x + left + ((box.width - left - right) / 4) * (s + 0.5), box.y + top + ((box.height - top - bottom) / rows) * (r + 0.5));
      const tip = chart.locator('div').filter({ hasText: ' · ' }).last();
      await expect(tip).toBeVisible();
      seen.push((await tip.textContent())!.trim());
    }
  }
  await page.mouse.move(0, 0);
  return seen;
}

test('content board: markup in titles, personas and industries stays text, heatmap tooltips too; search, filter and moves kept across views and reloads; a move undone, redone and in the activity panel', async ({ page, app, pageErrors }) => {
  await openApp(page, app.url, 'content');
  const planId = await freshPlan(page);
  const account = await call<{ id: string }>(page, 'accounts.create', { planId, account: { name: `Acme ${XSS}`, domain: 'acme-xss.example', industry: `Retail ${XSS}`, tier: 1 } });
  await call(page, 'content.create', { planId, item: { title: `Deck ${XSS}`, type: 'Deck', stage: 'decision', personas: [`CFO ${XSS}`], industries: [`Retail ${XSS}`], accountIds: [account.id] } });
  await call(page, 'content.create', { planId, item: { title: 'Webinar for CIOs', type: 'Webinar', stage: 'awareness', personas: ['CIO'] } });
  await page.reload();
  const deck = card(page, `Deck ${XSS}`);
  await expect(deck).toContainText(`for Acme ${XSS}`);
  await expect(deck).toContainText(`CFO ${XSS}`);

  // Every cell of both heatmaps hovered: each tooltip shows the names as text, and nothing ran.
  const persona = page.getByRole('img', { name: /Content by funnel stage and persona/ });
  const industry = page.getByRole('img', { name: /Content by funnel stage and industry/ });
  const personaTips = await hoverEveryCell(page, persona);
  expect(personaTips).toContain(`CFO ${XSS} · Decision: 1 item`);
  expect(personaTips).toContain(`CFO ${XSS} · Awareness: a gap, no content`);
  expect(await hoverEveryCell(page, industry)).toContain(`Retail ${XSS} · Decision: 1 item`);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  // Search and a coverage filter, kept when the user goes to another view and back, and after a reload.
  await page.getByRole('searchbox', { name: 'Search content' }).fill('webinar');
  await expect(page.locator('li.board-card .card-title')).toHaveText(['Webinar for CIOs']);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Content board', exact: true }).click();
  await expect(page.getByRole('searchbox', { name: 'Search content' })).toHaveValue('webinar');
  await expect(page.locator('li.board-card .card-title')).toHaveText(['Webinar for CIOs']);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search content' })).toHaveValue('webinar');
  await page.getByRole('searchbox', { name: 'Search content' }).fill('');
  await expect(page.locator('li.board-card')).toHaveCount(2);

  // The standup view open while the board changes: it follows the move, its undo and its redo.
  await page.getByText(/^Changes since 2026-11-15/).click();
  const activity = page.locator('details.activity');
  await activity.getByLabel(/Who are you\?/).fill('Maya Patel');
  await activity.getByRole('button', { name: 'Save' }).click();
  const today = activity.getByRole('region', { name: 'Today, Sunday 22 November 2026' });
  await expect(today.locator('.activity-list > li')).toHaveCount(2);
  await card(page, 'Webinar for CIOs').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(column(page, 'in_production').locator('.card-title')).toHaveText(['Webinar for CIOs']);
  const moved = today.locator('.activity-list > li').first();
  await expect(moved).toContainText('Moved Webinar for CIOs from Planned to In production');
  await expect(moved).toContainText(/Maya Patel · \d\d:\d\d UTC/);
  await page.locator('body').press('Control+z');
  await expect(column(page, 'planned').locator('.card-title')).toContainText(['Webinar for CIOs']);
  await expect(moved.locator('.badge')).toHaveText('undone');
  await page.locator('body').press('Control+Shift+z');
  await expect(column(page, 'in_production').locator('.card-title')).toHaveText(['Webinar for CIOs']);
  await expect(moved.locator('.badge')).toHaveCount(0);

  // A coverage cell as filter, kept across a reload with the board as it was left (rows bottom-up: CIO is on top).
  await persona.scrollIntoViewIfNeeded();
  const cbox = (await persona.boundingBox())!;
  const { left, right, top, bottom } = HEATMAP_GRID;
  await page.mouse.click(cbox.x + left + ((cbox.width - left - right) / 4) * 0.5, cbox.y + top + ((cbox.height - top - bottom) / 2) * 0.5);
  await expect(page.getByRole('status').filter({ hasText: 'CIO at Awareness' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'CIO at Awareness' })).toBeVisible();
  await expect(column(page, 'in_production').locator('.card-title')).toHaveText(['Webinar for CIOs']);
  await expect(page.locator('li.board-card')).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(pageErrors).toEqual([]);
});
