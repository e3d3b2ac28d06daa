import type { StateCreator } from 'zustand';
import type { AccountsSlice } from '../features/accounts/accountsSlice';
import type { NotificationsSlice } from '../features/notifications/notificationsSlice';
import type { PlansSlice } from '../features/plans/plansSlice';
import type { UndoSlice } from '../features/undo/undoSlice';

export type AppState = PlansSlice & AccountsSlice & NotificationsSlice & UndoSlice;

/** Each feature's slice sees the whole store, so slices can call each other's actions. */
export type SliceCreator<T> = StateCreator<AppState, [['zustand/devtools', never]], [], T>;
