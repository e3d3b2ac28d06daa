import type { Page } from '@playwright/test';

/** Calls an op from the page, as the app does: for setting up data quickly, or changing it "elsewhere". */
export async function call<T = unknown>(page: Page, op: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([o, i]) => {
      const res = await fetch(`/api/${o}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(i) });
      const body = (await res.json()) as { ok: boolean; value: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(body.error!.message);
      return body.value;
    },
    [op, input] as const,
  ) as Promise<T>;
}

/** The id of the plan on screen (the first-run demo plan in a fresh store). */
export const firstPlanId = async (page: Page) => (await call<{ id: string }[]>(page, 'plans.list', {}))[0]!.id;

/**
 * A new empty plan of the demo store's quarter, on screen (the demo plan already holds budget lines and
 * content): made through the API and remembered as the last plan, as choosing it would.
 */
export async function freshPlan(page: Page, name = 'Test plan'): Promise<string> {
  const { id } = await call<{ id: string }>(page, 'plans.create', { name, fiscalPeriod: 'FY2026 Q4', currency: 'USD' });
  await page.evaluate((planId) => localStorage.setItem('tandem.lastPlanId', planId), id);
  await page.reload();
  return id;
}
