import { STAGES, type Stage, type Tier } from '../../../../shared/domain/account';
import type { AccountQuery } from '../../../../shared/domain/accountQuery';
import { STAGE_LABELS } from './columns';

interface Props {
  query: AccountQuery;
  owners: string[];
  onChange(patch: Partial<AccountQuery>): void;
}

export function AccountFilters({ query, owners, onChange }: Props) {
  const active = query.search || query.tier !== null || query.stage !== null || query.owner !== null;
  return (
    <div className="filters" role="search">
      <input
        type="search"
        className="search"
        placeholder="Search accounts, domains, owners…"
        aria-label="Search accounts"
        value={query.search}
        onChange={(e) => onChange({ search: e.target.value })}
      />
      <select aria-label="Filter by tier" value={query.tier ?? ''} onChange={(e) => onChange({ tier: e.target.value ? (Number(e.target.value) as Tier) : null })}>
        <option value="">All tiers</option>
        {[1, 2, 3].map((t) => (
          <option key={t} value={t}>
            Tier {t}
          </option>
        ))}
      </select>
      <select aria-label="Filter by stage" value={query.stage ?? ''} onChange={(e) => onChange({ stage: (e.target.value || null) as Stage | null })}>
        <option value="">All stages</option>
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {STAGE_LABELS[s]}
          </option>
        ))}
      </select>
      <select aria-label="Filter by owner" value={query.owner ?? ''} onChange={(e) => onChange({ owner: e.target.value || null })}>
        <option value="">All owners</option>
        {owners.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      {active && (
        <button type="button" className="link" onClick={() => onChange({ search: '', tier: null, stage: null, owner: null })}>
          Clear filters
        </button>
      )}
    </div>
  );
}
