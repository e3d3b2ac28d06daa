import type { PlanSummary } from '../../../../shared/domain/plan';
import { formatPercent } from '../../../../shared/format';
import { periodLabel, planRange } from '../../../../shared/planning/periods';
import { useOp } from '../../api/cache';
import { useAppStore } from '../../store';
import { AlignmentPanel } from './AlignmentPanel';
import { BudgetCard } from './BudgetCard';
import { FunnelChart } from './FunnelChart';
import { KpiTrends } from './KpiTrends';
import { SlaScorecard } from './SlaScorecard';
import { TargetCards } from './TargetCards';
import { TeamDifferences } from './TeamDifferences';

export function DashboardView({ plan }: { plan: PlanSummary }) {
  const months = planRange(plan.fiscalPeriod).months;
  const chosen = useAppStore((s) => s.dashboardSelection[plan.id] ?? 'all');
  const choose = useAppStore((s) => s.chooseDashboardSelection);
  const goTo = useAppStore((s) => s.goTo);
  const selection = chosen === 'all' || months.includes(chosen) ? chosen : 'all';
  const query = useOp('dashboard.get', { planId: plan.id, selection }, { keepPrevious: true });
  const model = query.data;

  return (
    <section className="view dashboard" aria-labelledby="dashboard-title">
      <header className="view-header">
        <div>
          <h1 id="dashboard-title" tabIndex={-1}>
            Revenue dashboard
          </h1>
          <p className="subtitle">Shared targets, SLAs and KPIs for sales and marketing: one place of truth.</p>
        </div>
        <label className="inline-field">
          <span>Period</span>
          <select aria-label="Dashboard period" value={selection} onChange={(e) => choose(plan.id, e.target.value)}>
            <option value="all">Whole plan ({plan.fiscalPeriod})</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {periodLabel(m)}
              </option>
            ))}
          </select>
        </label>
      </header>
      {query.isError && !model ? (
        <div className="empty" role="alert">
          <p>The dashboard could not be computed: {query.error.message}</p>
          <button type="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      ) : !model ? (
        <div className="empty" role="status">
          Loading the dashboard…
        </div>
      ) : (
        <div className="dashboard-grid" aria-busy={query.isFetching}>
          <p className="elapsed muted">
            {model.selectionLabel}: {formatPercent(model.elapsedPercent)} elapsed. Targets come from the primary scenario on the Targets page; what is due by
            today paces each month&rsquo;s own target through that month.
          </p>
          {model.notCounted.count > 0 && (
            <p className="not-counted" role="note">
              {model.notCounted.count} snapshot{model.notCounted.count > 1 ? 's' : ''} for {model.notCounted.periods.map(periodLabel).join(', ')} {model.notCounted.count > 1 ? 'are' : 'is'} not
              counted anywhere yet: {model.notCounted.periods.length > 1 ? 'those periods have' : 'that period has'} not started.
            </p>
          )}
          <div className="dash-row top">
            <AlignmentPanel alignment={model.alignment} />
            <TargetCards cards={model.targets} currency={plan.currency} months={model.months} />
          </div>
          <BudgetCard budget={model.budget} currency={plan.currency} selectionLabel={model.selectionLabel} wholePlan={model.selection === 'all'} onOpenBoard={() => goTo('budget')} />
          {model.differences.length > 0 && <TeamDifferences differences={model.differences} total={model.differencesTotal} currency={plan.currency} />}
          <div className="dash-row">
            <section className="card" aria-labelledby="funnel-title">
              <h2 id="funnel-title">Funnel: planned vs actual</h2>
              <FunnelChart funnel={model.funnel} />
            </section>
            <section className="card" aria-labelledby="trends-title">
              <h2 id="trends-title">KPI trends</h2>
              <KpiTrends trends={model.trends} empty={model.trendsEmpty} currency={plan.currency} />
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
