import { buildDashboard } from '../../../shared/planning/dashboard';
import { planRange } from '../../../shared/planning/periods';
import { budgetRepo } from '../repositories/budget.repo';
import { kpisRepo } from '../repositories/kpis.repo';
import { slasRepo } from '../repositories/slas.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { requirePlan } from './lookups';
import { validationError } from '../../../shared/result';
import { toBudgetLine } from './budgetMappers';
import { loadCatalogue } from './metrics.service';
import { toSla, toSnapshot } from './planningMappers';
import { primaryAssumptions } from './scenarios';

export function dashboardHandlers(ctx: ServiceContext): Handlers<'dashboard.get'> {
  return {
    'dashboard.get': async ({ planId, selection }) => {
      const plan = await requirePlan(ctx.db, planId);
      const { months } = planRange(plan.fiscal_period);
      if (selection !== 'all' && !months.includes(selection)) {
        throw validationError([{ path: 'selection', message: `must be "all" or a month of ${plan.fiscal_period} (${months.join(', ')})` }]);
      }
      return buildDashboard({
        fiscalPeriod: plan.fiscal_period,
        assumptions: await primaryAssumptions(ctx.db, planId),
        slas: (await slasRepo(ctx.db).listByPlan(planId)).map(toSla),
        snapshots: (await kpisRepo(ctx.db).listByPlan(planId)).map(toSnapshot),
        metrics: await loadCatalogue(ctx.db, planId),
        selection,
        now: new Date(ctx.now()),
        currency: plan.currency,
        budget: { lines: (await budgetRepo(ctx.db).listByPlan(planId)).map(toBudgetLine), cap: plan.budget_cap },
      });
    },
  };
}
