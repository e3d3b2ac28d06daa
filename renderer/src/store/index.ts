import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import { createAccountQuerySlice } from '../features/accounts/accountQuerySlice';
import { createBoardFiltersSlice } from '../features/boards/boardFiltersSlice';
import { createClockSlice } from '../features/clock/clockSlice';
import { createNavSlice } from '../features/nav/navSlice';
import { createNotificationsSlice } from '../features/notifications/notificationsSlice';
import { createPlanChoiceSlice } from '../features/plans/planChoiceSlice';
import { createUndoSlice } from '../features/undo/undoSlice';
import type { AppState } from './types';

// Middleware only here, on the combined store (zustand's slices guide).
export const useAppStore = create<AppState>()(
  devtools(
    (...a) => ({
      ...createNavSlice(...a),
      ...createPlanChoiceSlice(...a),
      ...createAccountQuerySlice(...a),
      ...createClockSlice(...a),
      ...createNotificationsSlice(...a),
      ...createUndoSlice(...a),
      ...createBoardFiltersSlice(...a),
    }),
    { name: 'tandem', enabled: import.meta.env.DEV },
  ),
);
