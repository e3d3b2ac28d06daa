import Papa from 'papaparse';
import { normaliseDomain, type Account, type AccountFields } from '../../../../shared/domain/account';
import type { Column } from './columns';

export interface PastePlan {
  updates: { id: string; patch: Partial<AccountFields>; expectedRevision: number }[];
  creates: { account: AccountFields }[];
  /** The rows the paste edits, as they are now: what undo puts back. */
  before: Account[];
  /** The block began with a row of column names, used to place the columns and not pasted. */
  headerSkipped: boolean;
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
 * A first row that only names columns ("Account", "Domain", "open pipeline") is a header copied with
 * the data: it places each column by name, wherever the paste starts, and is not pasted itself. A lone
 * cell reading "Region" with nothing under it is a value, not a header.
 */
function headerColumns(block: readonly string[][], columns: readonly Column[]): number[] | null {
  const first = block[0]!;
  const fold = (t: string) => t.trim().toLowerCase().replace(/[\s_-]+/g, '');
  const named = first.map((cell) => columns.findIndex((c) => fold(c.label) === fold(cell) || fold(c.key) === fold(cell)));
  const distinct = new Set(named.filter((i) => i >= 0));
  const blank = first.filter((c) => !c.trim()).length;
  const enough = distinct.size > 1 || (distinct.size === 1 && block.length > 1);
  return enough && named.every((i, j) => i >= 0 || !first[j]!.trim()) && distinct.size === first.length - blank ? named : null;
}

// "https://www.Acme.com/" and "acme.com" are one company, as the core stores them.
const key = (domain: unknown) => normaliseDomain(String(domain)) ?? String(domain).trim().toLowerCase();

/**
 * What pasting a block at a cell does, as spreadsheets do it: cells over existing rows edit them, rows
 * below the last one become new accounts (with a header naming Domain: matched by domain instead). Every cell goes through its column's parser; any refusal
 * refuses the whole paste, naming the row and column.
 */
export function planPaste(text: string, rows: readonly Account[], start: { row: number; col: number }, columns: readonly Column[], everyAccount: readonly Account[] = rows): PasteOutcome {
  const all = readCells(text);
  const header = all.length ? headerColumns(all, columns) : null;
  const cells = header ? all.slice(1) : all;
  if (!cells.length) return { ok: false, problem: header ? 'Nothing pasted: the clipboard holds only a header row.' : 'Nothing pasted: the clipboard holds no cells.' };
  const width = Math.max(...cells.map((r) => r.length));
  if (!header && start.col + width > columns.length) {
    return { ok: false, problem: `Nothing pasted: the block is ${width} columns wide, and only ${columns.length - start.col} fit from ${columns[start.col]!.label}.` };
  }
  const unnamed = header ? cells.findIndex((line) => line.slice(header.length).some((c) => c.trim())) : -1;
  if (unnamed >= 0) return { ok: false, problem: `Nothing pasted: pasted row ${unnamed + 1} has cells beyond the columns the header row names.` };
  const columnAt = (j: number) => (header ? columns[header[j] ?? -1] : columns[start.col + j]);
  const problems: string[] = [];
  const plan: PastePlan = { updates: [], creates: [], before: [], headerSkipped: header !== null };
  const domains = new Map<string, string>();
  // A header naming the Domain column matches rows to accounts by domain, wherever the cursor is: new
  // domains become new accounts, so pasting an export never overwrites the selected row.
  const byDomain = header?.some((i) => columns[i]?.key === 'domain') ? new Map(everyAccount.map((a) => [key(a.domain), a])) : null;
  cells.forEach((line, i) => {
    const fields: Partial<AccountFields> = {};
    const cellProblems: string[] = [];
    line.forEach((text, j) => {
      const column = columnAt(j);
      if (!column) return; // a cell under a blank header cell
      const parsed = column.parse(text);
      if (!parsed.ok) cellProblems.push(parsed.error);
      else (fields as Record<string, unknown>)[column.key] = parsed.value;
    });
    const target = byDomain ? (fields.domain ? byDomain.get(key(fields.domain)) : undefined) : rows[start.row + i];
    const rowName = byDomain ? `Pasted row ${i + 1}${target ? ` (${target.name})` : ''}` : target ? `Row ${start.row + i + 1} (${target.name})` : `New row ${start.row + i + 1 - rows.length}`;
    problems.push(...cellProblems.map((p) => `${rowName}: ${p}`));
    if (fields.domain !== undefined && key(fields.domain)) {
      const earlier = domains.get(key(fields.domain));
      if (earlier) problems.push(`${fields.domain} appears twice in the pasted rows (${earlier} and ${rowName})`);
      else domains.set(key(fields.domain), rowName);
    }
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
