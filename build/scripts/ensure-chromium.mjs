// E2E tests drive a system Chromium (Playwright's own browser download can't work offline).
// Installs Debian's package where we can (root + apt-get); otherwise says exactly what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (canApt) {
  console.log('[tests] Chromium not found: installing Debian\'s chromium package...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok = ['apt-get update -qq', 'apt-get install -y -qq chromium'].every((cmd) => spawnSync('sh', ['-c', cmd], { stdio: 'inherit', env }).status === 0);
  if (ok && existsSync(path)) process.exit(0);
}
console.error(`[tests] No Chromium at ${path}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`);
process.exit(1);
