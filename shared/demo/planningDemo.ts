import type { KpiSnapshotFields } from '../domain/kpi';
import type { SlaFields } from '../domain/sla';
import type { TargetAssumptions } from '../planning/funnel';
import { elapsedFraction, parsePeriod, planPeriods } from '../planning/periods';
import { planBasis } from '../planning/planFigures';
import { SLA_TEMPLATES } from '../planning/slaTemplates';
import { seededRandom } from './random';

export const DEMO_ASSUMPTIONS: TargetAssumptions = {
  bookingsTarget: 1_800_000,
  avgDealSize: 36_000,
  winRate: 25,
  sqlToOppRate: 50,
  mqlToSqlRate: 25,
  salesCycleDays: 60,
  marketingSourcedShare: 60,
  followUpHours: 24,
  followUpCoverage: 95,
};

const OWNERS: Record<string, string> = {
  mql_delivery: 'Hannah Schultz',
  mql_acceptance: 'Maya Patel',
  follow_up_coverage: 'Jordan Lee',
  follow_up_time: 'Jordan Lee',
  win_loss_capture: 'Sofia Alvarez',
  lead_scoring: 'Omar Haddad',
};

/**
 * The demo plan's joint numbers: SLAs from the templates (not the weak-evidence one) and KPI snapshots
 * for every period that has started by `now`, so the dashboard shows a quarter in flight with some
 * commitments kept, some at risk and some broken, as real quarters go.
 */
export function demoPlanning(fiscalPeriod: string, now: Date, seed = 7) {
  const rng = seededRandom(seed);
  const basis = planBasis(fiscalPeriod, DEMO_ASSUMPTIONS);
  const plan = basis.funnel;
  const today = now.toISOString().slice(0, 10);
  const slas: SlaFields[] = SLA_TEMPLATES.filter((t) => !t.weakEvidence).map((t) => ({ ...t.build(basis, today), owner: OWNERS[t.key] ?? '' }));

  const snapshots: KpiSnapshotFields[] = [];
  const add = (metric: string, period: string, team: KpiSnapshotFields['team'], value: number, note = '') => snapshots.push({ metric, period, team, value: Math.round(value * 10) / 10, note });

  plan.months.forEach((step, i) => {
    const elapsed = elapsedFraction(parsePeriod(step.period)!, now);
    if (elapsed <= 0) return;
    // First month lands well, later ones slip: the story a joint review should catch.
    const delivery = (i === 0 ? 1.06 : 0.82) * elapsed;
    const mqls = Math.round(step.mqls * delivery);
    const sqls = Math.round(mqls * (i === 0 ? 0.24 : 0.21));
    add('marketing_leads', step.period, 'marketing', Math.round(mqls * 4.2));
    add('sales_leads', step.period, 'sales', Math.round(step.sales.sqls * 1.6 * elapsed));
    add('mqls', step.period, 'marketing', mqls);
    if (i === 0) add('mqls', step.period, 'sales', Math.round(mqls * 0.9), 'Sales counts only leads routed to a rep.');
    add('sqls', step.period, 'sales', sqls + Math.round(step.sales.sqls * elapsed));
    add('mql_to_sql_rate', step.period, 'sales', (100 * sqls) / Math.max(1, mqls));
    add('opportunities', step.period, 'sales', Math.round(step.opportunities * 0.9 * elapsed));
    add('pipeline_created', step.period, 'sales', Math.round(step.pipeline * (0.85 + rng.next() * 0.1) * elapsed));
    add('deals_won', step.period, 'sales', Math.round(step.deals * 0.9 * elapsed));
    add('new_bookings', step.period, 'sales', Math.round(step.bookings * (0.8 + rng.next() * 0.15) * elapsed));
    add('win_rate', step.period, 'sales', 22 + rng.next() * 5);
    add('follow_up_coverage', step.period, 'sales', i === 0 ? 96 : 84);
    add('win_loss_capture_rate', step.period, 'sales', 70 + rng.next() * 10);
  });
  for (const week of planPeriods(fiscalPeriod, 'week')) {
    const range = parsePeriod(week)!;
    if (range.start > now) continue;
    add('median_follow_up_hours', week, 'sales', 14 + rng.next() * 16);
  }
  return { assumptions: DEMO_ASSUMPTIONS, slas, snapshots };
}
