// Where the Electron binary and the Electron-ABI build of better-sqlite3 live (see setup.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function electronBinaryPath() {
  const dir = join(root, 'node_modules', 'electron');
  try {
    const bin = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

export const electronVersion = () =>
  JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

export const electronSqliteBinding = () =>
  join(root, '.native', `electron-${electronVersion()}`, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
