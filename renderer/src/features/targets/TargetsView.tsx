import { useEffect, useState } from 'react';
import type { PlanSummary } from '../../../../shared/domain/plan';
import { planRange } from '../../../../shared/planning/periods';
import { useAppStore } from '../../store';
import { ScenarioCompare } from './ScenarioCompare';
import { ScenarioEditor } from './ScenarioEditor';

import type { TargetScenario } from '../../../../shared/domain/targets';

// zustand selectors must return stable values: a fresh [] each call would re-render forever.
const NONE: TargetScenario[] = [];

export function TargetsView({ plan }: { plan: PlanSummary }) {
  const scenarios = useAppStore((s) => (s.scenariosPlanId === plan.id ? s.scenarios : NONE));
  const load = useAppStore((s) => s.loadScenarios);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const months = planRange(plan.fiscalPeriod).months;

  useEffect(() => {
    void load(plan.id);
  }, [plan.id, load]);

  const current = scenarios.find((s) => s.id === chosenId) ?? scenarios.find((s) => s.isPrimary) ?? scenarios[0];
  return (
    <section className="view scroll" aria-labelledby="targets-title">
      <header className="view-header">
        <div>
          <h1 id="targets-title">Target planner</h1>
          <p className="subtitle">Work back from the bookings target to the MQLs marketing must deliver and the pipeline both teams must build. Changes save as you type; duplicate a scenario to try a what-if.</p>
        </div>
      </header>
      <div className="scenario-tabs" role="tablist" aria-label="Scenarios">
        {scenarios.map((s) => (
          <button key={s.id} type="button" role="tab" aria-selected={s.id === current?.id} className={`tab${s.id === current?.id ? ' on' : ''}`} onClick={() => setChosenId(s.id)}>
            {s.name}
            {s.isPrimary && <span className="badge">primary</span>}
          </button>
        ))}
      </div>
      {current ? (
        <ScenarioEditor key={current.id} scenario={current} months={months} currency={plan.currency} />
      ) : (
        <div className="empty" role="status">Loading scenarios…</div>
      )}
      <section className="card" aria-labelledby="compare-title">
        <h2 id="compare-title">Compare scenarios</h2>
        <ScenarioCompare scenarios={scenarios} months={months} currency={plan.currency} />
      </section>
    </section>
  );
}
