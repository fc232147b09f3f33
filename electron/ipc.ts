// The desktop transport: binds the route table to one IPC channel. Only the app's own top frame may call.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { dispatch, type Logger } from './api/dispatch';
import type { EventHub } from './api/events';
import type { RouteTable } from './api/routes';
import type { WireResponse } from './api/wire';

export const INVOKE_CHANNEL = 'verbatim:invoke';
export const EVENT_CHANNEL = 'verbatim:event';

export function isTrustedSender(event: IpcMainInvokeEvent, appOrigin: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  try {
    return new URL(frame.url).origin === appOrigin;
  } catch {
    return false;
  }
}

export function bindIpc(table: RouteTable, events: EventHub, appOrigin: string, log?: Logger): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, name: unknown, input: unknown): Promise<WireResponse<unknown>> => {
    if (!isTrustedSender(event, appOrigin)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'This frame may not call Verbatim routes.' } };
    }
    if (typeof name !== 'string') return { ok: false, error: { code: 'UNKNOWN_ROUTE', message: 'A route name must be a string.' } };
    return dispatch(table, name, input, log);
  });
  const unsubscribe = events.subscribe((appEvent) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, appEvent);
    }
  });
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe();
  };
}
