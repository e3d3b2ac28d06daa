import { describe, expect, it } from 'vitest';
import { accountsRepo } from '../../electron/core/repositories/accounts.repo';
import { toNewAccountRow } from '../../electron/core/services/mappers';
import { generateAccounts } from '../../shared/demo/generator';
import { testPlan } from './helpers';

describe('bulk inserts through prepared statements', () => {
  it('join the kysely transaction: a failure later in it rolls them back', async () => {
    const { core, planId } = await testPlan();
    const rows = generateAccounts(50, 1).map((a, i) => toNewAccountRow(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, planId, a, 'now', `a${i}`));
    const before = core.snapshot();
    await expect(
      core.store.db.transaction().execute(async (trx) => {
        accountsRepo(trx).insertMany(rows, core.store.sqlite);
        expect(core.store.sqlite.prepare('select count(*) as n from accounts').get()).toEqual({ n: 50 });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(core.snapshot()).toEqual(before);
  });

  it('refuse to run outside a transaction (another request\'s could be open on the connection)', async () => {
    const { core, planId } = await testPlan();
    const rows = generateAccounts(3, 2).map((a, i) => toNewAccountRow(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, planId, a, 'now', `a${i}`));
    expect(() => accountsRepo(core.store.db).insertMany(rows, core.store.sqlite)).toThrow('bulkInsert into accounts outside a transaction');
    expect(await core.must('accounts.list', { planId })).toEqual([]);
  });

  it('commit with the transaction they run in', async () => {
    const { core, planId } = await testPlan();
    const rows = generateAccounts(3, 2).map((a, i) => toNewAccountRow(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, planId, a, 'now', `a${i}`));
    await core.store.db.transaction().execute(async (trx) => accountsRepo(trx).insertMany(rows, core.store.sqlite));
    expect((await core.must('accounts.list', { planId })).map((a) => a.domain).sort()).toEqual(rows.map((r) => r.domain).sort());
  });
});
