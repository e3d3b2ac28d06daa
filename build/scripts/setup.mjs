#!/usr/bin/env node
// Idempotent install step that npm's own scripts can't do here (see .npmrc: dependency scripts are off).
// 1. better-sqlite3 for Node (tests, browser mode, CLI): build from source if the binary is missing or
//    built for another ABI.
// 2. Electron's binary: run Electron's own install script. Where the download is unreachable it fails
//    fast; we note it and carry on, and `npm start` falls back to the browser mode.
// 3. Where Electron is present: a second better-sqlite3 built for Electron's ABI under .native/, loaded
//    by the desktop app through better-sqlite3's `nativeBinding` option. node_modules keeps the Node
//    build, so tests and the desktop app never overwrite each other's binary (the usual
//    NODE_MODULE_VERSION mismatch).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinaryPath, electronSqliteBinding, electronVersion, root } from './native-paths.mjs';

const quiet = process.argv.includes('--quiet');
const log = (msg) => { if (!quiet) console.log(`[setup] ${msg}`); };

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { cwd: root, stdio: quiet ? 'pipe' : 'inherit', ...opts });
}

function nodeSqliteWorks() {
  const probe = "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()";
  return run(process.execPath, ['-e', probe], { stdio: 'pipe' }).status === 0;
}

function ensureNodeSqlite() {
  if (nodeSqliteWorks()) return;
  log('building better-sqlite3 for Node (first run only, about a minute)...');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const res = run(npm, ['rebuild', 'better-sqlite3', '--ignore-scripts=false'], { shell: process.platform === 'win32' });
  if (res.status !== 0 || !nodeSqliteWorks()) {
    console.error('[setup] could not build better-sqlite3 for Node: a C++ toolchain (g++/make/python3) is needed.');
    process.exit(1);
  }
}

function ensureElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return null;
  if (electronBinaryPath()) return electronBinaryPath();
  log("fetching Electron's binary...");
  const res = run(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], { stdio: 'pipe' });
  const bin = electronBinaryPath();
  if (res.status !== 0 || !bin) {
    log("Electron's binary could not be downloaded (no network to its host); desktop mode unavailable, browser mode works.");
    return null;
  }
  return bin;
}

function ensureElectronSqlite() {
  const target = electronSqliteBinding();
  if (existsSync(target)) return;
  const stage = join(root, '.native', `electron-${electronVersion()}`);
  log(`building better-sqlite3 for Electron ${electronVersion()} into ${stage}...`);
  mkdirSync(join(stage, 'node_modules'), { recursive: true });
  writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'tandem-native', private: true, dependencies: { 'better-sqlite3': '*' } }));
  cpSync(join(root, 'node_modules', 'better-sqlite3'), join(stage, 'node_modules', 'better-sqlite3'), {
    recursive: true,
    filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
  });
  const rebuildCli = join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js');
  const res = run(process.execPath, [rebuildCli, '--version', electronVersion(), '--module-dir', stage, '--only', 'better-sqlite3', '--force']);
  if (res.status !== 0 || !existsSync(target)) {
    console.error('[setup] could not build better-sqlite3 for Electron; `npm start` will use the browser mode.');
  }
}

ensureNodeSqlite();
if (ensureElectron()) ensureElectronSqlite();
