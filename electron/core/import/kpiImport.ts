import { MAX_SNAPSHOTS_PER_SAVE, snapshotInputSchema, type DecimalChoice, type ImportCells, type ImportPreview, type ImportPreviewRow, type RateChoice } from '../../../shared/contract/kpis';
import type { KpiSnapshotFields } from '../../../shared/domain/kpi';
import type { MetricDef } from '../../../shared/domain/metrics';
import { TEAM_LABELS, TEAMS, type Team } from '../../../shared/domain/team';
import { parseMoney, parseNumber, parsePercent, readRate, type DecimalMark, type Parsed, type PercentValue } from '../../../shared/parse/number';
import { periodKeyOf, PERIOD_EXAMPLES } from '../../../shared/parse/period';
import { detectDecimal, detectRateReading } from '../../../shared/parse/readings';
import { withLabel, type FieldIssue } from '../../../shared/result';
import { batchIssues, notStartedWarning, type PlanRules } from '../services/snapshotRules';
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

interface Draft {
  row: ImportPreviewRow;
  /** A percentage as written, read once the whole text's rate reading is known. */
  rate?: PercentValue;
}

function teamOf(raw: string, metric: MetricDef | undefined): Parsed<Team> {
  const needle = raw.trim().toLowerCase();
  if (!needle) return { ok: true, value: metric?.defaultTeam ?? 'joint' };
  const team = TEAMS.find((t) => t === needle || TEAM_LABELS[t].toLowerCase() === needle);
  return team ? { ok: true, value: team } : { ok: false, error: `Team must be one of ${TEAMS.map((t) => TEAM_LABELS[t]).join(', ')} (or left empty for the metric's owner)` };
}

function valueOf(raw: string, metric: MetricDef | undefined, decimal: DecimalMark): Parsed<number | PercentValue | null> {
  if (metric?.unit === 'percent') return parsePercent(raw, 'Value', { decimal });
  if (metric?.unit === 'money') return parseMoney(raw, 'Value', { decimal });
  return parseNumber(raw, 'Value', { decimal });
}

/** Reads KPI snapshots from a CSV file or pasted rows: every row checked, nothing stored. */
export function readKpiImport(source: ImportSource, plan: KpiImportPlan, options: KpiImportOptions): ImportPreview {
  const table = readTable(source);
  if (!table.rows.length) throw fileError(source.kind === 'file' ? 'The file is empty.' : 'The pasted text is empty.');
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
  const detected = options.decimal === 'auto' ? detectDecimal(bodyCells.map((c) => c.value), table.delimiter === 'tab' ? '\t' : table.delimiter, options.userDecimal) : null;
  const decimal: DecimalMark = detected?.decimal ?? (options.decimal as DecimalMark);
  const metricOf = (cell: string) => {
    const needle = cell.trim().toLowerCase();
    return plan.catalogue.find((m) => m.key.toLowerCase() === needle || m.label.toLowerCase() === needle);
  };

  // First pass: every cell read on its own.
  const drafts: Draft[] = bodyCells.map((cells, i) => {
    const errors: FieldIssue[] = [];
    const metric = metricOf(cells.metric);
    const row = body[i]!;
    if (header && row.cells.length < width) errors.push({ path: 'row', message: `Row has ${row.cells.length} cells, the header has ${width}` });
    const period = cells.period.trim() ? periodKeyOf(cells.period) : null;
    if (!cells.period.trim()) errors.push({ path: 'period', message: 'Period is required' });
    else if (!period) errors.push({ path: 'period', message: `Period "${cells.period.trim()}" must be written like ${PERIOD_EXAMPLES}` });
    const team = teamOf(cells.team, metric);
    if (!team.ok) errors.push({ path: 'team', message: team.error });
    const value = valueOf(cells.value, metric, decimal);
    if (!value.ok) errors.push({ path: 'value', message: value.error });
    else if (value.value === null) errors.push({ path: 'value', message: 'Value is required' });
    const rate = value.ok && value.value !== null && typeof value.value === 'object' ? value.value : undefined;
    const number = value.ok && typeof value.value === 'number' ? value.value : rate?.value;
    const candidate = { metric: metric?.key ?? cells.metric.trim(), period: period ?? cells.period, team: team.ok ? team.value : 'joint', value: number ?? 0, note: cells.note };
    const parsed = snapshotInputSchema.safeParse(candidate);
    if (!parsed.success) errors.push(...parsed.error.issues.filter((x) => x.path[0] === 'note' || x.path[0] === 'metric').map((x) => ({ path: String(x.path[0]), message: withLabel(x.path[0] === 'note' ? 'Note' : 'Metric', x.message)! })));
    const problem = table.problems.get(row.number);
    if (problem && !errors.length) errors.push({ path: 'row', message: problem });
    const snapshot = parsed.success && !errors.length ? parsed.data : null;
    return { row: { line: row.number, cells, snapshot, errors, warnings: [], replaces: false }, ...(rate ? { rate } : {}) };
  });

  // Rates are read one way for the whole text, so 0.24 next to 24 is asked about rather than guessed.
  const rateDrafts = drafts.filter((d) => d.rate);
  const rates = options.rates === 'auto' ? detectRateReading(rateDrafts.map((d) => d.rate!)) : options.rates;
  for (const d of rateDrafts) {
    const read = readRate(d.rate!, rates === 'none' ? 'percent' : rates, 'Value');
    if (!read.ok) {
      d.row.errors.push({ path: 'value', message: read.error });
      d.row.snapshot = null;
    } else if (d.row.snapshot) d.row.snapshot = { ...d.row.snapshot, value: read.value };
  }

  // Plan-level rules (metric known, period in plan, repeats within the text) on the rows that parsed.
  const parsedRows = drafts.map((d) => d.row).filter((r) => r.snapshot);
  for (const issue of batchIssues(parsedRows.map((r) => r.snapshot!), plan, (i) => `${i}.`)) {
    const [index, ...path] = issue.path.split('.');
    parsedRows[Number(index)]!.errors.push({ path: path.join('.') || 'row', message: issue.message });
  }
  const rows = drafts.map((d) => d.row);
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
      rates,
      ratesChosenBy: options.rates === 'auto' ? 'text' : 'user',
    },
    rows,
    valid,
    invalid: rows.length - valid,
  };
}
