import { useState } from 'react';
import { formatPercent } from '../../../../shared/format';
import type { AlignmentScore } from '../../../../shared/planning/alignment';

/**
 * The score, its weakest part beside it (a good average must not hide a failing part, so the colour is
 * the worse of the two), and exactly how it was computed.
 */
export function AlignmentPanel({ alignment }: { alignment: AlignmentScore }) {
  const [open, setOpen] = useState(false);
  return (
    <section className={`card alignment alignment-${alignment.tone}`} aria-labelledby="alignment-title">
      <h2 id="alignment-title">Alignment score</h2>
      <div className="alignment-headline">
        <div className="alignment-score" data-testid="alignment-score">
          {alignment.score ?? '—'}
          <span className="alignment-max">/ 100</span>
        </div>
        {alignment.weakest && (
          <div className="alignment-weakest" data-testid="alignment-weakest">
            Weakest: <strong>{alignment.weakest.label}</strong> {formatPercent(Math.round(alignment.weakest.percent!))}
          </div>
        )}
      </div>
      <ul className="alignment-parts">
        {alignment.components.map((c) => (
          <li key={c.key}>
            <span>{c.label}</span>
            <span className="bar" aria-hidden>
              <span style={{ width: `${Math.round(c.percent ?? 0)}%` }} />
            </span>
            <strong>{formatPercent(c.percent === null ? null : Math.round(c.percent))}</strong>
          </li>
        ))}
      </ul>
      <p className="muted small alignment-scope" data-testid="alignment-scope">
        Budget isn&rsquo;t part of the score: it rates commitments and results, not spend.
      </p>
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide how this is computed' : 'How is this computed?'}
      </button>
      {open && (
        <div className="alignment-explain" role="region" aria-label="How the alignment score is computed">
          <p>
            SLA attainment (weight 40), pipeline created on pace (30) and bookings on pace (30). Agreement is not alignment: the score needs kept commitments
            <em> and </em> pipeline created on pace <em>and</em> bookings on pace (LeadMD and Drift, SMAX index). Its colour follows the weakest part when that is worse
            than the score, so a high average never hides a failing part.
          </p>
          <ul>
            {alignment.components.map((c) => (
              <li key={c.key}>
                <strong>
                  {c.label} (weight {c.weight}):
                </strong>{' '}
                {c.explanation}
              </li>
            ))}
          </ul>
          <p className="formula">{alignment.formula}</p>
        </div>
      )}
    </section>
  );
}
