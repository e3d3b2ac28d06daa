import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir, testCore } from './helpers';

const NOW = '2026-11-22T10:00:00.000Z';

describe('first-run demo plan', () => {
  it('is the current quarter, created once in a new store, and not recreated after deletion', async () => {
    const dbPath = join(tempDir(), 'tandem.sqlite');
    const first = await testCore({ dbPath, seedDemo: true, context: { now: () => NOW } });
    const [demo] = await first.must('plans.list', {});
    expect(demo).toMatchObject({ name: 'FY2026 Q4 Joint Revenue Plan (demo)', fiscalPeriod: 'FY2026 Q4', currency: 'USD', accountCount: 300 });
    const accounts = await first.must('accounts.list', { planId: demo!.id });
    const tiers = [1, 2, 3].map((t) => accounts.filter((a) => a.tier === t).length);
    expect(tiers).toEqual([25, 75, 200]);
    expect(new Set(accounts.map((a) => a.domain)).size).toBe(300);
    await first.must('plans.delete', { id: demo!.id });
    await first.close();

    const second = await testCore({ dbPath, seedDemo: true });
    expect(await second.must('plans.list', {})).toEqual([]);
  });

  it('holds a target scenario, SLAs from the templates, and snapshots only for periods that have started', async () => {
    const core = await testCore({ seedDemo: true, context: { now: () => NOW } });
    const [demo] = await core.must('plans.list', {});
    const planId = demo!.id;
    expect(await core.must('targets.list', { planId })).toMatchObject([{ name: 'Base', isPrimary: true, assumptions: { bookingsTarget: 1_800_000 } }]);
    const slas = await core.must('slas.list', { planId });
    expect(slas.map((s) => s.templateKey)).toEqual(['mql_delivery', 'mql_acceptance', 'follow_up_coverage', 'follow_up_time', 'win_loss_capture', 'lead_scoring']);
    const snapshots = await core.must('kpis.list', { planId });
    const months = new Set(snapshots.filter((s) => /^\d{4}-\d{2}$/.test(s.period)).map((s) => s.period));
    expect([...months].sort()).toEqual(['2026-10', '2026-11']); // December has not started on Nov 22
    const dashboard = await core.must('dashboard.get', { planId, selection: 'all' });
    const statuses = new Set(dashboard.scorecard.map((r) => r.evaluation.status));
    expect(statuses.has('met') && statuses.has('at_risk')).toBe(true);
    expect(dashboard.alignment.score).toBeGreaterThan(0);
  });
});
