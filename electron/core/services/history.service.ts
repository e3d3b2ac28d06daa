import type { ChangeSetInfo } from '../../../shared/contract/history';
import { changeSetLabel, describeRow } from '../../../shared/history/describe';
import { AppError } from '../../../shared/result';
import { applyChangeSet } from '../history/apply';
import { historyRepo, type ChangeRow, type ChangeSetRow } from '../repositories/history.repo';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { requirePlan } from './lookups';

/** The activity panel lists this many rows of a change set; the label still counts them all. */
const ROWS_SHOWN = 50;

const json = (text: string | null) => (text === null ? null : (JSON.parse(text) as Record<string, unknown>));

function infoOf(set: ChangeSetRow, changes: readonly ChangeRow[], rowCount: number): ChangeSetInfo {
  const rows = changes.map((c) => describeRow(c.table_name, c.row_id, json(c.before), json(c.after)));
  return { id: set.id, op: set.op, label: changeSetLabel(rows, rowCount), actor: set.actor, at: set.created_at, undone: set.undone === 1, rows, rowCount };
}

type HistoryOp = 'history.undo' | 'history.redo' | 'history.list';

/** Undo and redo walk a plan's change log; the log itself is written by the recorder around every write op. */
export function historyHandlers(ctx: ServiceContext): Handlers<HistoryOp> {
  const repo = () => historyRepo(ctx.db);
  const describe = async (set: ChangeSetRow) => {
    const changes = await repo().changes(set.id);
    return { changes, info: infoOf(set, changes.slice(0, ROWS_SHOWN), changes.length) };
  };
  return {
    'history.undo': async ({ planId, changeSetId }) => {
      await requirePlan(ctx.db, planId);
      const set = await repo().latestDone(planId);
      if (!set) return { changeSet: null };
      if (changeSetId && set.id !== changeSetId) {
        throw new AppError('CONFLICT', 'Other changes were made after that one: undo them first, one step at a time (Ctrl+Z).', { latest: set.id });
      }
      // A plan's history starts with its creation: deleting the plan is a separate, confirmed act.
      if (await repo().createsPlan(set.id)) return { changeSet: null };
      const { changes, info } = await describe(set);
      await applyChangeSet(ctx.db, changes, 'undo', ctx.now());
      await repo().setUndone(set.id, true);
      return { changeSet: { ...info, undone: true } };
    },
    'history.redo': async ({ planId }) => {
      await requirePlan(ctx.db, planId);
      const set = await repo().earliestUndone(planId);
      if (!set) return { changeSet: null };
      const { changes, info } = await describe(set);
      await applyChangeSet(ctx.db, changes, 'redo', ctx.now());
      await repo().setUndone(set.id, false);
      return { changeSet: { ...info, undone: false } };
    },
    'history.list': async ({ planId, since, limit, tables }) => {
      await requirePlan(ctx.db, planId);
      const sets = await repo().list(planId, since, limit, tables);
      const { rows, counts } = await repo().changesOf(
        sets.map((s) => s.id),
        ROWS_SHOWN,
      );
      return sets.map((s) => infoOf(s, rows.filter((r) => r.change_set_id === s.id), counts.get(s.id) ?? 0));
    },
  };
}
