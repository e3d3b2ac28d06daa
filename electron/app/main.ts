import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import { openCore, type Core } from '../core/core';
import { DB_FILE_NAME } from '../core/paths';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createMainWindow } from './window';

const distDir = join(__dirname, '..');
let core: Core | undefined;

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win?.isMinimized()) win.restore();
  win?.focus();
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.whenReady().then(async () => {
  // No camera, microphone, notifications or anything else a page might ask for.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  try {
    core = await openCore({
      dbPath: process.env.TANDEM_DB ?? join(app.getPath('userData'), DB_FILE_NAME),
      nativeBinding: process.env.TANDEM_SQLITE_BINDING || undefined,
      seedDemo: true,
    });
  } catch (error) {
    dialog.showErrorBox('Tandem cannot open your plans', (error as Error).message);
    app.exit(1);
    return;
  }
  registerIpc(core.dispatch, `file://${join(distDir, 'renderer', 'index.html')}`);
  installMenu();
  createMainWindow(distDir);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0 && core) createMainWindow(distDir);
});

app.on('will-quit', () => {
  void core?.close();
});
