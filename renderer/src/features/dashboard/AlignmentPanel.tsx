import { useState } from 'react';
import type { AlignmentScore } from '../../../../shared/planning/alignment';
import { formatShare } from '../../../../shared/format';

/** The score, and exactly how it was computed: agreement is not alignment, so the working is shown. */
export function AlignmentPanel({ alignment }: { alignment: AlignmentScore }) {
  const [open, setOpen] = useState(false);
  const band = alignment.score === null ? 'none' : alignment.score >= 80 ? 'good' : alignment.score >= 60 ? 'fair' : 'poor';
  return (
    <section className={`card alignment alignment-${band}`} aria-labelledby="alignment-title">
      <h2 id="alignment-title">Alignment score</h2>
      <div className="alignment-score" data-testid="alignment-score">
        {alignment.score ?? '—'}
        <span className="alignment-max">/ 100</span>
      </div>
      <ul className="alignment-parts">
        {alignment.components.map((c) => (
          <li key={c.key}>
            <span>{c.label}</span>
            <span className="bar" aria-hidden>
              <span style={{ width: `${Math.round((c.value ?? 0) * 100)}%` }} />
            </span>
            <strong>{formatShare(c.value)}</strong>
          </li>
        ))}
      </ul>
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide how this is computed' : 'How is this computed?'}
      </button>
      {open && (
        <div className="alignment-explain" role="region" aria-label="How the alignment score is computed">
          <p>
            SLA attainment (weight 40), pipeline coverage (30) and target attainment (30). Agreement is not alignment: the score needs kept commitments
            <em> and </em> a healthy pipeline <em>and</em> bookings on pace (LeadMD and Drift, SMAX index).
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
