import type { Handlers } from './handlers';

export function appHandlers(info: { version: string; schemaVersion: string; dataPath: string }): Handlers<'app.info'> {
  return { 'app.info': async () => info };
}
