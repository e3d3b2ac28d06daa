import { SLA_STATUS_LABELS, type SlaStatus } from '../../../shared/domain/sla';

export function StatusPill({ status, title }: { status: SlaStatus; title?: string }) {
  return (
    <span className={`status-pill status-${status}`} title={title}>
      {SLA_STATUS_LABELS[status]}
    </span>
  );
}
