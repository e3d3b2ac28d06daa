import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CONTENT_STATUSES } from '../../shared/domain/content';
import { budgetTotals, fundingCheck, lineWarnings } from '../../shared/planning/budget';
import { contentFlags } from '../../shared/planning/content';
import { reverseFunnel } from '../../shared/planning/funnel';
import { planRange } from '../../shared/planning/periods';
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

  it('holds a joint budget within its cap that funds 80–90% of the MQLs the primary scenario needs', async () => {
    const core = await testCore({ seedDemo: true, context: { now: () => NOW } });
    const [demo] = await core.must('plans.list', {});
    expect(demo).toMatchObject({ tierSizes: { 1: 25, 2: 75, 3: 200 }, revision: 1 });
    const lines = await core.must('budget.list', { planId: demo!.id });
    expect(lines.length).toBeGreaterThanOrEqual(18);
    expect(lines.length).toBeLessThanOrEqual(24);
    const [primary] = await core.must('targets.list', { planId: demo!.id });
    const totals = budgetTotals(lines, demo!.budgetCap, primary!.assumptions.mqlToSqlRate);
    expect(totals.planned).toBeLessThanOrEqual(demo!.budgetCap!);
    const funding = fundingCheck(totals, reverseFunnel(primary!.assumptions, planRange(demo!.fiscalPeriod).months).total.mqls);
    expect(funding.expected / funding.needed).toBeGreaterThanOrEqual(0.8);
    expect(funding.expected / funding.needed).toBeLessThanOrEqual(0.9);
    expect(funding.shortfallMoney).toBeGreaterThan(0);
    expect(lines.some((l) => lineWarnings(l).includes('committed_over_planned'))).toBe(true);
    expect(lines.filter((l) => l.month === '2026-12').every((l) => l.actual === 0)).toBe(true); // December has not started
    expect(new Set(lines.map((l) => l.rank)).size).toBe(lines.length);
  });

  it('holds about thirty content items in every status, some overdue and stale today, linked to its own tier-1 accounts', async () => {
    const core = await testCore({ seedDemo: true, context: { now: () => NOW } });
    const [demo] = await core.must('plans.list', {});
    const items = await core.must('content.list', { planId: demo!.id });
    expect(items.length).toBeGreaterThanOrEqual(26);
    expect(items.length).toBeLessThanOrEqual(34);
    for (const status of CONTENT_STATUSES) expect(items.some((i) => i.status === status), status).toBe(true);
    const flags = items.map((i) => contentFlags(i, new Date(NOW)));
    expect(flags.filter((f) => f.includes('overdue')).length).toBeGreaterThanOrEqual(2);
    expect(flags.filter((f) => f.includes('stale')).length).toBeGreaterThanOrEqual(1);
    const tier1 = new Set((await core.must('accounts.list', { planId: demo!.id })).filter((a) => a.tier === 1).map((a) => a.id));
    const links = items.flatMap((i) => i.accountIds);
    expect(links.length).toBeGreaterThan(0);
    for (const id of links) expect(tier1.has(id)).toBe(true);
  });

  it('is copied whole by a duplicate: cap, tier sizes, budget lines, content with its status clocks and links to the copy\'s accounts', async () => {
    const core = await testCore({ seedDemo: true, context: { now: () => NOW } });
    const [demo] = await core.must('plans.list', {});
    const copy = await core.must('plans.duplicate', { id: demo!.id, name: 'What if' });
    expect(copy).toMatchObject({ budgetCap: demo!.budgetCap, tierSizes: demo!.tierSizes });
    const strip = <T extends { id: string; planId: string; createdAt: string; updatedAt: string }>(rows: T[]) => rows.map(({ id: _i, planId: _p, createdAt: _c, updatedAt: _u, ...rest }) => rest);
    expect(strip(await core.must('budget.list', { planId: copy.id }))).toEqual(strip(await core.must('budget.list', { planId: demo!.id })));
    const domains = async (planId: string) => new Map((await core.must('accounts.list', { planId })).map((a) => [a.id, a.domain]));
    const [mine, theirs] = [await domains(demo!.id), await domains(copy.id)];
    const linkedDomains = async (planId: string, names: Map<string, string>) =>
      (await core.must('content.list', { planId })).map(({ accountIds, id: _i, planId: _p, createdAt: _c, updatedAt: _u, ...rest }) => ({ ...rest, accounts: accountIds.map((id) => names.get(id)).sort() }));
    const copied = await linkedDomains(copy.id, theirs);
    expect(copied).toEqual(await linkedDomains(demo!.id, mine));
    expect(copied.filter((i) => i.accounts.length).every((i) => i.accounts.every((d) => d !== undefined))).toBe(true);
  });
});
