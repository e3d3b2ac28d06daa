import type { BudgetLineFields } from '../domain/budget';
import type { Team } from '../domain/team';
import { reverseFunnel, type TargetAssumptions } from '../planning/funnel';
import { elapsedFraction, parsePeriod, planRange } from '../planning/periods';
import { seededRandom, type Random } from './random';

/**
 * How much of the MQLs the primary scenario needs the demo budget buys. Short on purpose: the funding
 * check's gap, priced at the budget's cost per MQL, is the conversation the demo should start.
 */
export const DEMO_FUNDED_SHARE = { min: 0.82, max: 0.88 } as const;

interface LineTemplate {
  name: string;
  channel: string;
  team: Team;
  /** Which third of the plan the money is spent in: a quarter's month, or a year's four months. */
  slot: 0 | 1 | 2;
  planned: number;
  /** This line's share of the MQLs the budget buys, relative to the others; 0 buys no leads. */
  mqls: number;
  /** Pipeline per MQL against the plan's average (ABM and events land bigger deals), or per dollar for lines that buy no MQLs. */
  pipeline: number;
  /** Contracts paid in full when their month starts (tools, retainers). */
  prepaid?: boolean;
  /** Committed past planned: the board should flag it. */
  over?: number;
  notes?: string;
}

// A mid-market quarter: always-on paid media, one big show, ABM on the tier-1 list, contract SDRs, and
// the things that buy no MQLs (tools, enablement, next quarter's creative) that budgets always carry.
const LINES: LineTemplate[] = [
  { slot: 0, name: 'Paid search: brand and competitor terms', channel: 'Paid media', team: 'marketing', planned: 24_000, mqls: 9, pipeline: 0.7 },
  { slot: 0, name: 'LinkedIn ads: CFO and operations personas', channel: 'Paid media', team: 'marketing', planned: 18_000, mqls: 6, pipeline: 0.8 },
  { slot: 0, name: 'Customer roadshow: Chicago and Boston', channel: 'Events', team: 'joint', planned: 32_000, mqls: 5, pipeline: 1.3, notes: 'Sales invites the guests, marketing runs the venues; AEs follow up every badge scan within 24 h.' },
  { slot: 0, name: 'Webinar series: the quarter launch', channel: 'Content', team: 'marketing', planned: 8_000, mqls: 5, pipeline: 0.8 },
  { slot: 0, name: 'Tier-1 executive direct mail', channel: 'ABM programmes', team: 'joint', planned: 15_000, mqls: 1.5, pipeline: 2.2 },
  { slot: 0, name: 'Intent data subscription', channel: 'Martech', team: 'marketing', planned: 21_000, mqls: 0, pipeline: 0, prepaid: true, notes: 'Annual contract, billed each quarter in advance.' },
  { slot: 0, name: 'Contract SDRs: outbound sprint', channel: 'SDR', team: 'sales', planned: 24_000, mqls: 0, pipeline: 7 },
  { slot: 0, name: 'Pitch and battlecard training', channel: 'Sales enablement', team: 'sales', planned: 9_000, mqls: 0, pipeline: 0, notes: 'Judged on win rate, not on pipeline.' },
  { slot: 1, name: 'Paid search: category terms', channel: 'Paid media', team: 'marketing', planned: 26_000, mqls: 10, pipeline: 0.7 },
  { slot: 1, name: 'LinkedIn retargeting: tier-1 and tier-2 accounts', channel: 'Paid media', team: 'marketing', planned: 16_000, mqls: 5, pipeline: 0.9 },
  { slot: 1, name: 'Industry trade show: booth and sponsorship', channel: 'Events', team: 'joint', planned: 48_000, mqls: 9, pipeline: 1.2, over: 1.14, notes: 'Moved to a corner booth when the floor plan changed; finance approved the overage.' },
  { slot: 1, name: 'Analyst report licence and ebook', channel: 'Content', team: 'marketing', planned: 12_000, mqls: 5, pipeline: 0.8 },
  { slot: 1, name: 'ABM ads on tier-1 and tier-2 accounts', channel: 'ABM programmes', team: 'joint', planned: 22_000, mqls: 3, pipeline: 1.8 },
  { slot: 1, name: 'Demand-gen agency retainer', channel: 'Agencies', team: 'marketing', planned: 15_000, mqls: 4, pipeline: 0.9, over: 1.1, notes: 'Scope grew to cover the webinar nurture; change order signed, plan not yet updated.' },
  { slot: 1, name: 'Software review site listing', channel: 'Paid media', team: 'marketing', planned: 9_000, mqls: 3, pipeline: 0.8 },
  { slot: 2, name: 'Paid search: always on, light over the holidays', channel: 'Paid media', team: 'marketing', planned: 22_000, mqls: 8, pipeline: 0.7 },
  { slot: 2, name: 'Executive dinners for tier-1 accounts', channel: 'Events', team: 'joint', planned: 18_000, mqls: 2, pipeline: 2.2, notes: 'AEs pick the guests; marketing hosts.' },
  { slot: 2, name: 'Customer case-study videos', channel: 'Content', team: 'marketing', planned: 14_000, mqls: 2, pipeline: 0.9 },
  { slot: 2, name: 'SDRs: intent-led outbound', channel: 'SDR', team: 'sales', planned: 20_000, mqls: 0, pipeline: 7 },
  { slot: 2, name: 'Agency: next quarter campaign creative', channel: 'Agencies', team: 'marketing', planned: 12_000, mqls: 0, pipeline: 0, notes: 'Pays off next quarter: no MQLs counted here.' },
  { slot: 2, name: 'Expansion offers to customers', channel: 'ABM programmes', team: 'joint', planned: 10_000, mqls: 2, pipeline: 1.5 },
];

const roundTo = (x: number, step: number) => Math.round(x / step) * step;
const between = (rng: Random, lo: number, hi: number) => lo + rng.next() * (hi - lo);

/** Whole MQLs per line that add up to exactly `total` (largest remainder), in proportion to `weights`. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const out = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const left = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) out[order[k % order.length]![1]]! += 1;
  return out;
}

/** Committed and actual as they stand at `now`: done months spent, the current one partly, later ones at most booked. */
function spend(t: LineTemplate, planned: number, elapsed: number, rng: Random) {
  if (t.prepaid) return { committed: planned, actual: elapsed > 0 ? planned : 0 };
  const booked = t.over ?? (elapsed >= 1 ? between(rng, 0.95, 1) : elapsed > 0 ? between(rng, 0.75, 0.95) : t.channel === 'Events' ? between(rng, 0.3, 0.5) : 0);
  const committed = roundTo(planned * booked, 100);
  const actual = elapsed >= 1 ? committed * between(rng, 0.93, 0.99) : committed * elapsed * between(rng, 0.85, 1);
  return { committed, actual: roundTo(actual, 100) };
}

/**
 * The demo plan's joint budget: about twenty lines over the plan's months, spent as far as `now` has
 * got, with a cap a little above the total. The MQLs the lines expect fall short of what the primary
 * scenario needs by a share drawn from DEMO_FUNDED_SHARE, so the funding check has a gap to show.
 */
export function demoBudget(fiscalPeriod: string, now: Date, assumptions: TargetAssumptions, seed: number): { lines: BudgetLineFields[]; cap: number } {
  const rng = seededRandom(seed ^ 0x5eed_b0d6);
  const months = planRange(fiscalPeriod).months;
  const needed = reverseFunnel(assumptions, months).total.mqls;
  const funded = Math.round(needed * between(rng, DEMO_FUNDED_SHARE.min, DEMO_FUNDED_SHARE.max));
  const mqls = apportion(funded, LINES.map((t) => t.mqls * between(rng, 0.85, 1.15)));
  // Drawn before anything that depends on `now`, so the plan's amounts and cap are the same whatever the day.
  const amounts = LINES.map((t) => roundTo(t.planned * between(rng, 0.92, 1.08), 500));
  const pipelinePerMql = (assumptions.mqlToSqlRate / 100) * (assumptions.sqlToOppRate / 100) * assumptions.avgDealSize;
  const perSlot = months.length / 3;
  const seen = [0, 0, 0];

  const lines = LINES.map((t, i): BudgetLineFields => {
    // A quarter has one month per slot; a year spreads each slot's lines over its four months.
    const month = months[Math.floor(t.slot * perSlot) + (seen[t.slot]!++ % perSlot)]!;
    const planned = amounts[i]!;
    const { committed, actual } = spend(t, planned, elapsedFraction(parsePeriod(month)!, now), rng);
    const pipeline = t.mqls > 0 ? mqls[i]! * pipelinePerMql * t.pipeline : planned * t.pipeline;
    return { name: t.name, channel: t.channel, team: t.team, month, planned, committed, actual, expectedMqls: mqls[i]!, expectedPipeline: roundTo(pipeline, 1000), notes: t.notes ?? '' };
  });
  const total = lines.reduce((s, l) => s + l.planned, 0);
  return { lines, cap: Math.ceil((total * 1.05) / 10_000) * 10_000 };
}
