import { useMemo, useState } from 'react';
import type { PlanSummary } from '../../../../shared/domain/plan';
import { monthKey, planPeriods } from '../../../../shared/planning/periods';
import { useOp } from '../../api/cache';
import { useAppStore } from '../../store';
import { useToday } from '../clock/useToday';
import { CustomMetricDialog } from './CustomMetricDialog';
import { ImportDialog } from './ImportDialog';
import { ReplacePrompt } from './ReplacePrompt';
import { SnapshotEntry } from './SnapshotEntry';
import { SnapshotTable } from './SnapshotTable';
import { useSaveWithReplace } from './useSaveWithReplace';
import { countOf } from '../../../../shared/format';

/** Why a paste did nothing, or null when it holds rows to preview. */
function pasteProblem(text: string): string | null {
  if (!text.trim()) return 'Nothing pasted: the clipboard holds no text.';
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  if (!lines.some((l) => l.includes('\t'))) {
    return 'Nothing pasted: that is plain text, not cells. Copy rows from a spreadsheet (metric, period, value, team, note) and paste them here, or use Import CSV.';
  }
  return null;
}

export function KpisView({ plan }: { plan: PlanSummary }) {
  const notify = useAppStore((s) => s.notify);
  const snapshots = useOp('kpis.list', { planId: plan.id }).data ?? [];
  const metrics = useOp('metrics.list', { planId: plan.id }).data ?? [];
  const today = useToday();
  const [importing, setImporting] = useState<{ pasted: { id: number; text: string } | null } | null>(null);
  const [addingMetric, setAddingMetric] = useState(false);
  const { save, prompt } = useSaveWithReplace(plan.id, (count) => notify({ kind: 'info', topic: 'kpi-save', message: `Saved ${countOf(count, 'snapshot')}.` }));

  const periods = useMemo(
    () => [...planPeriods(plan.fiscalPeriod, 'month'), ...planPeriods(plan.fiscalPeriod, 'quarter'), ...planPeriods(plan.fiscalPeriod, 'week')],
    [plan.fiscalPeriod],
  );
  // The month it is by the core's clock (--as-of moves it), when the plan has it.
  const thisMonth = monthKey(today);
  const defaultPeriod = periods.includes(thisMonth) ? thisMonth : periods[0]!;

  // Rows copied from a spreadsheet, pasted anywhere on this page outside text fields, open the checked preview.
  const onPaste = (e: React.ClipboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
    e.preventDefault();
    const text = e.clipboardData.getData('text/plain');
    const problem = pasteProblem(text);
    if (problem) notify({ kind: 'error', topic: 'kpi-save', message: problem });
    else setImporting({ pasted: { id: Date.now(), text } });
  };

  return (
    <section className="view scroll" aria-labelledby="kpis-title" onPaste={onPaste} tabIndex={-1}>
      <header className="view-header">
        <div>
          <h1 id="kpis-title" tabIndex={-1}>
            KPI snapshots
          </h1>
          <p className="subtitle">
            The actuals both teams report, per period. SLA status and the dashboard are computed from these. Tip: copy rows (metric, period, value, team, note) from a
            spreadsheet and paste them here.
          </p>
        </div>
        <div className="button-row tight">
          <button type="button" onClick={() => setAddingMetric(true)}>
            Add custom metric…
          </button>
          <button type="button" className="primary" onClick={() => setImporting({ pasted: null })}>
            Import CSV…
          </button>
        </div>
      </header>
      {metrics.length > 0 && <SnapshotEntry key={defaultPeriod} metrics={metrics} periods={periods} defaultPeriod={defaultPeriod} onAdd={(row) => save([row])} />}
      <SnapshotTable snapshots={snapshots} metrics={metrics} currency={plan.currency} />
      <ReplacePrompt {...prompt} />
      <ImportDialog
        planId={plan.id}
        metrics={metrics}
        currency={plan.currency}
        pasted={importing?.pasted ?? null}
        open={importing !== null}
        onClose={() => setImporting(null)}
        onImport={async (rows, replace) => {
          const outcome = await save(rows, replace);
          return outcome === null || outcome === 'kept' ? null : outcome.message;
        }}
      />
      <CustomMetricDialog planId={plan.id} open={addingMetric} onClose={() => setAddingMetric(false)} />
    </section>
  );
}
