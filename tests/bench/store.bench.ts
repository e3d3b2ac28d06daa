// npm run bench: side-by-side ratios on this machine (not part of npm test).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { bench, describe } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { createGeneratedPlan } from '../../electron/core/demo';
import { accountsRepo } from '../../electron/core/repositories/accounts.repo';
import { toNewAccountRow } from '../../electron/core/services/mappers';
import { generateAccounts } from '../../shared/demo/generator';

const N = 10_000;
const rows = generateAccounts(N, 5);
const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
let round = 0;

async function freshPlan(): Promise<{ core: Core; planId: string }> {
  const core = await openCore({ dbPath: join(dir, `b${++round}.sqlite`) });
  const r = await core.dispatch('plans.create', { name: 'Bench', fiscalPeriod: 'FY2027', currency: 'USD' });
  if (!r.ok) throw new Error(r.error.message);
  return { core, planId: (r.value as { id: string }).id };
}

describe(`insert ${N.toLocaleString('en-US')} accounts in one transaction (rows mapped beforehand)`, async () => {
  const a = await freshPlan();
  const b = await freshPlan();
  const c = await freshPlan();
  const now = new Date().toISOString();
  // Every round deletes what it wrote, so the same ids can be reused and only the inserting is timed.
  const mapped = (planId: string) => rows.map((x) => toNewAccountRow(randomUUID(), planId, x, now, 'a0'));
  const rowsA = mapped(a.planId);
  const columnsB = Object.keys(mapped(b.planId)[0]!);
  const rowsB = mapped(b.planId).map((r) => Object.values(r));
  const rowsC = mapped(c.planId);
  const opts = { iterations: 10, warmupIterations: 2 };
  bench('repository insertMany (reused prepared statement, in the kysely transaction)', async () => {
    await a.core.store.db.transaction().execute(async (trx) => accountsRepo(trx).insertMany(rowsA, a.core.store.sqlite));
    a.core.store.sqlite.prepare('delete from accounts').run();
  }, opts);
  bench('before: kysely multi-row inserts, chunks of 500', async () => {
    await c.core.store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rowsC.length; i += 500) await trx.insertInto('accounts').values(rowsC.slice(i, i + 500)).execute();
    });
    c.core.store.sqlite.prepare('delete from accounts').run();
  }, opts);
  bench('reference: better-sqlite3 prepared statement in its own transaction', () => {
    const insert = b.core.store.sqlite.prepare(`insert into accounts (${columnsB.join(', ')}) values (${columnsB.map(() => '?').join(', ')})`);
    b.core.store.sqlite.transaction(() => {
      for (const r of rowsB) insert.run(r);
    })();
    b.core.store.sqlite.prepare('delete from accounts').run();
  }, opts);
});

describe(`list ${N.toLocaleString('en-US')} accounts`, async () => {
  const core = await openCore({ dbPath: join(dir, 'list.sqlite') });
  const planId = await createGeneratedPlan(core.context, { name: 'Big', fiscalPeriod: 'FY2027', currency: 'USD' }, N);
  bench('through the dispatcher (schema check, SQL, mapping to domain objects)', async () => {
    await core.dispatch('accounts.list', { planId });
  }, { iterations: 20 });
  bench('reference: raw better-sqlite3 select', () => {
    core.store.sqlite.prepare('select * from accounts where plan_id = ? order by name, id').all(planId);
  }, { iterations: 20 });
});

describe('dashboard for a year plan (12 months, 52 weeks of snapshots, 6 SLAs)', async () => {
  const core = await openCore({ dbPath: join(dir, 'dash.sqlite'), context: { now: () => '2027-12-15T12:00:00.000Z' } });
  const planId = await createGeneratedPlan(core.context, { name: 'Year', fiscalPeriod: 'FY2027', currency: 'USD' }, 300);
  bench('dashboard.get (all)', async () => {
    await core.dispatch('dashboard.get', { planId, selection: 'all' });
  }, { iterations: 30 });
  bench('reference: kpis.list alone (the rows it reads)', async () => {
    await core.dispatch('kpis.list', { planId });
  }, { iterations: 30 });
});
