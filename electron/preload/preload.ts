import { contextBridge, ipcRenderer } from 'electron';
import { OP_NAMES } from '../../shared/contract/names';
import { INVOKE_CHANNEL } from '../../shared/contract/channel';
const allowed = new Set<string>(OP_NAMES);

// The renderer gets one function, and it only carries contract ops.
contextBridge.exposeInMainWorld('tandem', {
  invoke: (op: string, input: unknown) =>
    allowed.has(op) ? ipcRenderer.invoke(INVOKE_CHANNEL, op, input) : Promise.resolve({ ok: false, error: { code: 'UNKNOWN_OP', message: `Unknown operation: ${op}` } }),
});
