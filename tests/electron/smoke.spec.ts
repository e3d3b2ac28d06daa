import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {} from '../../renderer/src/api/client'; // window.tandem's type

const root = join(import.meta.dirname, '..', '..');
const electronDir = join(root, 'node_modules', 'electron');

function electronBinary(): string | null {
  try {
    const bin = join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version as string;
const binding = join(root, '.native', `electron-${version}`, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const SKIP_REASON = "SKIPPED: Electron desktop smoke test: Electron's binary is not installed on this machine (its download is unreachable here). It runs wherever `npm run setup` could fetch it.";

if (!binary) console.log(SKIP_REASON);

test('the desktop app opens the demo plan in a sandboxed window', async () => {
  test.skip(!binary, SKIP_REASON);
  const app = await electron.launch({
    executablePath: binary!,
    args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, TANDEM_DB: join(mkdtempSync(join(tmpdir(), 'tandem-e-')), 'tandem.sqlite'), TANDEM_SQLITE_BINDING: binding },
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle('Tandem');
    await expect(page.getByLabel('Current plan')).toHaveText(/demo/);
    // The page has the bridge and nothing of Node (the constructor options are unit-tested).
    expect(await page.evaluate(() => [typeof window.tandem, typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['object', 'undefined', 'undefined']);
    expect(await page.evaluate(() => window.tandem!.invoke('fs.read', {}))).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OP' } });
    expect(await page.evaluate(() => window.tandem!.invoke('plans.list', {}))).toMatchObject({ ok: true });
  } finally {
    await app.close();
  }
});
