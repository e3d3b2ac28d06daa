import { useState } from 'react';
import type { KpiSnapshotFields } from '../../../../shared/domain/kpi';
import type { AppErrorBody } from '../../../../shared/result';
import { saveSnapshots } from './snapshots';

/**
 * Saves snapshots into a plan; when some already exist, asks before replacing them (the prompt renders
 * from `pending`). Resolves with the error, if any, that the caller should show.
 */
export function useSaveWithReplace(planId: string, onSaved: (count: number) => void) {
  const [pending, setPending] = useState<{ rows: KpiSnapshotFields[]; message: string } | null>(null);

  const save = async (rows: KpiSnapshotFields[], replace = false): Promise<AppErrorBody | null> => {
    const result = await saveSnapshots(planId, rows, replace);
    if (result.ok) {
      setPending(null);
      onSaved(rows.length);
      return null;
    }
    if (result.error.code === 'CONFLICT' && !replace) {
      setPending({ rows, message: result.error.message });
      return null;
    }
    return result.error;
  };

  return {
    save,
    prompt: {
      message: pending?.message ?? null,
      onReplace: () => pending && void save(pending.rows, true),
      onCancel: () => setPending(null),
    },
  };
}
