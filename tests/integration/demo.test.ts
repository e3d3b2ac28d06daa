import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir, testCore } from './helpers';

describe('first-run demo plan', () => {
  it('is created once in a new store, with ABM tiering, and not recreated after deletion', async () => {
    const dbPath = join(tempDir(), 'tandem.sqlite');
    const first = await testCore({ dbPath, seedDemo: true });
    const [demo] = await first.must('plans.list', {});
    expect(demo).toMatchObject({ fiscalPeriod: 'FY2027 Q1', currency: 'USD', accountCount: 300 });
    const accounts = await first.must('accounts.list', { planId: demo!.id });
    const tiers = [1, 2, 3].map((t) => accounts.filter((a) => a.tier === t).length);
    expect(tiers).toEqual([25, 75, 200]);
    expect(new Set(accounts.map((a) => a.domain)).size).toBe(300);
    await first.must('plans.delete', { id: demo!.id });
    await first.close();

    const second = await testCore({ dbPath, seedDemo: true });
    expect(await second.must('plans.list', {})).toEqual([]);
  });
});
