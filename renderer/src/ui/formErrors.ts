import { withLabel, type AppErrorBody } from '../../../shared/result';

export interface FormErrors<F extends string> {
  /** Each field's message, already a sentence naming the field ("Warning band must be…"). */
  byField: Partial<Record<F, string>>;
  /** What no field owns (a conflict with another plan, the core unreachable…), shown above the form. */
  general: string | null;
}

/**
 * The one way a refused op's messages reach form fields and grid cells: paths such as `sla.target`,
 * `patch.name` or `name` map to the form's field under `prefix`, labelled with the field's name.
 */
export function formErrors<F extends string>(error: AppErrorBody, prefix: string, labels: Record<F, string>): FormErrors<F> {
  const byField: Partial<Record<F, string>> = {};
  const fieldOf = (path: string) => (prefix && path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path) as F;
  // Schema issues are phrases ("must be more than 0%") that need the field's name in front…
  for (const issue of error.details?.issues ?? []) {
    const field = fieldOf(issue.path);
    if (Object.hasOwn(labels, field)) byField[field] ??= withLabel(labels[field], issue.message);
  }
  // …while a refusal that names its field (a taken domain, a stale revision) is a sentence already.
  const named = error.details?.field;
  if (typeof named === 'string' && Object.hasOwn(labels, fieldOf(named))) byField[fieldOf(named)] ??= error.message;
  return { byField, general: Object.keys(byField).length ? null : generalMessage(error) };
}

/** A refusal no field owns: its sentence without the technical path ("patch.assumptions: …") in front. */
function generalMessage(error: AppErrorBody): string {
  const issues = error.details?.issues ?? [];
  const sentence = issues.length === 1 && /^[A-Z"“]/.test(issues[0]!.message) ? issues[0]!.message : null;
  return sentence ?? error.message;
}

/** One field's message from a refused op, or the op's own message when no field owns it. */
export function fieldMessage(error: AppErrorBody, prefix: string, field: string, label: string): string {
  return formErrors(error, prefix, { [field]: label }).byField[field] ?? error.message;
}
