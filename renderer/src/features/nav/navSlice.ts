import type { SliceCreator } from '../../store/types';

export const AREAS = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'targets', label: 'Targets' },
  { id: 'slas', label: 'SLAs' },
  { id: 'kpis', label: 'KPI snapshots' },
  { id: 'accounts', label: 'Target accounts' },
  { id: 'board', label: 'Accounts board' },
  { id: 'budget', label: 'Budget board' },
  { id: 'content', label: 'Content board' },
] as const;
export type AreaId = (typeof AREAS)[number]['id'];

const fromHash = (): AreaId => {
  const id = typeof location === 'undefined' ? '' : location.hash.slice(1);
  return AREAS.find((a) => a.id === id)?.id ?? 'dashboard';
};

export interface NavSlice {
  area: AreaId;
  /** Bumped when the user picks a page, so the page's heading takes focus once it has rendered. */
  headingFocus: number;
  goTo(area: AreaId): void;
  syncFromHash(): void;
}

/** The area lives in the URL hash, so reload and back/forward keep the user where they were. */
export const createNavSlice: SliceCreator<NavSlice> = (set) => ({
  area: fromHash(),
  headingFocus: 0,
  goTo: (area) => {
    if (location.hash !== `#${area}`) location.hash = area;
    set((s) => ({ area, headingFocus: s.headingFocus + 1 }));
  },
  syncFromHash: () => set({ area: fromHash() }),
});
