import { useEffect } from 'react';
import type { PlanSummary } from '../../../../shared/domain/plan';
import { formatShare } from '../../../../shared/format';
import { periodLabel, planRange } from '../../../../shared/planning/periods';
import { useAppStore } from '../../store';
import { AlignmentPanel } from './AlignmentPanel';
import { FunnelChart } from './FunnelChart';
import { KpiTrends } from './KpiTrends';
import { SlaScorecard } from './SlaScorecard';
import { TargetCards } from './TargetCards';

/** One dashboard and place of truth: both teams read the same numbers here. */
export function DashboardView({ plan }: { plan: PlanSummary }) {
  const model = useAppStore((s) => s.dashboard);
  const selection = useAppStore((s) => s.dashboardSelection);
  const loading = useAppStore((s) => s.dashboardLoading);
  const load = useAppStore((s) => s.loadDashboard);
  const goTo = useAppStore((s) => s.goTo);

  useEffect(() => {
    void load(plan.id);
  }, [plan.id, load]);

  const months = planRange(plan.fiscalPeriod).months;
  return (
    <section className="view dashboard" aria-labelledby="dashboard-title">
      <header className="view-header">
        <div>
          <h1 id="dashboard-title">Revenue dashboard</h1>
          <p className="subtitle">Shared targets, SLAs and KPIs for sales and marketing: one place of truth.</p>
        </div>
        <label className="inline-field">
          <span>Period</span>
          <select aria-label="Dashboard period" value={selection} onChange={(e) => void load(plan.id, e.target.value)}>
            <option value="all">Whole plan ({plan.fiscalPeriod})</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {periodLabel(m)}
              </option>
            ))}
          </select>
        </label>
      </header>
      {!model ? (
        <div className="empty" role="status">
          {loading ? 'Loading the dashboard…' : 'No dashboard yet.'}
        </div>
      ) : (
        <div className="dashboard-grid" aria-busy={loading}>
          <p className="elapsed muted">
            {model.selectionLabel}: {formatShare(model.elapsed)} elapsed. Targets come from the primary scenario on the Targets page.
          </p>
          <div className="dash-row top">
            <AlignmentPanel alignment={model.alignment} />
            <TargetCards cards={model.targets} currency={plan.currency} />
          </div>
          <div className="dash-row">
            <section className="card" aria-labelledby="funnel-title">
              <h2 id="funnel-title">Funnel: planned vs actual</h2>
              <FunnelChart funnel={model.funnel} />
            </section>
            <section className="card" aria-labelledby="trends-title">
              <h2 id="trends-title">KPI trends</h2>
              <KpiTrends trends={model.trends} currency={plan.currency} />
            </section>
          </div>
          <section className="card" aria-labelledby="scorecard-title">
            <h2 id="scorecard-title">SLA scorecard</h2>
            <SlaScorecard rows={model.scorecard} currency={plan.currency} onOpenSlas={() => goTo('slas')} />
          </section>
        </div>
      )}
    </section>
  );
}
