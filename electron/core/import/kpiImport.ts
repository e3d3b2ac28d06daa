import { MAX_SNAPSHOTS_PER_SAVE, type DecimalChoice, type ImportCells, type ImportPreview, type ImportPreviewRow, type RateChoice } from '../../../shared/contract/kpis';
import type { KpiSnapshotFields } from '../../../shared/domain/kpi';
import { readRate, type DecimalMark, type RateReading } from '../../../shared/parse/number';
import { detectDecimal, detectRateReading } from '../../../shared/parse/readings';
import { batchIssues, notStartedWarning, type PlanRules } from '../services/snapshotRules';
import { readRow } from './kpiRow';
import { fileError, readTable, type ImportSource } from './table';

type Column = keyof ImportCells;
const ORDER: Column[] = ['metric', 'period', 'value', 'team', 'note'];
const REQUIRED: Column[] = ['metric', 'period', 'value'];
const HEADER_NAMES: Record<string, Column> = {
  metric: 'metric',
  'metric name': 'metric',
  kpi: 'metric',
  period: 'period',
  month: 'period',
  value: 'value',
  actual: 'value',
  amount: 'value',
  team: 'team',
  source: 'team',
  'reported by': 'team',
  note: 'note',
  notes: 'note',
  comment: 'note',
};

/** Maps header cells to columns; null when the row names fewer than two (then it is data, not a header). */
function headerOf(row: string[]): Map<Column, number> | null {
  const columns = new Map<Column, number>();
  row.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    // Own keys only: a header cell "constructor" is not a column.
    if (!Object.hasOwn(HEADER_NAMES, name)) return;
    const column = HEADER_NAMES[name]!;
    // Parsers resolve a repeated header silently (the last wins): refuse instead.
    if (columns.has(column)) throw fileError(`The header names the ${column} column twice (columns ${columns.get(column)! + 1} and ${index + 1}).`);
    columns.set(column, index);
  });
  return columns.size >= 2 ? columns : null;
}

export interface KpiImportPlan extends PlanRules {
  now: Date;
  isStored(s: KpiSnapshotFields): boolean;
}

export interface KpiImportOptions {
  decimal: DecimalChoice;
  userDecimal: DecimalMark;
  rates: RateChoice;
}

/** Reads KPI snapshots from a CSV file or pasted rows: every row checked, nothing stored. */
export function readKpiImport(source: ImportSource, plan: KpiImportPlan, options: KpiImportOptions): ImportPreview {
  const table = readTable(source);
  const header = headerOf(table.rows[0]!.cells);
  if (!header && source.kind === 'file') {
    throw fileError(`The first row must be a header naming the columns metric, period and value (optional: team, note).`);
  }
  if (header) {
    const missing = REQUIRED.filter((c) => !header.has(c));
    if (missing.length) throw fileError(`The header must name the columns metric, period and value (missing: ${missing.join(', ')}). Optional: team, note.`);
  }
  const columns = header ?? new Map(ORDER.map((c, i) => [c, i]));
  const body = header ? table.rows.slice(1) : table.rows;
  if (body.length === 0) throw fileError(source.kind === 'file' ? 'The file has no data rows under its header.' : 'The pasted text has no rows under its header.');
  if (body.length > MAX_SNAPSHOTS_PER_SAVE) throw fileError(`There are ${body.length} rows; import at most ${MAX_SNAPSHOTS_PER_SAVE} at a time.`);
  const width = header ? table.rows[0]!.cells.length : 0;

  const cell = (cells: string[], c: Column) => (columns.has(c) ? (cells[columns.get(c)!] ?? '') : '');
  const bodyCells = body.map(({ cells }): ImportCells => ({ metric: cell(cells, 'metric'), period: cell(cells, 'period'), value: cell(cells, 'value'), team: cell(cells, 'team'), note: cell(cells, 'note') }));
  const detected = options.decimal === 'auto' ? detectDecimal(bodyCells.map((c) => c.value), table.delimiter, options.userDecimal) : null;
  const decimal: DecimalMark = detected?.decimal ?? (options.decimal as DecimalMark);

  // First pass: every row's cells read on their own.
  const readings = bodyCells.map((cells, i) => {
    const reading = readRow(cells, plan.catalogue, decimal);
    const { number, cells: raw } = body[i]!;
    if (header && raw.length < width) reading.errors.unshift({ path: 'row', message: `Row has ${raw.length} cells, the header has ${width}` });
    const problem = table.problems.get(number);
    if (problem && !reading.errors.length) reading.errors.push({ path: 'row', message: problem });
    const row: ImportPreviewRow = { line: number, cells, snapshot: reading.errors.length ? null : reading.snapshot, errors: reading.errors, warnings: [], replaces: false };
    return { row, rate: reading.rate };
  });

  // Rates are read one way for the whole text, so 0.24 next to 24 is asked about rather than guessed.
  const rateRows = readings.filter((r) => r.rate);
  const rates = options.rates === 'auto' ? detectRateReading(rateRows.map((r) => r.rate!)) : options.rates;
  for (const { row, rate } of rateRows) {
    // There are rates to read, so the reading is one of fraction, percent or ask, never "none".
    const read = readRate(rate!, rates as RateReading, 'Value');
    if (!read.ok) {
      row.errors.push({ path: 'value', message: read.error });
      row.snapshot = null;
    } else if (row.snapshot) row.snapshot = { ...row.snapshot, value: read.value };
  }

  // Plan-level rules (metric known, period in plan, repeats within the text) on the rows that parsed.
  const rows = readings.map((r) => r.row);
  const parsedRows = rows.filter((r) => r.snapshot);
  for (const issue of batchIssues(parsedRows.map((r) => r.snapshot!), plan, (i) => `${i}.`, (i) => parsedRows[i]!.line)) {
    const [index, ...path] = issue.path.split('.');
    parsedRows[Number(index)]!.errors.push({ path: path.join('.') || 'row', message: issue.message });
  }
  for (const r of rows) {
    if (r.errors.length) r.snapshot = null;
    if (!r.snapshot) continue;
    r.replaces = plan.isStored(r.snapshot);
    const later = notStartedWarning(r.snapshot.period, plan.now);
    if (later) r.warnings.push(later);
  }
  const valid = rows.filter((r) => r.snapshot).length;
  return {
    reading: {
      encoding: table.encoding,
      delimiter: table.delimiter,
      header: header ? 'named' : 'assumed',
      decimal,
      decimalChosenBy: detected?.chosenBy ?? 'user',
      decimalConflict: detected?.conflict ?? null,
      rates,
      ratesChosenBy: options.rates === 'auto' ? 'text' : 'user',
    },
    rows,
    valid,
    invalid: rows.length - valid,
  };
}
