import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { budgetLineInputSchema } from '../../shared/contract/budget';
import { contentInputSchema } from '../../shared/contract/content';
import { DEMO_FUNDED_SHARE, demoBudget } from '../../shared/demo/budgetDemo';
import { demoContent } from '../../shared/demo/contentDemo';
import { coverageIndustries, demoGapIndustry } from '../../shared/demo/demoIndustries';
import { DEMO_SEED, generateAccounts } from '../../shared/demo/generator';
import { MARKETING_OWNERS, SALES_OWNERS } from '../../shared/demo/names';
import { DEMO_ASSUMPTIONS } from '../../shared/demo/planningDemo';
import type { ContentItem } from '../../shared/domain/content';
import { CONTENT_STATUSES } from '../../shared/domain/content';
import { lineWarnings } from '../../shared/planning/budget';
import { contentFlags, industryCoverage, personaCoverage } from '../../shared/planning/content';
import { reverseFunnel } from '../../shared/planning/funnel';
import { planRange } from '../../shared/planning/periods';

const NOW = new Date('2026-11-22T10:00:00.000Z'); // FY2026 Q4: October done, November in flight, December ahead
const mqlsNeeded = (fiscalPeriod: string, a = DEMO_ASSUMPTIONS) => reverseFunnel(a, planRange(fiscalPeriod).months).total.mqls;
const funded = (lines: { expectedMqls: number }[]) => lines.reduce((s, l) => s + l.expectedMqls, 0);

describe('demo budget', () => {
  const { lines, cap } = demoBudget('FY2026 Q4', NOW, DEMO_ASSUMPTIONS, DEMO_SEED);

  it('is the same for the same plan, day and seed; another day changes the spend, never the plan', () => {
    expect(demoBudget('FY2026 Q4', NOW, DEMO_ASSUMPTIONS, DEMO_SEED)).toEqual({ lines, cap });
    expect(demoBudget('FY2026 Q4', NOW, DEMO_ASSUMPTIONS, DEMO_SEED + 1)).not.toEqual({ lines, cap });
    const later = demoBudget('FY2026 Q4', new Date('2026-12-20T10:00:00Z'), DEMO_ASSUMPTIONS, DEMO_SEED);
    const plan = (l: (typeof lines)[number]) => ({ ...l, committed: 0, actual: 0 });
    expect(later.cap).toBe(cap);
    expect(later.lines.map(plan)).toEqual(lines.map(plan));
    expect(later.lines.map((l) => l.actual)).not.toEqual(lines.map((l) => l.actual));
  });

  it('holds about twenty valid lines over every month, channel and team, within a cap a little above them', () => {
    expect(lines.length).toBeGreaterThanOrEqual(18);
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const l of lines) expect(budgetLineInputSchema.parse(l)).toEqual(l);
    expect(new Set(lines.map((l) => l.month))).toEqual(new Set(['2026-10', '2026-11', '2026-12']));
    expect(new Set(lines.map((l) => l.channel))).toEqual(new Set(['Paid media', 'Events', 'Content', 'ABM programmes', 'SDR', 'Sales enablement', 'Martech', 'Agencies']));
    expect(new Set(lines.map((l) => l.team))).toEqual(new Set(['marketing', 'sales', 'joint']));
    const planned = lines.reduce((s, l) => s + l.planned, 0);
    expect(planned).toBeLessThanOrEqual(cap);
    expect(cap).toBeLessThan(planned * 1.15);
    expect(lines.filter((l) => l.notes).length).toBeGreaterThanOrEqual(3);
  });

  it('is spent as far as today: past months in full, the current one in part, later ones not at all', () => {
    const spent = (month: string) => lines.filter((l) => l.month === month);
    for (const l of spent('2026-10')) expect(l.actual).toBeGreaterThan(l.planned * 0.85);
    const november = spent('2026-11');
    expect(november.reduce((s, l) => s + l.actual, 0) / november.reduce((s, l) => s + l.planned, 0)).toBeGreaterThan(0.4);
    expect(november.reduce((s, l) => s + l.actual, 0) / november.reduce((s, l) => s + l.planned, 0)).toBeLessThan(0.9);
    for (const l of spent('2026-12')) expect(l.actual).toBe(0);
    for (const l of lines) expect(l.actual).toBeLessThanOrEqual(l.committed);
    const over = lines.filter((l) => lineWarnings(l).includes('committed_over_planned'));
    expect(over.length).toBeGreaterThanOrEqual(1);
    expect(over.length).toBeLessThanOrEqual(2);
  });

  it("funds 80–90% of the MQLs the plan needs, computed from the assumptions, for any plan or seed", () => {
    for (const [period, assumptions, seed] of [
      ['FY2026 Q4', DEMO_ASSUMPTIONS, DEMO_SEED],
      ['FY2027 Q1', DEMO_ASSUMPTIONS, 11],
      ['FY2027', DEMO_ASSUMPTIONS, 5],
      ['FY2026 Q4', { ...DEMO_ASSUMPTIONS, bookingsTarget: 3_000_000, mqlToSqlRate: 20 }, DEMO_SEED],
    ] as const) {
      const budget = demoBudget(period, NOW, assumptions, seed);
      const share = funded(budget.lines) / mqlsNeeded(period, assumptions);
      expect(share, `${period} seed ${seed}`).toBeGreaterThanOrEqual(DEMO_FUNDED_SHARE.min - 0.01);
      expect(share, `${period} seed ${seed}`).toBeLessThanOrEqual(DEMO_FUNDED_SHARE.max + 0.01);
      expect(DEMO_FUNDED_SHARE.min).toBeGreaterThanOrEqual(0.8);
      expect(DEMO_FUNDED_SHARE.max).toBeLessThanOrEqual(0.9);
      expect(new Set(budget.lines.map((l) => l.month)).size).toBe(planRange(period).months.length);
    }
  });

  it('has no actuals for a plan that has not started, and none missing for one that is over', () => {
    expect(demoBudget('FY2027 Q2', NOW, DEMO_ASSUMPTIONS, DEMO_SEED).lines.every((l) => l.actual === 0)).toBe(true);
    expect(demoBudget('FY2026 Q2', NOW, DEMO_ASSUMPTIONS, DEMO_SEED).lines.every((l) => l.committed === 0 || l.actual > 0)).toBe(true);
  });
});

describe('demo content', () => {
  const accounts = generateAccounts(300).map((a) => ({ ...a, id: randomUUID() as string }));
  const generated = demoContent('FY2026 Q4', NOW, accounts, DEMO_SEED);
  const items = generated.map((g, i): ContentItem => ({ ...g.fields, statusSince: g.statusSince, id: `c${i}`, planId: 'p', rank: 'a0', revision: 1, createdAt: '', updatedAt: '' }));
  const byId = new Map(accounts.map((a) => [a.id, a]));

  it('is about thirty valid items in every status, from the demo owners, asked for by its sales reps', () => {
    expect(items.length).toBeGreaterThanOrEqual(26);
    expect(items.length).toBeLessThanOrEqual(34);
    for (const { fields } of generated) expect(contentInputSchema.parse(fields)).toEqual(fields);
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(CONTENT_STATUSES));
    expect(new Set(items.map((i) => i.stage)).size).toBe(4);
    expect(new Set(items.map((i) => i.type)).size).toBeGreaterThanOrEqual(8);
    for (const i of items) if (i.owner) expect(MARKETING_OWNERS).toContain(i.owner);
    const requests = items.filter((i) => i.requester);
    expect(requests.length).toBeGreaterThanOrEqual(5);
    for (const r of requests) expect([SALES_OWNERS.includes(r.requester), r.reason.length > 10]).toEqual([true, true]);
    for (const p of items.filter((i) => i.status === 'published')) expect([p.usageCount > 0, p.influencedPipeline > 0, p.url.startsWith('https://')]).toEqual([true, true, true]);
    expect(demoContent('FY2026 Q4', NOW, accounts, DEMO_SEED)).toEqual(generated);
  });

  it('has a few overdue items and a stale request or two on the demo day, due dates never before the plan', () => {
    const flagged = (flag: string) => items.filter((i) => contentFlags(i, NOW).includes(flag as 'overdue'));
    expect(flagged('overdue').length).toBeGreaterThanOrEqual(2);
    expect(flagged('overdue').length).toBeLessThanOrEqual(4);
    expect(flagged('stale').length).toBeGreaterThanOrEqual(1);
    expect(flagged('stale').length).toBeLessThanOrEqual(2);
    for (const i of items) if (i.dueDate) expect(i.dueDate >= '2026-10-01').toBe(true);
    // Early in a quarter dates are held inside the plan rather than before it.
    for (const { fields } of demoContent('FY2026 Q4', new Date('2026-10-02T09:00:00Z'), accounts, DEMO_SEED)) if (fields.dueDate) expect(fields.dueDate >= '2026-10-01').toBe(true);
  });

  it('links only tier-1 accounts, of the industry it is tagged with', () => {
    const linked = items.filter((i) => i.accountIds.length);
    expect(linked.length).toBeGreaterThanOrEqual(5);
    for (const i of linked) {
      for (const id of i.accountIds) {
        expect(byId.get(id)?.tier).toBe(1);
        if (i.industries.length) expect(byId.get(id)!.industry).toBe(i.industries[0]);
      }
    }
  });

  it('leaves gaps to find: no live decision piece for the VP Operations, and a tier-1 industry with nothing', () => {
    const personas = personaCoverage(items);
    expect(personas.rows).toContain('VP Operations');
    expect(personas.counts[personas.rows.indexOf('VP Operations')]![personas.stages.indexOf('decision')]).toBe(0);
    const gap = demoGapIndustry(accounts)!;
    expect(accounts.filter((a) => a.tier === 1 && a.industry === gap).length).toBeGreaterThanOrEqual(2);
    const industries = industryCoverage(items, accounts);
    expect(industries.counts[industries.rows.indexOf(gap)]).toEqual([0, 0, 0, 0]);
    // Every other industry of the tier-1 and tier-2 accounts gets something.
    expect(industries.counts.filter((row) => row.every((n) => n === 0))).toHaveLength(1);
    expect(coverageIndustries(accounts)).not.toContain(gap);
  });

  it('still works for plans with few or no accounts', () => {
    expect(demoContent('FY2027 Q1', NOW, [], 3).every((g) => g.fields.accountIds.length === 0 && g.fields.industries.length === 0)).toBe(true);
    const one = generateAccounts(1).map((a) => ({ ...a, id: randomUUID() as string }));
    expect(demoGapIndustry(one)).toBeNull();
    expect(demoContent('FY2027 Q1', NOW, one, 3).some((g) => g.fields.accountIds.includes(one[0]!.id))).toBe(true);
  });
});
