import { formatMoney } from '../../../../shared/format';
import type { BudgetCard as Model, SpendPace } from '../../../../shared/planning/budgetPace';

function paceText(pace: SpendPace): { text: string; tone: 'ok' | 'warn' | 'none' } {
  switch (pace.status) {
    case 'none':
      return { text: 'Nothing due yet', tone: 'none' };
    case 'on_pace':
      return { text: 'Spending on pace', tone: 'ok' };
    case 'ahead':
      return { text: pace.percent === null ? 'Spending before any month has begun' : `Spending ahead of pace by ${pace.percent}%`, tone: 'warn' };
    case 'behind':
      return { text: `Spending behind pace by ${pace.percent}%`, tone: 'warn' };
  }
}

/** Room left under the cap (over it, the warning below says by how much); a month's card names the whole plan's figure. */
function capText(b: Model, wholePlan: boolean, money: (v: number | null) => string): string {
  if (b.cap === null) return 'No cap set for this plan.';
  const whole = wholePlan ? '' : `Whole plan ${money(b.planPlanned)} planned. `;
  if (b.overCap !== null && b.overCap > 0) return whole;
  return `${whole}${money(b.cap - b.planPlanned)} left under the ${money(b.cap)} cap.`;
}

interface Props {
  budget: Model;
  currency: string;
  /** "FY2026 Q4" or "Nov 2026": what the figures cover. */
  selectionLabel: string;
  wholePlan: boolean;
  onOpenBoard(): void;
}

/**
 * Spend against plan and cap, paced to today like the target cards. Every figure comes from the core's
 * dashboard model, which adds lines up with the board's own math: the same Planned in both places.
 */
export function BudgetCard({ budget: b, currency, selectionLabel, wholePlan, onOpenBoard }: Props) {
  const money = (v: number | null) => formatMoney(v, currency, true);
  const open = (
    <button type="button" className="link" onClick={onOpenBoard}>
      Open the budget board
    </button>
  );
  if (b.planLineCount === 0) {
    return (
      <section className="card dash-budget" aria-labelledby="dash-budget-title" data-testid="dashboard-budget">
        <h2 id="dash-budget-title">Budget: spend vs plan</h2>
        <p className="muted">No budget lines in this plan yet. Plan the joint budget with both teams on the budget board: what each programme costs and the MQLs it should bring.</p>
        <button type="button" onClick={onOpenBoard}>
          Plan the budget
        </button>
      </section>
    );
  }
  const scale = Math.max(b.planned, b.committed, b.actual, b.paced) || 1;
  const pct = (v: number) => `${Math.min(100, (v / scale) * 100)}%`;
  const pace = paceText(b.pace);
  return (
    <section className="card dash-budget" aria-labelledby="dash-budget-title" data-testid="dashboard-budget">
      <div className="dash-budget-head">
        <h2 id="dash-budget-title">Budget: spend vs plan</h2>
        {open}
      </div>
      <div className="dash-budget-body">
        <dl className="dash-budget-figures">
          <div>
            <dt>Planned{wholePlan ? '' : `, ${selectionLabel}`}</dt>
            <dd data-testid="dashboard-budget-planned">{money(b.planned)}</dd>
          </div>
          <div>
            <dt>Committed</dt>
            <dd>{money(b.committed)}</dd>
          </div>
          <div>
            <dt>Actual to date</dt>
            <dd>{money(b.actual)}</dd>
          </div>
          <div>
            <dt>Due by today</dt>
            <dd>{money(b.paced)}</dd>
          </div>
        </dl>
        <div className="dash-budget-pace">
          <div className="progress" aria-hidden>
            <span className="fill committed" style={{ width: pct(b.committed) }} />
            <span className="fill" style={{ width: pct(b.actual) }} />
            <span className="pace-marker" style={{ left: pct(b.paced) }} title="Where spend should be by today" />
          </div>
          <div className={`pace pace-${pace.tone}`}>
            {pace.text} <span className="muted">· {money(b.plannedStarted)} planned for the months begun</span>
          </div>
          <div className="dash-budget-legend muted small" aria-hidden>
            <span className="swatch actual" /> Actual <span className="swatch committed" /> Committed <span className="swatch marker" /> Due by today
          </div>
          {capText(b, wholePlan, money) && <p className="muted small">{capText(b, wholePlan, money)}</p>}
        </div>
      </div>
      {b.overCap !== null && b.overCap > 0 && (
        <p className="drift" role="note" data-testid="dashboard-budget-over-cap">
          Planned spend is {money(b.overCap)} over the {money(b.cap)} cap.
        </p>
      )}
      {b.lineCount === 0 && <p className="muted small">No budget lines in {selectionLabel}.</p>}
    </section>
  );
}
