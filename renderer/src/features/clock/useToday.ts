import { useState } from 'react';
import { useAppStore } from '../../store';

/** Now, by the core's clock. */
export const todayNow = () => new Date(Date.now() + useAppStore.getState().clockOffsetMs);

/** Now by the core's clock (as of when the component mounted), re-read when the clock is synced. */
export function useToday(): Date {
  const offset = useAppStore((s) => s.clockOffsetMs);
  const [mountedAt] = useState(() => Date.now());
  return new Date(mountedAt + offset);
}
