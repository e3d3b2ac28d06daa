import { snapshotFieldSchemas, type ImportCells } from '../../../shared/contract/kpis';
import type { KpiSnapshotFields } from '../../../shared/domain/kpi';
import type { MetricDef } from '../../../shared/domain/metrics';
import { TEAM_LABELS, TEAMS, type Team } from '../../../shared/domain/team';
import { parseMoney, parseNumber, parsePercent, type DecimalMark, type Parsed, type PercentValue } from '../../../shared/parse/number';
import { periodKeyOf, PERIOD_EXAMPLES } from '../../../shared/parse/period';
import { withLabel, type FieldIssue } from '../../../shared/result';

export interface RowReading {
  errors: FieldIssue[];
  /** The snapshot as read, when every cell could be read; a rate's value is settled later, for the whole text. */
  snapshot: KpiSnapshotFields | null;
  /** A percentage as written, to be read once the whole text's rate reading is known. */
  rate: PercentValue | null;
}

const TEAM_CHOICES = `Team must be one of ${TEAMS.map((t) => TEAM_LABELS[t]).join(', ')} (or left empty for the metric's owner)`;

function teamOf(raw: string, metric: MetricDef | undefined): Parsed<Team> {
  const needle = raw.trim().toLowerCase();
  if (!needle) return { ok: true, value: metric?.defaultTeam ?? 'joint' };
  // The keys are the labels in lower case: "Sales", "sales" and " SALES " all name the sales team.
  const team = TEAMS.find((t) => t === needle);
  return team ? { ok: true, value: team } : { ok: false, error: TEAM_CHOICES };
}

function periodOf(raw: string): Parsed<string> {
  const text = raw.trim();
  if (!text) return { ok: false, error: 'Period is required' };
  const key = periodKeyOf(text);
  return key ? { ok: true, value: key } : { ok: false, error: `Period "${text}" must be written like ${PERIOD_EXAMPLES}` };
}

/** A value in its metric's unit; a percentage keeps how it was written until the text's reading is known. */
function valueOf(raw: string, metric: MetricDef | undefined, decimal: DecimalMark): Parsed<{ value: number; rate: PercentValue | null }> {
  if (metric?.unit === 'percent') {
    const p = parsePercent(raw, 'Value', { decimal });
    if (!p.ok) return p;
    return p.value ? { ok: true, value: { value: p.value.value, rate: p.value } } : { ok: false, error: 'Value is required' };
  }
  const n = metric?.unit === 'money' ? parseMoney(raw, 'Value', { decimal }) : parseNumber(raw, 'Value', { decimal });
  if (!n.ok) return n;
  return n.value === null ? { ok: false, error: 'Value is required' } : { ok: true, value: { value: n.value, rate: null } };
}

/** One row's cells, each read on its own: what it says, or what is wrong with each cell. */
export function readRow(cells: ImportCells, catalogue: readonly MetricDef[], decimal: DecimalMark): RowReading {
  const errors: FieldIssue[] = [];
  const name = cells.metric.trim();
  const metric = catalogue.find((m) => m.key.toLowerCase() === name.toLowerCase() || m.label.toLowerCase() === name.toLowerCase());
  if (!name) errors.push({ path: 'metric', message: 'Metric is required' });
  const period = periodOf(cells.period);
  if (!period.ok) errors.push({ path: 'period', message: period.error });
  const team = teamOf(cells.team, metric);
  if (!team.ok) errors.push({ path: 'team', message: team.error });
  const value = valueOf(cells.value, metric, decimal);
  if (!value.ok) errors.push({ path: 'value', message: value.error });
  const note = snapshotFieldSchemas.note.safeParse(cells.note);
  if (!note.success) errors.push({ path: 'note', message: withLabel('Note', note.error.issues[0]!.message)! });
  const rate = value.ok ? value.value.rate : null;
  if (errors.length || !period.ok || !team.ok || !value.ok || !note.success) return { errors, snapshot: null, rate };
  // An unknown metric keeps its name: the plan's rules say it is unknown, naming it as written.
  return { errors, snapshot: { metric: metric?.key ?? name, period: period.value, team: team.value, value: value.value.value, note: note.data }, rate };
}
