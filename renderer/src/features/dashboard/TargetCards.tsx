import { TEAM_LABELS } from '../../../../shared/domain/team';
import { formatByUnit } from '../../../../shared/format';
import type { TargetCard } from '../../../../shared/planning/dashboard';
import { periodLabel } from '../../../../shared/planning/periods';

function pace(card: TargetCard): { text: string; tone: 'ok' | 'warn' | 'bad' | 'none' } {
  if (card.actual === null) return { text: 'No actuals yet', tone: 'none' };
  if (card.paced <= 0) return { text: 'Nothing due yet', tone: 'none' };
  const ratio = card.actual / card.paced;
  const pct = Math.round(Math.abs(ratio - 1) * 100);
  if (ratio >= 1) return { text: pct === 0 ? 'On pace' : `Ahead of pace by ${pct}%`, tone: 'ok' };
  return { text: `Behind pace by ${pct}%`, tone: ratio >= 0.9 ? 'warn' : 'bad' };
}

/** Target vs actual, with a marker for where we should be by today, and each team's number when they differ. */
export function TargetCards({ cards, currency, months }: { cards: TargetCard[]; currency: string; months: string[] }) {
  return (
    <div className="target-cards">
      {cards.map((card) => {
        const scale = Math.max(card.planned, card.actual ?? 0) || 1;
        const p = pace(card);
        const teams = card.byTeam;
        return (
          <section key={card.metric} className="card target-card" aria-label={`${card.label}: target vs actual`} data-metric={card.metric}>
            <h3>{card.label}</h3>
            <div className="target-numbers">
              <strong className="actual">{formatByUnit(card.actual, card.unit, currency, true)}</strong>
              <span className="of">of {formatByUnit(card.planned, card.unit, currency, true)} planned</span>
            </div>
            <div className="progress" aria-hidden>
              <span className="fill" style={{ width: `${Math.min(100, ((card.actual ?? 0) / scale) * 100)}%` }} />
              <span className="pace-marker" style={{ left: `${Math.min(100, (card.paced / scale) * 100)}%` }} title="Where we should be by today" />
            </div>
            <div className={`pace pace-${p.tone}`}>
              {p.text} <span className="muted">· due by today {formatByUnit(card.paced, card.unit, currency, true)}</span>
            </div>
            {card.basisNote && (
              <details className="basis-note small">
                <summary>How is pipeline paced?</summary>
                {card.basisNote}
              </details>
            )}
            {card.mismatches.map((m) => (
              <div key={m.quarter} className="drift small" role="note" data-testid={`mismatch-${card.metric}`}>
                {periodLabel(m.quarter)}: reported {formatByUnit(m.reported, card.unit, currency, true)}; its months add up to {formatByUnit(m.monthsTotal, card.unit, currency, true)}. The card counts the quarter’s figure.
              </div>
            ))}
            {teams && (
              <div className="by-team small" data-testid={`by-team-${card.metric}`}>
                {/* Teams are compared month by month: name the months when they are not what the card counts. */}
                {(teams.months.length < months.length || card.mismatches.length > 0) && `${teams.months.map(periodLabel).join(', ')}: `}
                {teams.values.map((t) => `${TEAM_LABELS[t.team]} ${formatByUnit(t.value, card.unit, currency, true)}`).join(' · ')} · gap {formatByUnit(teams.gap, card.unit, currency, true)}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
