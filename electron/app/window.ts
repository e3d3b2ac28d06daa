import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { isAllowedNavigation } from './navigation';

/** The one app window. webPreferences stay an object literal here so Electronegativity can read them. */
export function createMainWindow(distDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Tandem',
    show: false,
    backgroundColor: '#10141c',
    webPreferences: {
      // Reviewed: the preload exposes one function, invoke(op, input), for contract ops only.
      preload: join(distDir, 'electron', 'preload.cjs'), /* eng-disable PRELOAD_JS_CHECK */
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      // Middle-click would otherwise open links in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  const indexUrl = `file://${join(distDir, 'renderer', 'index.html')}`;
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, indexUrl)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, indexUrl)) event.preventDefault();
  });
  // No new windows, and no openExternal: every URL in a plan came from someone else's file.
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void win.loadFile(join(distDir, 'renderer', 'index.html'));
  return win;
}
