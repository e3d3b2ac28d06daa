import type { DashboardModel } from '../../../../shared/planning/dashboard';
import { invoke } from '../../api/client';
import type { SliceCreator } from '../../store/types';

export interface DashboardSlice {
  dashboard: DashboardModel | null;
  dashboardSelection: string;
  dashboardLoading: boolean;
  loadDashboard(planId: string, selection?: string): Promise<void>;
}

export const createDashboardSlice: SliceCreator<DashboardSlice> = (set, get) => ({
  dashboard: null,
  dashboardSelection: 'all',
  dashboardLoading: false,
  loadDashboard: async (planId, selection = get().dashboardSelection) => {
    set({ dashboardLoading: true, dashboardSelection: selection });
    const result = await invoke('dashboard.get', { planId, selection });
    if (get().currentPlanId !== planId) return;
    if (result.ok) set({ dashboard: result.value, dashboardLoading: false });
    else {
      set({ dashboardLoading: false });
      // A month from another plan: fall back to the whole plan rather than show an error.
      if (selection !== 'all') return get().loadDashboard(planId, 'all');
      get().notifyError(result.error);
    }
  },
});
