// The desktop transport: binds the route table to one IPC channel. Only the app's own top frame may call.
import { BrowserWindow, ipcMain } from 'electron';
import { dispatch, type Logger } from './api/dispatch';
import type { EventHub } from './api/events';
import type { RouteTable } from './api/routes';
import type { WireResponse } from './api/wire';
import { isTrustedSender } from './shell-guards';

export const INVOKE_CHANNEL = 'verbatim:invoke';
export const EVENT_CHANNEL = 'verbatim:event';

export function bindIpc(table: RouteTable, events: EventHub, log?: Logger): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, name: unknown, input: unknown): Promise<WireResponse<unknown>> => {
    if (!isTrustedSender(event)) {
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
