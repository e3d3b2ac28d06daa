import { z } from 'zod';
import { NOUNS } from '../history/labels';
import { defineOp, idSchema } from './define';

/** One changed field of a row, as the user reads it. */
export interface FieldChange {
  field: string;
  label: string;
  from: unknown;
  to: unknown;
}

/** One row a change set touched. */
export interface RowChange {
  table: string;
  rowId: string;
  /** "moved": a card changed place on its board (its rank, and perhaps its column); `fields` holds the column. */
  kind: 'added' | 'edited' | 'moved' | 'deleted';
  /** What the row is called ("Acme", "MQLs, Jan 2027"). */
  name: string;
  fields: FieldChange[];
}

/** One write op as the log holds it: one undo step, one activity entry. */
export interface ChangeSetInfo {
  id: string;
  op: string;
  /** "Edited Acme: Tier 3 → 1", "Added 12 accounts". */
  label: string;
  actor: string;
  at: string;
  undone: boolean;
  rows: RowChange[];
  /** How many rows it changed; `rows` lists at most the first 50. */
  rowCount: number;
}

export interface HistoryStep {
  /** The change set undone or redone; null when there was nothing to undo or redo in the plan. */
  changeSet: ChangeSetInfo | null;
}

const planRef = { planId: idSchema };

export const historyOps = {
  /**
   * Undoes the plan's latest change set. With `changeSetId`, only if that is still the latest (a toast's
   * Undo names the change it offered to undo). A refused undo changes nothing and stays undoable.
   */
  'history.undo': defineOp<HistoryStep>()(z.strictObject({ ...planRef, changeSetId: idSchema.optional() })),
  /** Redoes the plan's most recently undone change set; any new change in the plan clears what redo could bring back. */
  'history.redo': defineOp<HistoryStep>()(z.strictObject(planRef)),
  /** The plan's change sets, newest first: the activity panels ("Changes since…"). */
  'history.list': defineOp<ChangeSetInfo[]>()(
    z.strictObject({
      ...planRef,
      since: z.iso.datetime({ message: 'must be a date and time' }).optional(),
      limit: z.number().int().min(1).max(500).default(100),
      /** Only change sets that touched one of these tables (a board's own): the limit counts those. */
      tables: z.array(z.enum(Object.keys(NOUNS) as [string, ...string[]], { message: 'must name a table of plan data' })).min(1).max(20).optional(),
    }),
  ),
};
