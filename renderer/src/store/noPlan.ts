import type { Result } from '../../../shared/result';

/** What an action that needs a plan answers when none is selected (the UI normally prevents this). */
export const NO_PLAN: Result<never> = { ok: false, error: { code: 'VALIDATION', message: 'Choose a plan first.' } };
