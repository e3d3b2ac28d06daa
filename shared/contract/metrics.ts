import { z } from 'zod';
import type { MetricDef } from '../domain/metrics';
import { TEAMS } from '../domain/team';
import { defineOp, idSchema, requiredText, text } from './define';

export const metricOps = {
  'metrics.list': defineOp<MetricDef[]>()(z.strictObject({ planId: idSchema })),
  'metrics.createCustom': defineOp<MetricDef>()(
    z.strictObject({
      planId: idSchema,
      label: requiredText(60, 'Metric name'),
      unit: z.enum(['count', 'money', 'percent', 'hours'], { message: 'must be count, money, percent or hours' }),
      aggregation: z.enum(['sum', 'mean'], { message: 'must be sum or mean' }).default('sum'),
      defaultTeam: z.enum(TEAMS, { message: `must be one of ${TEAMS.join(', ')}` }).default('joint'),
      description: text(300).default(''),
    }),
  ),
};
