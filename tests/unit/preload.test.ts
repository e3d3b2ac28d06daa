import { describe, expect, it, vi } from 'vitest';
import { opNamesMatchContract } from './preload-support';

const exposed: Record<string, { invoke(op: string, input: unknown): Promise<unknown> }> = {};
const ipcInvoke = vi.fn(async () => ({ ok: true, value: 'from main' }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: (typeof exposed)[string]) => (exposed[key] = api) },
  ipcRenderer: { invoke: ipcInvoke },
}));
await import('../../electron/preload/preload');

describe('preload bridge', () => {
  it('exposes one invoke() and forwards contract ops on the one channel', async () => {
    expect(Object.keys(exposed)).toEqual(['tandem']);
    expect(Object.keys(exposed.tandem!)).toEqual(['invoke']);
    await expect(exposed.tandem!.invoke('plans.list', {})).resolves.toEqual({ ok: true, value: 'from main' });
    expect(ipcInvoke).toHaveBeenCalledWith('tandem:invoke', 'plans.list', {});
  });

  it('refuses anything that is not a contract op without touching IPC', async () => {
    ipcInvoke.mockClear();
    await expect(exposed.tandem!.invoke('fs.readFile', '/etc/passwd')).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_OP' } });
    expect(ipcInvoke).not.toHaveBeenCalled();
  });

  it('allows exactly the contract ops', () => expect(opNamesMatchContract()).toBe(true));
});
