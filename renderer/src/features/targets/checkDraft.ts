import { assumptionsSchema } from '../../../../shared/contract/targets';
import type { TargetAssumptions } from '../../../../shared/planning/funnel';
import { withLabel } from '../../../../shared/result';
import { ASSUMPTION_LABELS, fromDraft, type AssumptionKey, type Draft } from './assumptionFields';

/** The assumptions a draft stands for, or why not: read by the shared parsers, bounded by the contract. */
export function checkDraft(draft: Draft): { assumptions: TargetAssumptions | null; errors: Partial<Record<AssumptionKey, string>> } {
  const { values, errors } = fromDraft(draft);
  const parsed = assumptionsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as AssumptionKey;
      errors[key] ??= withLabel(ASSUMPTION_LABELS[key], issue.message);
    }
  }
  return { assumptions: parsed.success && !Object.keys(errors).length ? parsed.data : null, errors };
}
