import { describe, expect, it } from 'vitest';
import type { Sla } from '../../shared/domain/sla';
import { DEFAULT_ASSUMPTIONS } from '../../shared/planning/funnel';
import { planBasis, planFigureFor, planFigureHeadline, planFigureRange } from '../../shared/planning/planFigures';
import { slaDrift, slaTargetIn } from '../../shared/planning/slaTarget';
import { SLA_TEMPLATES, templateByKey } from '../../shared/planning/slaTemplates';

// Defaults over FY2027 Q1: 960 MQLs, by month 328, 328, 304.
const basis = planBasis('FY2027 Q1', DEFAULT_ASSUMPTIONS);

describe('plan figures', () => {
  it('MQLs: a month its own, a quarter its months added up, a week pro rata by day (rounded up)', () => {
    expect(['2027-01', '2027-02', '2027-03'].map((m) => planFigureFor('mqls', basis, m))).toEqual([328, 328, 304]);
    expect(planFigureFor('mqls', basis, '2027-Q1')).toBe(960);
    expect(planFigureFor('mqls', basis, '2027-W02')).toBe(75); // 7 January days × 328/31 = 74.06
    expect(planFigureFor('mqls', basis, '2027-W05')).toBe(82); // Feb 1–7: 7 × 328/28 = 82 exactly, not 83
    // Mar 29 – Apr 4 straddles the plan's end: a whole week at March's rate, 7 × 304/31 = 68.6.
    expect(planFigureFor('mqls', basis, '2027-W13')).toBe(69);
  });

  it('a period outside the plan, or not a period, has no figure', () => {
    expect(planFigureFor('mqls', basis, '2027-04')).toBeNull();
    expect(planFigureFor('mqls', basis, '2027-Q2')).toBeNull();
    expect(planFigureFor('mqls', basis, 'junk')).toBeNull();
  });

  it('rates and follow-up come from the assumptions, whatever the period', () => {
    const b = planBasis('FY2027 Q1', { ...DEFAULT_ASSUMPTIONS, mqlToSqlRate: 30, followUpHours: 4, followUpCoverage: 90 });
    expect(planFigureFor('mql_to_sql_rate', b, '2027-02')).toBe(30);
    expect(planFigureFor('follow_up_hours', b, '2027-W03')).toBe(4);
    expect(planFigureFor('follow_up_coverage', b, '2027-Q1')).toBe(90);
  });

  it('the headline is the busiest period, so the stated target covers every period', () => {
    expect(planFigureHeadline('mqls', basis, 'month')).toBe(328);
    expect(planFigureHeadline('mqls', basis, 'quarter')).toBe(960);
    expect(planFigureHeadline('mql_to_sql_rate', basis, 'month')).toBe(25);
    expect(planFigureHeadline('mqls', planBasis('FY2027 Q1', { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 0 }), 'month')).toBe(0);
  });

  it('the range runs from the quietest period to the busiest, so a following SLA can say what it holds each period to', () => {
    expect(planFigureRange('mqls', basis, 'month')).toEqual({ min: 304, max: 328 });
    expect(planFigureRange('mqls', basis, 'quarter')).toEqual({ min: 960, max: 960 });
    expect(planFigureRange('mql_to_sql_rate', basis, 'week')).toEqual({ min: 25, max: 25 });
    expect(planFigureRange('mqls', planBasis('FY2027 Q1', { ...DEFAULT_ASSUMPTIONS, bookingsTarget: 0 }), 'week')).toEqual({ min: 0, max: 0 });
  });
});

describe('an SLA target linked to the plan', () => {
  const linked = (over: Partial<Sla>) => ({ target: 300, planFigure: 'mqls' as const, followsPlan: true, period: 'month' as const, ...over });
  it('follows the plan: each period is judged against the plan\'s figure for it', () => {
    expect(slaTargetIn(linked({}), basis, '2027-03')).toEqual({ target: 304, planValue: 304, drift: false });
  });
  it('keeps its own target and shows the drift when pinned', () => {
    expect(slaTargetIn(linked({ followsPlan: false }), basis, '2027-01')).toEqual({ target: 300, planValue: 328, drift: true });
    expect(slaTargetIn(linked({ followsPlan: false, target: 328 }), basis, '2027-01')).toEqual({ target: 328, planValue: 328, drift: false });
    expect(slaDrift(linked({ followsPlan: false }), basis)).toBe(328);
  });

  // One rule on the SLA page and the scorecard: a pinned SLA stating the busiest month's 328 has not
  // drifted in March, although March alone needs 304.
  it('drift is judged against what the plan would have the SLA state, not each period\'s own figure', () => {
    const pinned = linked({ followsPlan: false, target: 328 });
    expect(slaDrift(pinned, basis)).toBeNull();
    expect(slaTargetIn(pinned, basis, '2027-03')).toEqual({ target: 328, planValue: 304, drift: false });
    expect(slaDrift(linked({}), basis)).toBeNull();
    expect(slaDrift(linked({ followsPlan: false, planFigure: null }), basis)).toBeNull();
    expect(slaDrift(linked({ followsPlan: false }), null)).toBeNull();
    expect(slaDrift(linked({ followsPlan: false, target: 960, period: 'quarter' }), basis)).toBeNull();
  });
  it('without a link, or outside the plan, the SLA\'s own target stands', () => {
    expect(slaTargetIn(linked({ planFigure: null }), basis, '2027-01')).toEqual({ target: 300, planValue: null, drift: false });
    expect(slaTargetIn(linked({}), basis, '2027-04')).toEqual({ target: 300, planValue: null, drift: false });
    expect(slaTargetIn(linked({}), null, '2027-01')).toEqual({ target: 300, planValue: null, drift: false });
  });
});

describe('SLA templates', () => {
  const plan = planBasis('FY2027 Q1', { ...DEFAULT_ASSUMPTIONS, mqlToSqlRate: 30, followUpHours: 8, followUpCoverage: 90 });
  it('take their numbers from the plan, and follow it', () => {
    expect(templateByKey('mql_delivery')!.build(plan, '2027-01-10')).toMatchObject({ metric: 'mqls', target: 274, planFigure: 'mqls', followsPlan: true, period: 'month' });
    // The plan assumed 30%: the template must not say 25%.
    expect(templateByKey('mql_acceptance')!.build(plan, '2027-01-10')).toMatchObject({ metric: 'mql_to_sql_rate', target: 30, planFigure: 'mql_to_sql_rate', followsPlan: true });
    expect(templateByKey('follow_up_coverage')!.build(plan, '2027-01-10')).toMatchObject({ target: 90, planFigure: 'follow_up_coverage' });
    expect(templateByKey('follow_up_time')!.build(plan, '2027-01-10')).toMatchObject({ metric: 'median_follow_up_hours', target: 8, comparator: 'atMost', period: 'week', warningBand: 25, planFigure: 'follow_up_hours' });
  });
  it('without a plan, fall back to the planning defaults', () => {
    expect(templateByKey('mql_acceptance')!.build(null, '2027-01-10')).toMatchObject({ target: 25, followsPlan: true });
    expect(templateByKey('follow_up_time')!.build(null, '2027-01-10').target).toBe(24);
  });
  it('the lead-scoring agreement is reviewed 90 days out; the weak-evidence template is marked', () => {
    expect(templateByKey('lead_scoring')!.build(plan, '2027-01-10')).toMatchObject({ kind: 'agreement', reviewDate: '2027-04-10', planFigure: null, followsPlan: false });
    expect(SLA_TEMPLATES.filter((t) => t.weakEvidence).map((t) => t.key)).toEqual(['sales_contacts']);
  });
  it('every key finds its own template, and an unknown key none', () => {
    for (const t of SLA_TEMPLATES) expect(templateByKey(t.key)).toBe(t);
    expect(templateByKey('nope')).toBeUndefined();
  });
});
