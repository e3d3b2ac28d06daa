import { useId, useMemo } from 'react';
import type { BudgetLine } from '../../../../../shared/domain/budget';
import { TEAM_LABELS, TEAMS, type Team } from '../../../../../shared/domain/team';
import { formatMoney } from '../../../../../shared/format';
import { budgetBy, type BudgetGroup } from '../../../../../shared/planning/budgetBreakdown';
import { periodLabel, planRange } from '../../../../../shared/planning/periods';
import { useStoredFlag } from '../../../ui/useStoredFlag';
import { SpendChart } from './SpendChart';

const channelName = (key: string) => key;
const teamName = (key: string) => TEAM_LABELS[key as Team] ?? key;

const largest = (groups: BudgetGroup[]) => groups.reduce<BudgetGroup | null>((best, g) => (g.planned > (best?.planned ?? 0) ? g : best), null);

/**
 * Where the joint budget goes, by channel, owning team and month: planned, committed and actual side by
 * side. Closed, it is one line naming the largest of each, so the board below stays in view at 1280×800;
 * open or closed is remembered on this device.
 */
export function BudgetCharts({ lines, fiscalPeriod, currency }: { lines: BudgetLine[]; fiscalPeriod: string; currency: string }) {
  const [open, setOpen] = useStoredFlag('tandem.budgetCharts.open', false);
  const id = useId();
  const byChannel = useMemo(() => budgetBy(lines, 'channel'), [lines]);
  const byTeam = useMemo(() => budgetBy(lines, 'team', TEAMS), [lines]);
  const byMonth = useMemo(() => budgetBy(lines, 'month', planRange(fiscalPeriod).months), [lines, fiscalPeriod]);
  if (lines.length === 0) return null;

  const money = (v: number) => formatMoney(v, currency, true);
  const summary = [
    ['channel', largest(byChannel), channelName],
    ['team', largest(byTeam), teamName],
    ['month', largest(byMonth), periodLabel],
  ] as const;
  return (
    <section className="card budget-charts" aria-labelledby={`${id}-title`}>
      <div className="budget-charts-head">
        <h2 id={`${id}-title`}>Where the budget goes</h2>
        {!open && (
          <p className="muted small budget-charts-summary">
            {summary
              .filter(([, g]) => g)
              .map(([what, g, name]) => `Largest ${what}: ${name(g!.key)} (${money(g!.planned)})`)
              .join(' · ')}
          </p>
        )}
        <button type="button" className="small-button" aria-expanded={open} aria-controls={open ? `${id}-charts` : undefined} onClick={() => setOpen(!open)}>
          {open ? 'Hide charts' : 'Show charts'}
        </button>
      </div>
      {open && (
        <div className="budget-charts-grid" id={`${id}-charts`}>
          <div>
            <h3>By channel</h3>
            <SpendChart title="Budget by channel" groups={byChannel} nameOf={channelName} currency={currency} horizontal height={Math.max(150, 60 + 26 * byChannel.length)} />
          </div>
          <div>
            <h3>By owning team</h3>
            <SpendChart title="Budget by owning team" groups={byTeam} nameOf={teamName} currency={currency} horizontal height={150} />
          </div>
          <div>
            <h3>By month</h3>
            <SpendChart title="Budget by month" groups={byMonth} nameOf={periodLabel} currency={currency} height={180} />
          </div>
        </div>
      )}
    </section>
  );
}
