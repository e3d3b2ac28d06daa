import { beforeEach, describe, expect, it, vi } from 'vitest';

// The Electron binary can't run here, so the window's security settings are checked on what the
// BrowserWindow constructor receives.
const created: { options: Record<string, unknown>; handlers: Record<string, (...args: unknown[]) => void>; openHandler?: (d: { url: string }) => unknown }[] = [];
vi.mock('electron', () => {
  class BrowserWindow {
    webContents: { on: (e: string, h: (...args: unknown[]) => void) => void; setWindowOpenHandler: (h: (d: { url: string }) => unknown) => void };
    constructor(options: Record<string, unknown>) {
      const entry: (typeof created)[number] = { options, handlers: {} };
      created.push(entry);
      this.webContents = {
        on: (event, handler) => (entry.handlers[event] = handler),
        setWindowOpenHandler: (handler) => (entry.openHandler = handler),
      };
    }
    once() {}
    loadFile() {
      return Promise.resolve();
    }
  }
  return { BrowserWindow, shell: { openExternal: vi.fn() } };
});

const { createMainWindow } = await import('../../electron/app/window');
const { isAllowedNavigation, isTrustedSender } = await import('../../electron/app/navigation');

describe('main window', () => {
  beforeEach(() => (created.length = 0));

  it('is created with the secure webPreferences', () => {
    createMainWindow('/opt/tandem/dist');
    const prefs = created[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/opt/tandem/dist/electron/preload.cjs',
    });
  });

  it('denies every new window and navigation away from the app', () => {
    createMainWindow('/opt/tandem/dist');
    const win = created[0]!;
    expect(win.openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const event = { preventDefault: vi.fn() };
      win.handlers['will-navigate']!(event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    const reload = { preventDefault: vi.fn() };
    win.handlers['will-navigate']!(reload, 'file:///opt/tandem/dist/renderer/index.html');
    expect(reload.preventDefault).not.toHaveBeenCalled();
  });
});

describe('navigation and IPC sender checks', () => {
  const index = 'file:///opt/tandem/dist/renderer/index.html';
  it('parses URLs rather than prefix-matching them', () => {
    expect(isAllowedNavigation('file:///opt/tandem/dist/renderer/index.html#accounts', index)).toBe(true);
    expect(isAllowedNavigation('file:///opt/tandem/dist/renderer/index.html.evil', index)).toBe(false);
    expect(isAllowedNavigation('http://opt/tandem/dist/renderer/index.html', index)).toBe(false);
    expect(isAllowedNavigation('not a url', index)).toBe(false);
  });
  it('trusts only our own main frame', () => {
    expect(isTrustedSender(index, true, index)).toBe(true);
    expect(isTrustedSender(index, false, index)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true, index)).toBe(false);
    expect(isTrustedSender(undefined, true, index)).toBe(false);
  });
});
