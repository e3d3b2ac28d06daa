import type { StateCreator } from 'zustand';
import type { AccountsSlice } from '../features/accounts/accountsSlice';
import type { DashboardSlice } from '../features/dashboard/dashboardSlice';
import type { KpisSlice } from '../features/kpis/kpisSlice';
import type { NavSlice } from '../features/nav/navSlice';
import type { NotificationsSlice } from '../features/notifications/notificationsSlice';
import type { PlansSlice } from '../features/plans/plansSlice';
import type { SlasSlice } from '../features/slas/slasSlice';
import type { TargetsSlice } from '../features/targets/targetsSlice';
import type { UndoSlice } from '../features/undo/undoSlice';

export type AppState = NavSlice & PlansSlice & AccountsSlice & TargetsSlice & SlasSlice & KpisSlice & DashboardSlice & NotificationsSlice & UndoSlice;

/** Each feature's slice sees the whole store, so slices can call each other's actions. */
export type SliceCreator<T> = StateCreator<AppState, [['zustand/devtools', never]], [], T>;
