import type { StateCreator } from 'zustand';
import type { AccountQuerySlice } from '../features/accounts/accountQuerySlice';
import type { BoardFiltersSlice } from '../features/boards/boardFiltersSlice';
import type { ClockSlice } from '../features/clock/clockSlice';
import type { NavSlice } from '../features/nav/navSlice';
import type { NotificationsSlice } from '../features/notifications/notificationsSlice';
import type { PlanChoiceSlice } from '../features/plans/planChoiceSlice';
import type { UndoSlice } from '../features/undo/undoSlice';

/** UI state only: what the core answered lives in the query cache (api/cache.ts). */
export type AppState = NavSlice & PlanChoiceSlice & AccountQuerySlice & ClockSlice & NotificationsSlice & UndoSlice & BoardFiltersSlice;

/** Each feature's slice sees the whole store, so slices can call each other's actions. */
export type SliceCreator<T> = StateCreator<AppState, [['zustand/devtools', never]], [], T>;
