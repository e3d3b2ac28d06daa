import type { SliceCreator } from '../../store/types';

/**
 * The core's clock, as an offset from this machine's: with `--as-of`, "today" is the day under review
 * everywhere, the renderer's defaults too (the KPI entry month, SLA review dates, the next quarter).
 */
export interface ClockSlice {
  clockOffsetMs: number;
  syncClock(coreNowIso: string): void;
}

export const createClockSlice: SliceCreator<ClockSlice> = (set) => ({
  clockOffsetMs: 0,
  syncClock: (coreNowIso) => {
    const core = Date.parse(coreNowIso);
    if (Number.isFinite(core)) set({ clockOffsetMs: core - Date.now() });
  },
});
