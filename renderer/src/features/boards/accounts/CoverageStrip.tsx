import type { AbmCoverage } from '../../../../../shared/planning/abmCoverage';
import { formatMoney, formatNumber, formatPercent } from '../../../../../shared/format';

interface Props {
  coverage: AbmCoverage;
  currency: string;
  onEditSizes(): void;
}

/** Accounts per tier against the plan's tier sizes, and open pipeline against what the primary scenario needs. */
export function CoverageStrip({ coverage, currency, onEditSizes }: Props) {
  const money = (v: number) => formatMoney(v, currency, true);
  return (
    <section className="coverage-strip card" aria-label="ABM coverage">
      {coverage.tiers.map((t) => {
        const share = t.size > 0 ? Math.min(1, t.count / t.size) : 1;
        return (
          <div key={t.tier} className="coverage-tier">
            <div className="coverage-head">
              <strong>Tier {t.tier}</strong>
              <span>
                {formatNumber(t.count)} of {formatNumber(t.size)}
              </span>
            </div>
            <div className="meter" role="meter" aria-label={`Tier ${t.tier} accounts against the plan's size`} aria-valuemin={0} aria-valuemax={t.size} aria-valuenow={Math.min(t.count, t.size)} aria-valuetext={`${t.count} of ${t.size}`}>
              <div className={`meter-fill${t.gap < 0 ? ' over' : ''}`} style={{ width: `${share * 100}%` }} />
            </div>
            <div className="small muted">
              {t.gap > 0 ? `${formatNumber(t.gap)} to find` : t.gap < 0 ? `${formatNumber(-t.gap)} over the plan's size` : 'At size'} · {money(t.openPipeline)} open pipeline
            </div>
          </div>
        );
      })}
      <div className="coverage-tier coverage-pipeline">
        <div className="coverage-head">
          <strong>Open pipeline</strong>
          <span>
            {money(coverage.openPipeline)}
            {coverage.pipelineNeeded !== null && ` of ${money(coverage.pipelineNeeded)}`}
          </span>
        </div>
        {coverage.pipelineShare !== null ? (
          <>
            <div className="meter" role="meter" aria-label="Open pipeline against the pipeline the primary scenario needs" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(Math.min(1, coverage.pipelineShare) * 100)} aria-valuetext={formatPercent(coverage.pipelineShare * 100)}>
              <div className={`meter-fill${coverage.pipelineShare < 1 ? ' short' : ''}`} style={{ width: `${Math.min(1, coverage.pipelineShare) * 100}%` }} />
            </div>
            <div className="small muted">{formatPercent(coverage.pipelineShare * 100)} of what the primary scenario needs this period</div>
          </>
        ) : (
          <div className="small muted">No primary scenario yet: set targets to see what pipeline the plan needs.</div>
        )}
      </div>
      <button type="button" className="small-button coverage-edit" onClick={onEditSizes}>
        Tier sizes…
      </button>
    </section>
  );
}
