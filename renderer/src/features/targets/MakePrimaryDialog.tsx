import { useMemo, useState } from 'react';
import type { Sla } from '../../../../shared/domain/sla';
import type { TargetScenario } from '../../../../shared/domain/targets';
import { formatByUnit, formatMoney, formatNumber } from '../../../../shared/format';
import { planBasis, planFigureHeadline } from '../../../../shared/planning/planFigures';
import type { AppErrorBody } from '../../../../shared/result';
import { Dialog } from '../../ui/Dialog';

interface Props {
  scenario: TargetScenario;
  primary: TargetScenario | undefined;
  fiscalPeriod: string;
  currency: string;
  slas: readonly Sla[];
  onConfirm(): Promise<AppErrorBody | null>;
  onClose(): void;
}

/** Says what changes before the primary scenario does: the dashboard's targets and every SLA that follows the plan. */
export function MakePrimaryDialog({ scenario, primary, fiscalPeriod, currency, slas, onConfirm, onClose }: Props) {
  const [error, setError] = useState<string | null>(null);
  const changes = useMemo(() => {
    const next = planBasis(fiscalPeriod, scenario.assumptions);
    const now = primary ? planBasis(fiscalPeriod, primary.assumptions) : null;
    const rows = [
      { label: 'New-bookings target', from: now?.assumptions.bookingsTarget, to: next.assumptions.bookingsTarget, show: (v: number) => formatMoney(v, currency, true) },
      { label: 'Pipeline needed', from: now?.funnel.total.pipeline, to: next.funnel.total.pipeline, show: (v: number) => formatMoney(v, currency, true) },
      { label: 'SQLs needed', from: now?.funnel.total.sqls, to: next.funnel.total.sqls, show: formatNumber },
      { label: 'MQLs needed', from: now?.funnel.total.mqls, to: next.funnel.total.mqls, show: formatNumber },
    ];
    const linked = slas.filter((s) => s.planFigure);
    const slaRows = linked.map((s) => {
      const unit = s.planFigure === 'mqls' ? 'count' : s.planFigure === 'follow_up_hours' ? 'hours' : 'percent';
      return { sla: s, from: formatByUnit(s.target, unit), to: formatByUnit(planFigureHeadline(s.planFigure!, next, s.period), unit) };
    });
    return { rows, follows: slaRows.filter((r) => r.sla.followsPlan), pinned: slaRows.filter((r) => !r.sla.followsPlan) };
  }, [scenario, primary, fiscalPeriod, currency, slas]);

  return (
    <Dialog
      title={`Make “${scenario.name}” the primary scenario?`}
      open
      onClose={onClose}
      submitLabel="Make primary"
      onSubmit={async () => {
        const failure = await onConfirm();
        if (failure) setError(failure.message);
        else onClose();
      }}
    >
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      <p className="dialog-text">The primary scenario is the plan both teams work to. The dashboard’s targets{changes.follows.length ? ' and the SLAs that follow the plan' : ''} will change:</p>
      <table className="scorecard compact" aria-label="What changes">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="num">Now{primary ? ` (${primary.name})` : ''}</th>
            <th scope="col" className="num">With “{scenario.name}”</th>
          </tr>
        </thead>
        <tbody>
          {changes.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num">{r.from === undefined ? '—' : r.show(r.from)}</td>
              <td className="num">{r.show(r.to)}</td>
            </tr>
          ))}
          {changes.follows.map((r) => (
            <tr key={r.sla.id}>
              <th scope="row">SLA “{r.sla.name}” (follows the plan)</th>
              <td className="num">{r.from}</td>
              <td className="num">{r.to}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.pinned.length > 0 && (
        <p className="dialog-text">
          {changes.pinned.map((r) => `“${r.sla.name}”`).join(', ')} keep{changes.pinned.length === 1 ? 's' : ''} its own target ({changes.pinned.map((r) => r.from).join(', ')}) and will show
          what the new plan needs beside it, with a button to take it.
        </p>
      )}
    </Dialog>
  );
}
