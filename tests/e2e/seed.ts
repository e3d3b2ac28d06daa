import { openCore } from '../../electron/core/core';
import { createGeneratedPlan } from '../../electron/core/demo';

/** Writes a database holding one generated plan of `count` accounts (same generator as the demo). */
export async function seedPlan(dbPath: string, count: number, seed = 11) {
  const core = await openCore({ dbPath });
  await createGeneratedPlan(core.context, { name: `Scale test (${count.toLocaleString('en-US')} accounts)`, fiscalPeriod: 'FY2027 Q1', currency: 'USD' }, count, seed);
  await core.close();
}
