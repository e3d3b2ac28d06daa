import type { AppErrorBody } from '../../../../shared/result';
import type { SliceCreator } from '../../store/types';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
  /** An action offered with the message, e.g. Undo. */
  action?: { label: string; run: () => void };
  /**
   * What the message is about ("grid", "kpi-save"). A newer message about the same thing replaces the
   * older one, so a success never sits beside the error it has made stale.
   */
  topic?: string;
}

export interface NotificationsSlice {
  toasts: Toast[];
  notify(toast: Omit<Toast, 'id'>): void;
  notifyError(error: AppErrorBody): void;
  dismiss(id: number): void;
}

let nextId = 1;
const LIFETIME_MS = { error: 10_000, info: 6_000 };

export const createNotificationsSlice: SliceCreator<NotificationsSlice> = (set, get) => ({
  toasts: [],
  notify: (toast) => {
    const id = nextId++;
    set((s) => {
      const kept = toast.topic ? s.toasts.filter((t) => t.topic !== toast.topic) : s.toasts;
      return { toasts: [...kept.slice(-3), { ...toast, id }] };
    });
    setTimeout(() => get().dismiss(id), LIFETIME_MS[toast.kind]);
  },
  notifyError: (error) => get().notify({ kind: 'error', message: error.message }),
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
});
