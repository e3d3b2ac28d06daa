import { useEffect, useMemo, useState } from 'react';
import type { KpiSnapshot } from '../../../../shared/domain/kpi';
import type { PlanSummary } from '../../../../shared/domain/plan';
import { monthKey, planPeriods } from '../../../../shared/planning/periods';
import { useAppStore } from '../../store';
import { CsvImportDialog } from './CsvImportDialog';
import { CustomMetricDialog } from './CustomMetricDialog';
import { looksLikeRows, previewPastedRows, rowProblems } from './pastedText';
import { ReplacePrompt } from './ReplacePrompt';
import { SnapshotEntry } from './SnapshotEntry';
import { SnapshotTable } from './SnapshotTable';
import { useSaveWithReplace } from './useSaveWithReplace';

const NONE: KpiSnapshot[] = [];

export function KpisView({ plan }: { plan: PlanSummary }) {
  const load = useAppStore((s) => s.loadKpis);
  const notify = useAppStore((s) => s.notify);
  const snapshots = useAppStore((s) => (s.kpisPlanId === plan.id ? s.snapshots : NONE));
  const metrics = useAppStore((s) => s.metrics);
  const [importing, setImporting] = useState(false);
  const [addingMetric, setAddingMetric] = useState(false);
  const { save, prompt } = useSaveWithReplace((count) => notify({ kind: 'info', message: `Saved ${count} snapshot${count > 1 ? 's' : ''}.` }));

  useEffect(() => {
    void load(plan.id);
  }, [plan.id, load]);

  const periods = useMemo(
    () => [...planPeriods(plan.fiscalPeriod, 'month'), ...planPeriods(plan.fiscalPeriod, 'quarter'), ...planPeriods(plan.fiscalPeriod, 'week')],
    [plan.fiscalPeriod],
  );
  const thisMonth = monthKey(new Date());
  const defaultPeriod = periods.includes(thisMonth) ? thisMonth : periods[0]!;

  // Paste rows copied from a spreadsheet anywhere on this page (outside text fields).
  const onPaste = async (e: React.ClipboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
    const text = e.clipboardData.getData('text/plain');
    if (!looksLikeRows(text)) return;
    e.preventDefault();
    const preview = await previewPastedRows(plan.id, text);
    if (!preview.ok) return notify({ kind: 'error', message: `Nothing pasted: ${preview.error.message}` });
    const problems = rowProblems(preview.value);
    if (problems.length) return notify({ kind: 'error', message: `Nothing pasted. ${problems.slice(0, 3).join('; ')}` });
    const error = await save(preview.value.rows.map((r) => r.snapshot!));
    if (error) notify({ kind: 'error', message: `Nothing pasted: ${error.message}` });
  };

  return (
    <section className="view scroll" aria-labelledby="kpis-title" onPaste={onPaste} tabIndex={-1}>
      <header className="view-header">
        <div>
          <h1 id="kpis-title">KPI snapshots</h1>
          <p className="subtitle">
            The actuals both teams report, per period. SLA status and the dashboard are computed from these. Tip: copy rows (metric, period, value, team,
            note) from a spreadsheet and paste them here.
          </p>
        </div>
        <div className="button-row tight">
          <button type="button" onClick={() => setAddingMetric(true)}>Add custom metric…</button>
          <button type="button" className="primary" onClick={() => setImporting(true)}>Import CSV…</button>
        </div>
      </header>
      {metrics.length > 0 && <SnapshotEntry metrics={metrics} periods={periods} defaultPeriod={defaultPeriod} onAdd={(row) => save([row])} />}
      <SnapshotTable snapshots={snapshots} metrics={metrics} currency={plan.currency} />
      <ReplacePrompt {...prompt} />
      <CsvImportDialog
        planId={plan.id}
        open={importing}
        onClose={() => setImporting(false)}
        onImport={async (rows, replace) => (await save(rows, replace))?.message ?? null}
      />
      <CustomMetricDialog open={addingMetric} onClose={() => setAddingMetric(false)} />
    </section>
  );
}
