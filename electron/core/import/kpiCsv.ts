import Papa from 'papaparse';
import type { CsvPreview, CsvPreviewRow } from '../../../shared/contract/kpis';
import { MAX_SNAPSHOTS_PER_SAVE, snapshotInputSchema } from '../../../shared/contract/kpis';
import type { KpiSnapshotFields } from '../../../shared/domain/kpi';
import type { MetricDef } from '../../../shared/domain/metrics';
import { TEAMS, type Team } from '../../../shared/domain/team';
import { parseAmount } from '../../../shared/format';
import { AppError, type FieldIssue } from '../../../shared/result';
import { batchIssues } from '../services/snapshotRules';
import { decodeText } from './decode';

type Column = 'metric' | 'period' | 'value' | 'team' | 'note';
const HEADER_NAMES: Record<string, Column> = {
  metric: 'metric',
  kpi: 'metric',
  period: 'period',
  month: 'period',
  value: 'value',
  actual: 'value',
  team: 'team',
  source: 'team',
  note: 'note',
  notes: 'note',
  comment: 'note',
};
const REQUIRED: Column[] = ['metric', 'period', 'value'];

const fileError = (message: string) => new AppError('VALIDATION', message, { issues: [{ path: 'file', message }] });

/** Maps header cells to columns; refuses duplicates (which parsers otherwise resolve silently). */
function mapHeader(header: string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.forEach((cell, index) => {
    const column = HEADER_NAMES[cell.trim().toLowerCase()];
    if (!column) return;
    if (columns.has(column)) throw fileError(`The header names the ${column} column twice (columns ${columns.get(column)! + 1} and ${index + 1}).`);
    columns.set(column, index);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length) {
    throw fileError(`The first row must be a header with the columns metric, period and value (missing: ${missing.join(', ')}). Optional: team, note.`);
  }
  return columns;
}

function parseValue(raw: string): number | string {
  const parsed = parseAmount(raw.replace(/%\s*$/, ''));
  return parsed.ok && parsed.value !== null ? parsed.value : raw;
}

/** Reads a KPI snapshot CSV: every row checked, nothing stored. Rows refer to metrics by key or name. */
export function importKpiCsv(
  bytes: Uint8Array,
  plan: { fiscalPeriod: string; catalogue: readonly MetricDef[]; isStored(s: KpiSnapshotFields): boolean },
): CsvPreview {
  const { text, encoding } = decodeText(bytes);
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const [header, ...body] = result.data;
  if (!header || body.length === 0) throw fileError('The file has no data rows under its header.');
  if (body.length > MAX_SNAPSHOTS_PER_SAVE) throw fileError(`The file has ${body.length} rows; import at most ${MAX_SNAPSHOTS_PER_SAVE} at a time.`);
  const columns = mapHeader(header);
  const metricKeyOf = (cell: string) => {
    const needle = cell.trim().toLowerCase();
    return plan.catalogue.find((m) => m.key.toLowerCase() === needle || m.label.toLowerCase() === needle)?.key ?? cell.trim();
  };
  const parseErrors = new Map<number, string>();
  for (const e of result.errors) if (e.row !== undefined && e.code !== 'UndetectableDelimiter') parseErrors.set(e.row, e.message);

  const rows: CsvPreviewRow[] = body.map((cells, i) => {
    const line = i + 2;
    const cell = (c: Column) => (columns.has(c) ? (cells[columns.get(c)!] ?? '') : '');
    const metric = metricKeyOf(cell('metric'));
    const team = cell('team').trim().toLowerCase() || plan.catalogue.find((m) => m.key === metric)?.defaultTeam || 'joint';
    const candidate = { metric, period: cell('period').trim(), team: TEAMS.includes(team as Team) ? team : cell('team'), value: parseValue(cell('value')), note: cell('note') };
    const errors: FieldIssue[] = [];
    if (cells.length < header.length) errors.push({ path: 'row', message: `has ${cells.length} cells, the header has ${header.length}` });
    const parsed = snapshotInputSchema.safeParse(candidate);
    if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
    if (parseErrors.has(i + 1) && !errors.length) errors.push({ path: 'row', message: parseErrors.get(i + 1)! });
    return { line, snapshot: parsed.success ? parsed.data : null, errors, replaces: false };
  });

  // Plan-level rules (metric known, period in plan, repeats within the file) on the rows that parsed.
  const parsedRows = rows.filter((r) => r.snapshot);
  for (const issue of batchIssues(parsedRows.map((r) => r.snapshot!), plan.fiscalPeriod, plan.catalogue, (i) => `${i}.`)) {
    const [index, ...path] = issue.path.split('.');
    parsedRows[Number(index)]!.errors.push({ path: path.join('.') || 'row', message: issue.message });
  }
  for (const r of rows) {
    if (r.errors.length) r.snapshot = null;
    else r.replaces = plan.isStored(r.snapshot!);
  }
  const valid = rows.filter((r) => r.snapshot).length;
  return { encoding, delimiter: result.meta.delimiter === '\t' ? 'tab' : result.meta.delimiter, rows, valid, invalid: rows.length - valid };
}
