import type { SlaFields } from '../domain/sla';
import { DEFAULT_ASSUMPTIONS } from './funnel';
import { planFigureHeadline, type PlanBasis, type PlanFigure } from './planFigures';

export interface SlaTemplate {
  key: string;
  title: string;
  /** One line on the evidence behind the agreement, shown where users pick templates. */
  evidence: string;
  /** Shown as a caution rather than a recommendation. */
  weakEvidence?: boolean;
  /** The SLA's fields from the plan's primary scenario (or the planning defaults when there is none). */
  build(plan: PlanBasis | null, today: string): SlaFields;
}

const STUDY = '2016 B2B Sales & Marketing Collaboration Study (The Marketing Advisory Network)';

const base = (fields: Partial<SlaFields> & Pick<SlaFields, 'name' | 'committingTeam' | 'receivingTeam'>): SlaFields => ({
  kind: 'metric',
  metric: null,
  target: null,
  comparator: 'atLeast',
  period: 'month',
  warningBand: 10,
  owner: '',
  notes: '',
  definition: '',
  reviewDate: null,
  templateKey: null,
  planFigure: null,
  followsPlan: false,
  ...fields,
});

/** Target and link for an SLA whose number comes from the planner: it follows the plan from the start. */
function fromPlan(plan: PlanBasis | null, figure: PlanFigure, period: SlaFields['period'], fallback: number): Pick<SlaFields, 'target' | 'planFigure' | 'followsPlan'> {
  return { target: plan ? planFigureHeadline(figure, plan, period) : fallback, planFigure: figure, followsPlan: true };
}

const inDays = (today: string, days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const D = DEFAULT_ASSUMPTIONS;

export const SLA_TEMPLATES: readonly SlaTemplate[] = [
  {
    key: 'mql_delivery',
    title: 'Marketing delivers N MQLs per month',
    evidence: `In the ${STUDY}, firms that beat revenue goals were far more likely to have documented lead-delivery SLAs; N comes from the target planner.`,
    build: (plan) =>
      base({ name: 'Marketing delivers MQLs', committingTeam: 'marketing', receivingTeam: 'sales', metric: 'mqls', ...fromPlan(plan, 'mqls', 'month', 100), templateKey: 'mql_delivery', notes: 'N follows the target planner: each month is judged against the MQLs the plan needs in it.' }),
  },
  {
    key: 'mql_acceptance',
    title: 'MQL→SQL acceptance rate at least X%',
    evidence: 'Lead quality review is among the top improvements both teams ask for (25% of sales and of marketing, Convince & Convert with Ascend2).',
    build: (plan) => base({ name: 'Sales accepts MQLs as SQLs', committingTeam: 'sales', receivingTeam: 'marketing', metric: 'mql_to_sql_rate', ...fromPlan(plan, 'mql_to_sql_rate', 'month', D.mqlToSqlRate), templateKey: 'mql_acceptance' }),
  },
  {
    key: 'follow_up_coverage',
    title: 'Sales follows up at least X% of MQLs',
    evidence: `Only 20% of marketers believe 95% of their leads get follow-up, and 57% think no more than 85% are acted on (${STUDY}).`,
    build: (plan) => base({ name: 'Sales follows up MQLs', committingTeam: 'sales', receivingTeam: 'marketing', metric: 'follow_up_coverage', ...fromPlan(plan, 'follow_up_coverage', 'month', D.followUpCoverage), templateKey: 'follow_up_coverage' }),
  },
  {
    key: 'follow_up_time',
    title: 'Median time to first follow-up at most N hours',
    evidence: `Top performers agree the time from lead assignment to follow-up (${STUDY}); 24 h is common in B2B, 4 h for demo requests.`,
    build: (plan) =>
      base({ name: 'Speed to lead', committingTeam: 'sales', receivingTeam: 'marketing', metric: 'median_follow_up_hours', ...fromPlan(plan, 'follow_up_hours', 'week', D.followUpHours), comparator: 'atMost', period: 'week', warningBand: 25, templateKey: 'follow_up_time' }),
  },
  {
    key: 'win_loss_capture',
    title: 'Win/loss reason recorded on at least X% of closed opportunities',
    evidence: `Top performers collect win/loss data formally (${STUDY}).`,
    build: () => base({ name: 'Win/loss reasons captured', committingTeam: 'sales', receivingTeam: 'marketing', metric: 'win_loss_capture_rate', target: 80, period: 'quarter', templateKey: 'win_loss_capture' }),
  },
  {
    key: 'lead_scoring',
    title: 'Lead-scoring threshold agreed and reviewed',
    evidence: `Top performers agree the lead-scoring criteria together (${STUDY}); "targeting the wrong leads" is sales' top complaint (43%, SharpSpring with Ascend2).`,
    build: (_plan, today) =>
      base({
        name: 'Lead-scoring definition agreed',
        kind: 'agreement',
        committingTeam: 'joint',
        receivingTeam: 'joint',
        comparator: 'atLeast',
        period: 'quarter',
        warningBand: 0,
        definition: 'MQL = score ≥ 60: fit (industry, size, role) up to 50 points + intent (pricing page, demo request, webinar) up to 50.',
        reviewDate: inDays(today, 90),
        templateKey: 'lead_scoring',
      }),
  },
  {
    key: 'sales_contacts',
    title: 'Sales-added contacts per rep per month',
    evidence: `Caution: in the ${STUDY}, a numeric target for contacts added by sales was the one SLA category not associated with exceeding revenue goals.`,
    weakEvidence: true,
    build: () => base({ name: 'Contacts added per rep', committingTeam: 'sales', receivingTeam: 'marketing', metric: 'sales_added_contacts_per_rep', target: 20, templateKey: 'sales_contacts' }),
  },
];

export const templateByKey = (key: string) => SLA_TEMPLATES.find((t) => t.key === key);
