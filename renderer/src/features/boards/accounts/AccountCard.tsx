import type { AccountActivity } from '../../../../../shared/contract/accounts';
import { STAGE_LABELS, type Account } from '../../../../../shared/domain/account';
import { countOf, formatAge, formatMoney } from '../../../../../shared/format';

interface Props {
  account: Account;
  currency: string;
  /** Show the stage on the card (columns are tiers) or the tier only. */
  showStage: boolean;
  latest: AccountActivity | undefined;
  contentLinks: number;
  today: Date;
}

/** What a standup needs to see of an account at a glance. */
export function AccountCard({ account: a, currency, showStage, latest, contentLinks, today }: Props) {
  return (
    <div className="account-card">
      <div className="card-title">
        {a.name}
        <span className={`tier-badge tier-${a.tier}`}>Tier {a.tier}</span>
      </div>
      <div className="muted small">
        {a.domain}
        {showStage && ` · ${STAGE_LABELS[a.stage]}`}
      </div>
      <div className="small">
        <span title="Sales owner">{a.salesOwner || 'No sales owner'}</span> · <span title="Marketing owner">{a.marketingOwner || 'no marketing owner'}</span>
      </div>
      {latest && (
        <div className="small muted">
          {latest.text} · {formatAge(latest.at, today)}
          {latest.actor && ` · ${latest.actor}`}
        </div>
      )}
      <div className="small card-foot">
        <span>
          <strong>{formatMoney(a.openPipeline, currency, true)}</strong> open
        </span>
        {contentLinks > 0 && <span className="content-badge">{countOf(contentLinks, 'content item')}</span>}
      </div>
    </div>
  );
}
