import { useEffect, useState } from 'react';
import type { ScorecardRow } from '../../../../shared/planning/dashboard';
import { invoke } from '../../api/client';

/**
 * The plan's SLA statuses and history, fetched for this page alone (so it doesn't move the dashboard's
 * period); `refreshKey` changes whenever the SLAs do.
 */
export function useScorecard(planId: string, refreshKey: unknown): ScorecardRow[] | null {
  const [rows, setRows] = useState<ScorecardRow[] | null>(null);
  useEffect(() => {
    let live = true;
    void invoke('dashboard.get', { planId, selection: 'all' }).then((result) => {
      if (live && result.ok) setRows(result.value.scorecard);
    });
    return () => {
      live = false;
    };
  }, [planId, refreshKey]);
  return rows;
}
