import { generateKeyBetween } from 'fractional-indexing';
import { splitName, type BudgetLineFields } from '../../../shared/domain/budget';
import { planRange } from '../../../shared/planning/periods';
import { AppError, validationError } from '../../../shared/result';
import { budgetRepo } from '../repositories/budget.repo';
import { keyForNew, keysForMove } from './boardOrder';
import { newBudgetRow, toBudgetColumns, toBudgetLine } from './budgetMappers';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { requireInPlan, requirePlan } from './lookups';

type BudgetOp = 'budget.list' | 'budget.create' | 'budget.update' | 'budget.delete' | 'budget.move' | 'budget.split';

const cents = (x: number) => Math.round(x * 100) / 100;

/** A budget line's month must be one of its plan's: a line for a month outside it counts nowhere. */
function assertMonthInPlan(month: string | undefined, fiscalPeriod: string, path: string) {
  if (month !== undefined && !planRange(fiscalPeriod).months.includes(month)) {
    throw validationError([{ path, message: `must be a month of ${fiscalPeriod}` }]);
  }
}

export function budgetHandlers(ctx: ServiceContext): Handlers<BudgetOp> {
  const inPlan = <T>(planId: string, work: (trx: typeof ctx.db, fiscalPeriod: string) => Promise<T>) =>
    ctx.db.transaction().execute(async (trx) => work(trx, (await requirePlan(trx, planId)).fiscal_period));
  const line = async (db: typeof ctx.db, planId: string, id: string) => requireInPlan(await budgetRepo(db).get(id), planId, 'Budget line', id);

  return {
    'budget.list': async ({ planId }) => {
      await requirePlan(ctx.db, planId);
      return (await budgetRepo(ctx.db).listByPlan(planId)).map(toBudgetLine);
    },
    'budget.create': async ({ planId, line: fields }) =>
      inPlan(planId, async (trx, fiscalPeriod) => {
        assertMonthInPlan(fields.month, fiscalPeriod, 'line.month');
        const id = ctx.newId();
        await budgetRepo(trx).insert(newBudgetRow(id, planId, fields, await keyForNew(trx, 'budget_lines', planId), ctx.now()));
        return toBudgetLine((await budgetRepo(trx).get(id))!);
      }),
    'budget.update': async ({ planId, id, patch, expectedRevision }) =>
      inPlan(planId, async (trx, fiscalPeriod) => {
        const current = await line(trx, planId, id);
        if (expectedRevision !== undefined && current.revision !== expectedRevision) {
          throw new AppError('CONFLICT', `${current.name} was changed elsewhere since you loaded it. Reload and try again.`, { field: 'expectedRevision' });
        }
        assertMonthInPlan(patch.month, fiscalPeriod, 'patch.month');
        await budgetRepo(trx).update(id, toBudgetColumns(patch), ctx.now());
        return toBudgetLine((await budgetRepo(trx).get(id))!);
      }),
    'budget.delete': async ({ planId, id }) =>
      inPlan(planId, async (trx) => {
        const current = await line(trx, planId, id);
        await budgetRepo(trx).delete(id);
        return toBudgetLine(current);
      }),
    'budget.move': async ({ planId, cards, to, place }) =>
      inPlan(planId, async (trx, fiscalPeriod) => {
        assertMonthInPlan(to.month, fiscalPeriod, 'to.month');
        const keys = await keysForMove(trx, 'budget_lines', planId, cards, place, 'budget line');
        for (const [i, c] of cards.entries()) await budgetRepo(trx).update(c.id, { ...toBudgetColumns(to), rank: keys[i]! }, ctx.now());
        return Promise.all(cards.map(async (c) => toBudgetLine((await budgetRepo(trx).get(c.id))!)));
      }),
    'budget.split': async ({ planId, id, planned, name, month, team }) =>
      inPlan(planId, async (trx, fiscalPeriod) => {
        assertMonthInPlan(month, fiscalPeriod, 'month');
        const current = toBudgetLine(await line(trx, planId, id));
        // Amounts are stored to the cent: both parts must keep at least a cent once rounded.
        if (cents(planned) <= 0) throw validationError([{ path: 'planned', message: 'must be at least 0.01, so the new line gets some' }]);
        if (cents(planned) >= current.planned) {
          throw validationError([{ path: 'planned', message: `must be less than the line's planned ${current.planned}, so both parts keep some` }]);
        }
        // The new part takes its share of every amount; the line keeps the rest, so the totals stay.
        const share = planned / current.planned;
        const part = (x: number) => cents(x * share);
        const split: BudgetLineFields = {
          ...current,
          name: name ?? splitName(current.name),
          month: month ?? current.month,
          team: team ?? current.team,
          planned: cents(planned),
          committed: part(current.committed),
          actual: part(current.actual),
          expectedMqls: Math.round(current.expectedMqls * share),
          expectedPipeline: part(current.expectedPipeline),
        };
        const keep = {
          planned: cents(current.planned - split.planned),
          committed: cents(current.committed - split.committed),
          actual: cents(current.actual - split.actual),
          expectedMqls: current.expectedMqls - split.expectedMqls,
          expectedPipeline: cents(current.expectedPipeline - split.expectedPipeline),
        };
        await budgetRepo(trx).update(id, toBudgetColumns(keep), ctx.now());
        // Right after the original in the board's order (in its own column when it moved there).
        const next = (await budgetRepo(trx).listByPlan(planId)).find((r) => r.rank > current.rank);
        const newId = ctx.newId();
        await budgetRepo(trx).insert(newBudgetRow(newId, planId, split, generateKeyBetween(current.rank, next?.rank ?? null), ctx.now()));
        return [toBudgetLine((await budgetRepo(trx).get(id))!), toBudgetLine((await budgetRepo(trx).get(newId))!)];
      }),
  };
}
