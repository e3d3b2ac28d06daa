// `npm start`: the desktop app where Electron's binary is installed, otherwise the browser mode.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinaryPath, electronSqliteBinding, root } from './native-paths.mjs';

const DEFAULT_PORT = '4780';
const electron = electronBinaryPath();
const binding = electron ? electronSqliteBinding() : null;
const forceBrowser = process.argv.includes('--browser') || process.env.TANDEM_BROWSER === '1';

function run(cmd, args, env = process.env) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (electron && binding && existsSync(binding) && !forceBrowser) {
  // Chromium refuses to run as root without --no-sandbox (containers, CI); the renderer sandbox stays on.
  const rootFlags = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  run(electron, [root, ...rootFlags], { ...process.env, TANDEM_SQLITE_BINDING: binding });
} else {
  const why = forceBrowser
    ? 'browser mode was asked for'
    : !electron
      ? "Electron's binary is not installed on this machine (its download host is unreachable)"
      : 'better-sqlite3 has no Electron build yet (run `npm run setup`)';
  console.log(`Tandem is starting in browser mode because ${why}. Open the URL below in your browser.`);
  run(process.execPath, [join(root, 'dist', 'electron', 'web.cjs'), '--port', process.env.PORT ?? DEFAULT_PORT]);
}
