import { assumptionsSchema } from '../../../../shared/contract/targets';
import type { TargetAssumptions } from '../../../../shared/planning/funnel';
import { withLabel } from '../../../../shared/result';
import { ASSUMPTION_FIELDS, ASSUMPTION_LABELS, fromDraft, type AssumptionKey, type Draft } from './assumptionFields';

export interface CheckedDraft {
  /** Every field read and within bounds: what the results are computed from. Null while any field is wrong. */
  assumptions: TargetAssumptions | null;
  /**
   * What can be stored now: the stored values with every field that reads put in. One wrong field must
   * not hold back the others, or leaving the page would lose them.
   */
  savable: TargetAssumptions;
  errors: Partial<Record<AssumptionKey, string>>;
}

/** The assumptions a draft stands for, or why not: read by the shared parsers, bounded by the contract. */
export function checkDraft(draft: Draft, stored: TargetAssumptions): CheckedDraft {
  const { values, errors } = fromDraft(draft);
  const savable = { ...stored };
  for (const { key } of ASSUMPTION_FIELDS) {
    if (errors[key] !== undefined) continue;
    // The bounds are per field, so each is checked on its own.
    const parsed = assumptionsSchema.shape[key].safeParse(values[key]);
    if (parsed.success) savable[key] = parsed.data;
    else errors[key] = withLabel(ASSUMPTION_LABELS[key], parsed.error.issues[0]!.message);
  }
  return { assumptions: Object.keys(errors).length ? null : savable, savable, errors };
}

/**
 * What was typed into fields that could not be saved, per scenario, for as long as the app runs: coming
 * back to the scenario shows it again, with its message, instead of silently the stored value.
 */
const unsaved = new Map<string, Partial<Draft>>();

export function rememberUnsaved(scenarioId: string, draft: Draft, errors: CheckedDraft['errors']): void {
  const fields = Object.fromEntries(Object.keys(errors).map((k) => [k, draft[k as AssumptionKey]]));
  if (Object.keys(fields).length) unsaved.set(scenarioId, fields);
  else unsaved.delete(scenarioId);
}

export const recallUnsaved = (scenarioId: string): Partial<Draft> => unsaved.get(scenarioId) ?? {};

export const forgetUnsaved = (scenarioId: string): void => void unsaved.delete(scenarioId);
