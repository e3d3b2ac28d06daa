import { join } from 'node:path';
import { expect, grid, openApp, test } from './fixtures';

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
}
