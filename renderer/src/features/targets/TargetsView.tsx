import type { PlanSummary } from '../../../../shared/domain/plan';
import { planRange } from '../../../../shared/planning/periods';
import { useAppStore } from '../../store';
import { ScenarioCompare } from './ScenarioCompare';
import { ScenarioEditor } from './ScenarioEditor';
import { useScenarios } from './scenarios';

export function TargetsView({ plan }: { plan: PlanSummary }) {
  const query = useScenarios(plan.id);
  const scenarios = query.data ?? [];
  const chosenId = useAppStore((s) => s.scenarioChoice[plan.id]);
  const chooseScenario = useAppStore((s) => s.chooseScenario);
  const months = planRange(plan.fiscalPeriod).months;
  const primary = scenarios.find((s) => s.isPrimary);
  const current = scenarios.find((s) => s.id === chosenId) ?? primary ?? scenarios[0];

  // Tabs as the ARIA pattern has them: arrows, Home and End choose a scenario and move focus to its tab.
  const onTabKey = (e: React.KeyboardEvent) => {
    const at = scenarios.findIndex((s) => s.id === current?.id);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: scenarios.length - 1 }[e.key];
    if (to === undefined || !scenarios.length) return;
    e.preventDefault();
    const next = scenarios[(to + scenarios.length) % scenarios.length]!;
    chooseScenario(plan.id, next.id);
    document.getElementById(`scenario-tab-${next.id}`)?.focus();
  };

  return (
    <section className="view scroll" aria-labelledby="targets-title">
      <header className="view-header">
        <div>
          <h1 id="targets-title" tabIndex={-1}>
            Target planner
          </h1>
          <p className="subtitle">
            Work back from the bookings target to the MQLs marketing must deliver and the pipeline both teams must build. Changes save as you type; the primary
            scenario drives the dashboard.
          </p>
        </div>
      </header>
      <div className="scenario-tabs" role="tablist" aria-label="Scenarios" onKeyDown={onTabKey}>
        {scenarios.map((s) => (
          <button
            key={s.id}
            id={`scenario-tab-${s.id}`}
            type="button"
            role="tab"
            aria-selected={s.id === current?.id}
            aria-controls="scenario-panel"
            tabIndex={s.id === current?.id ? 0 : -1}
            className={`tab${s.id === current?.id ? ' on' : ''}`}
            onClick={() => chooseScenario(plan.id, s.id)}
          >
            {s.name}
            {s.isPrimary && <span className="badge">primary</span>}
          </button>
        ))}
      </div>
      {query.isError ? (
        <div className="empty" role="alert">
          <p>Scenarios could not be loaded: {query.error.message}</p>
          <button type="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      ) : current ? (
        <div id="scenario-panel" role="tabpanel" aria-labelledby={`scenario-tab-${current.id}`}>
          <ScenarioEditor key={current.id} scenario={current} primary={primary} months={months} fiscalPeriod={plan.fiscalPeriod} currency={plan.currency} />
        </div>
      ) : (
        <div className="empty" role="status">
          Loading scenarios…
        </div>
      )}
      <section className="card" aria-labelledby="compare-title">
        <h2 id="compare-title">Compare scenarios</h2>
        <ScenarioCompare scenarios={scenarios} months={months} currency={plan.currency} />
      </section>
    </section>
  );
}
