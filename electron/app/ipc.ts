import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/contract/channel';
import type { Dispatch } from '../core/dispatcher';
import { isTrustedSender } from './navigation';

export function registerIpc(dispatch: Dispatch, indexUrl: string) {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, op: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!frame || !isTrustedSender(frame.url, frame === event.sender.mainFrame, indexUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'IPC from an untrusted frame was refused.' } };
    }
    return dispatch(String(op), input);
  });
}
