import { z } from 'zod';
import type { DashboardModel } from '../planning/dashboard';
import { defineOp, idSchema } from './define';

export const dashboardOps = {
  /** `selection` is "all" (the whole plan) or one of its months, e.g. "2027-02". */
  'dashboard.get': defineOp<DashboardModel>()(z.strictObject({ planId: idSchema, selection: z.string().max(10).default('all') })),
};
