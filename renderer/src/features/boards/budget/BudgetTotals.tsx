import type { BudgetTotals as Totals, FundingCheck } from '../../../../../shared/planning/budget';
import { formatMoney, formatNumber } from '../../../../../shared/format';

/** The figures a CRO and a CMO argue about: spend against the cap, what it buys, and the MQLs it leaves unfunded. */
export function BudgetTotals({ totals, funding, currency }: { totals: Totals; funding: FundingCheck | null; currency: string }) {
  const money = (v: number | null) => formatMoney(v, currency, true);
  return (
    <div className="budget-totals">
      {funding && (
        <section className={`card funding ${funding.shortfallMqls > 0 ? 'short' : 'funded'}`} aria-labelledby="funding-title" data-testid="funding-check">
          <h2 id="funding-title">Funding check</h2>
          {funding.shortfallMqls > 0 ? (
            <p className="funding-headline">
              <strong>{formatNumber(funding.shortfallMqls)} MQLs unfunded</strong>
              {funding.shortfallMoney !== null && <span> · about {money(funding.shortfallMoney)} more at the current cost per MQL</span>}
            </p>
          ) : (
            <p className="funding-headline">
              <strong>Funded</strong>
              {funding.surplusMqls > 0 && <span> · {formatNumber(funding.surplusMqls)} MQLs to spare</span>}
            </p>
          )}
          <p className="muted small">
            The lines expect {formatNumber(funding.expected)} MQLs; the primary scenario needs {formatNumber(funding.needed)}.
          </p>
        </section>
      )}
      <section className="card budget-figures" aria-label="Budget totals">
        <dl>
          <div>
            <dt>Planned</dt>
            <dd>
              {money(totals.planned)}
              {totals.cap !== null && <span className="muted"> of {money(totals.cap)} cap</span>}
            </dd>
          </div>
          <div>
            <dt>Committed</dt>
            <dd>{money(totals.committed)}</dd>
          </div>
          <div>
            <dt>Actual</dt>
            <dd>{money(totals.actual)}</dd>
          </div>
          <div>
            <dt>Per expected MQL</dt>
            <dd>{formatMoney(totals.costPerMql, currency)}</dd>
          </div>
          <div>
            <dt>Per expected SQL</dt>
            <dd>{formatMoney(totals.costPerSql, currency)}</dd>
          </div>
          <div>
            <dt>Pipeline ROI</dt>
            <dd>{totals.pipelineRoi === null ? '—' : `${totals.pipelineRoi.toFixed(1)}×`}</dd>
          </div>
        </dl>
        {totals.overCap !== null && totals.overCap > 0 && (
          <p className="drift" role="alert">
            Planned spend is {money(totals.overCap)} over the cap.
          </p>
        )}
      </section>
    </div>
  );
}
