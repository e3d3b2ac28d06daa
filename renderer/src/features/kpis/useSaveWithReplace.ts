import { useState } from 'react';
import type { KpiSnapshotFields } from '../../../../shared/domain/kpi';
import { formatForInput } from '../../../../shared/format';
import type { AppErrorBody } from '../../../../shared/result';
import { saveSnapshots } from './snapshots';

/** How a save ended: stored (null), kept as it was after the user declined to replace, or an error to show. */
export type SaveOutcome = AppErrorBody | 'kept' | null;

interface Pending {
  rows: KpiSnapshotFields[];
  message: string;
  settle(outcome: SaveOutcome): void;
}

/** "Replace it?", with both numbers when one row repeats a stored one. */
function askText(message: string, rows: readonly KpiSnapshotFields[], details: unknown): string {
  const conflicts = (details as { conflicts?: { index: number; existingValue: number }[] } | undefined)?.conflicts ?? [];
  const [one] = conflicts;
  if (conflicts.length !== 1 || !one || !rows[one.index]) return message;
  return `${message} Stored: ${formatForInput(one.existingValue)}; new: ${formatForInput(rows[one.index]!.value)}.`;
}

/**
 * Saves snapshots into a plan; when some already exist, asks before replacing them (the prompt renders
 * from `prompt`), and resolves only once the user has answered, so a form keeps what was typed until
 * it is stored or the user keeps the stored values.
 */
export function useSaveWithReplace(planId: string, onSaved: (count: number) => void) {
  const [pending, setPending] = useState<Pending | null>(null);

  const save = async (rows: KpiSnapshotFields[], replace = false): Promise<SaveOutcome> => {
    const result = await saveSnapshots(planId, rows, replace);
    if (result.ok) {
      onSaved(rows.length);
      return null;
    }
    if (result.error.code === 'CONFLICT' && !replace) {
      const message = askText(result.error.message, rows, result.error.details);
      return new Promise<SaveOutcome>((settle) => setPending({ rows, message, settle }));
    }
    return result.error;
  };

  const answer = async (replace: boolean) => {
    if (!pending) return;
    setPending(null);
    pending.settle(replace ? await save(pending.rows, true) : 'kept');
  };

  return {
    save,
    prompt: { message: pending?.message ?? null, onReplace: () => void answer(true), onCancel: () => void answer(false) },
  };
}
