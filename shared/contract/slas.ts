import { z } from 'zod';
import { COMPARATORS, type Sla } from '../domain/sla';
import { PLAN_FIGURE_INFO, PLAN_FIGURES } from '../planning/planFigures';
import { TEAMS } from '../domain/team';
import { defineOp, idSchema, isoDate, requiredText, text } from './define';

/** The largest target an SLA can state; a plan-following SLA whose plan needs more is refused, not stored as Infinity. */
export const SLA_TARGET_MAX = 1e12;

const team = z.enum(TEAMS, { message: `must be one of ${TEAMS.join(', ')}` });
const fields = {
  name: requiredText(120, 'SLA name'),
  kind: z.enum(['metric', 'agreement'], { message: 'must be metric or agreement' }),
  committingTeam: team,
  receivingTeam: team,
  metric: z.string({ message: 'must be a metric key' }).max(80).nullable(),
  target: z.number({ message: 'must be a number' }).finite({ message: 'must be a finite number' }).min(0, { message: 'must not be negative' }).max(SLA_TARGET_MAX, { message: 'is too large' }).nullable(),
  comparator: z.enum(COMPARATORS, { message: 'must be atLeast or atMost' }),
  period: z.enum(['week', 'month', 'quarter'], { message: 'must be week, month or quarter' }),
  warningBand: z.number({ message: 'must be a number' }).finite().min(0, { message: 'must be between 0% and 100%' }).max(100, { message: 'must be between 0% and 100%' }),
  owner: text(100),
  notes: text(2000),
  definition: text(4000),
  reviewDate: isoDate.nullable(),
  templateKey: z.string().max(60).nullable(),
  planFigure: z.enum(PLAN_FIGURES, { message: `must be one of ${PLAN_FIGURES.join(', ')}` }).nullable(),
  followsPlan: z.boolean({ message: 'must be true or false' }),
};

type Shape = { kind?: string; metric?: string | null; target?: number | null; committingTeam?: string; receivingTeam?: string; planFigure?: string | null; followsPlan?: boolean };
/** Rules across fields; the ones that need the plan's metric catalogue live in the SLA service. */
function crossFieldRules(sla: Shape, ctx: z.RefinementCtx, prefix: string[]) {
  if (sla.kind === 'metric' && !sla.metric) ctx.addIssue({ code: 'custom', path: [...prefix, 'metric'], message: 'Choose the metric this SLA is measured by' });
  if (sla.kind === 'metric' && (sla.target === null || sla.target === undefined)) ctx.addIssue({ code: 'custom', path: [...prefix, 'target'], message: 'Target is required' });
  if (sla.committingTeam && sla.committingTeam === sla.receivingTeam && sla.committingTeam !== 'joint') {
    ctx.addIssue({ code: 'custom', path: [...prefix, 'receivingTeam'], message: 'An SLA is between two teams: pick the other team, or Joint' });
  }
  const figure = sla.planFigure ? PLAN_FIGURE_INFO[sla.planFigure as keyof typeof PLAN_FIGURE_INFO] : undefined;
  if (figure && (sla.kind !== 'metric' || sla.metric !== figure.metric)) {
    ctx.addIssue({ code: 'custom', path: [...prefix, 'planFigure'], message: `The plan's ${figure.label} can only be the target of an SLA measured by ${figure.metric}` });
  }
  if (sla.followsPlan && !sla.planFigure) ctx.addIssue({ code: 'custom', path: [...prefix, 'followsPlan'], message: 'Only an SLA whose target comes from the plan can follow it' });
}

export const slaInputSchema = z
  .strictObject({
    ...fields,
    kind: fields.kind.default('metric'),
    metric: fields.metric.default(null),
    target: fields.target.default(null),
    comparator: fields.comparator.default('atLeast'),
    period: fields.period.default('month'),
    warningBand: fields.warningBand.default(10),
    owner: fields.owner.default(''),
    notes: fields.notes.default(''),
    definition: fields.definition.default(''),
    reviewDate: fields.reviewDate.default(null),
    templateKey: fields.templateKey.default(null),
    planFigure: fields.planFigure.default(null),
    followsPlan: fields.followsPlan.default(false),
  })
  .superRefine((sla, ctx) => crossFieldRules(sla, ctx, []));

export const slaOps = {
  'slas.list': defineOp<Sla[]>()(z.strictObject({ planId: idSchema })),
  /** With `followsPlan`, the target is the plan's and any target sent is replaced by it. */
  'slas.create': defineOp<Sla>()(z.strictObject({ planId: idSchema, sla: slaInputSchema })),
  'slas.update': defineOp<Sla>()(
    z.strictObject({ planId: idSchema, id: idSchema, patch: z.strictObject(fields).partial().refine((p) => Object.keys(p).length > 0, { message: 'must change at least one field' }) }),
  ),
  'slas.delete': defineOp<Sla>()(z.strictObject({ planId: idSchema, id: idSchema })),
};
