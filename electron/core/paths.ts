import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DB_FILE_NAME = 'tandem.sqlite';

/**
 * The same folder Electron's app.getPath('userData') gives for "Tandem", so the desktop app and the
 * browser mode open the same plans.
 */
export function defaultDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Tandem');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tandem');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Tandem');
}

export function defaultDbPath(): string {
  const dir = defaultDataDir();
  mkdirSync(dir, { recursive: true });
  return join(dir, DB_FILE_NAME);
}
