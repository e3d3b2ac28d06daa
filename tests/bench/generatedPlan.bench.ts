// Generated plans (first-run demo, e2e scale seeds, benches) must stay quick to write at 10,000 accounts:
// createGeneratedPlan against the bare account insert it is built around, measured in the same run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { bench, describe } from 'vitest';
import { openCore } from '../../electron/core/core';
import { createGeneratedPlan } from '../../electron/core/demo';
import { accountsRepo } from '../../electron/core/repositories/accounts.repo';
import { plansRepo } from '../../electron/core/repositories/plans.repo';
import { toNewAccountRow } from '../../electron/core/services/mappers';
import { generateAccounts } from '../../shared/demo/generator';

const N = 10_000;
const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-gen-'));
const header = { name: 'Scale', fiscalPeriod: 'FY2027 Q1', currency: 'USD' };

describe(`write a generated plan of ${N.toLocaleString('en-US')} accounts`, async () => {
  const core = await openCore({ dbPath: join(dir, 'gen.sqlite'), context: { now: () => '2027-02-10T12:00:00.000Z' } });
  const opts = { iterations: 15, warmupIterations: 2 };
  bench('createGeneratedPlan (accounts, targets, SLAs, KPIs, budget, content)', async () => {
    const id = await createGeneratedPlan(core.context, header, N);
    await plansRepo(core.store.db).delete(id);
  }, opts);
  bench('reference: generate and insert the accounts alone, in one transaction', async () => {
    const id = randomUUID();
    const now = core.context.now();
    await core.store.db.transaction().execute(async (trx) => {
      await plansRepo(trx).insert({ id, name: header.name, fiscal_period: header.fiscalPeriod, currency: header.currency, scenario_of: null, now });
      accountsRepo(trx).insertMany(generateAccounts(N).map((a) => toNewAccountRow(randomUUID(), id, a, now, 'a0')), core.store.sqlite);
    });
    await plansRepo(core.store.db).delete(id);
  }, opts);
});
