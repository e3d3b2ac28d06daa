import Papa from 'papaparse';
import type { Account, AccountFields } from '../../../../shared/domain/account';
import type { Column } from './columns';

export interface PastePlan {
  updates: { id: string; patch: Partial<AccountFields>; expectedRevision: number }[];
  creates: { account: AccountFields }[];
  /** The rows the paste edits, as they are now: what undo puts back. */
  before: Account[];
}

export type PasteOutcome = { ok: true; plan: PastePlan } | { ok: false; problem: string };

/**
 * Cells copied from a spreadsheet: tab-separated, quoted where a cell holds a tab, quote or line break.
 * An empty row inside the block is a row of empty cells (it clears them); only trailing ones are dropped.
 */
export function readCells(text: string): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter: '\t', skipEmptyLines: false }).data;
  while (rows.length && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}

/**
 * What pasting a block at a cell does, as spreadsheets do it: cells over existing rows edit them, rows
 * below the last one become new accounts. Every cell goes through its column's parser; any refusal
 * refuses the whole paste, naming the row and column.
 */
export function planPaste(text: string, rows: readonly Account[], start: { row: number; col: number }, columns: readonly Column[]): PasteOutcome {
  const cells = readCells(text);
  if (!cells.length) return { ok: false, problem: 'Nothing pasted: the clipboard holds no cells.' };
  const width = Math.max(...cells.map((r) => r.length));
  if (start.col + width > columns.length) {
    return { ok: false, problem: `Nothing pasted: the block is ${width} columns wide, and only ${columns.length - start.col} fit from ${columns[start.col]!.label}.` };
  }
  const problems: string[] = [];
  const plan: PastePlan = { updates: [], creates: [], before: [] };
  cells.forEach((line, i) => {
    const target = rows[start.row + i];
    const rowName = target ? `Row ${start.row + i + 1} (${target.name})` : `New row ${start.row + i + 1 - rows.length}`;
    const fields: Partial<AccountFields> = {};
    line.forEach((text, j) => {
      const column = columns[start.col + j]!;
      const parsed = column.parse(text);
      if (!parsed.ok) problems.push(`${rowName}: ${parsed.error}`);
      else (fields as Record<string, unknown>)[column.key] = parsed.value;
    });
    if (target) {
      const patch = Object.fromEntries(Object.entries(fields).filter(([k, v]) => target[k as keyof AccountFields] !== v)) as Partial<AccountFields>;
      if (Object.keys(patch).length) {
        plan.updates.push({ id: target.id, patch, expectedRevision: target.revision });
        plan.before.push(target);
      }
    } else if (!fields.name || !fields.domain) {
      problems.push(`${rowName}: a new account needs its name and domain; paste from the Account column`);
    } else plan.creates.push({ account: fields as AccountFields });
  });
  if (problems.length) return { ok: false, problem: `Nothing pasted. ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}.` };
  if (!plan.updates.length && !plan.creates.length) return { ok: false, problem: 'Nothing pasted: those cells already hold these values.' };
  return { ok: true, plan };
}
