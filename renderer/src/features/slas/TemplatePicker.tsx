import { SLA_TEMPLATES, type SlaTemplate } from '../../../../shared/planning/slaTemplates';
import { Dialog } from '../../ui/Dialog';

/** The standard agreements, each with the evidence behind it, so teams pick what is known to work. */
export function TemplatePicker({ open, onClose, onPick }: { open: boolean; onClose(): void; onPick(t: SlaTemplate): void }) {
  return (
    <Dialog title="New SLA from a template" open={open} onClose={onClose} onSubmit={onClose} cancelLabel="Close">
      <ul className="template-list">
        {SLA_TEMPLATES.map((t) => (
          <li key={t.key} className={t.weakEvidence ? 'weak' : undefined}>
            <div>
              <strong>{t.title}</strong>
              <p className="evidence">{t.evidence}</p>
            </div>
            <button type="button" onClick={() => onPick(t)} aria-label={`Use template: ${t.title}`}>
              Use
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
