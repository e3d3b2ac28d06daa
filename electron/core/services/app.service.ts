import type { Handlers } from './handlers';

/** What the app is and where its data lives, and the core's clock, which `--as-of` sets for every door. */
export function appHandlers(info: { version: string; schemaVersion: string; dataPath: string }, now: () => string): Handlers<'app.info'> {
  return { 'app.info': async () => ({ ...info, now: now() }) };
}
