// The bridge between the sandboxed page and the main process: one typed invoke and one event subscription,
// nothing else. Channel names are repeated here because a sandboxed preload cannot import the main's modules.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

contextBridge.exposeInMainWorld('verbatim', {
  invoke: (route: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('verbatim:invoke', route, input),
  onEvent: (listener: (event: unknown) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on('verbatim:event', forward);
    return () => ipcRenderer.removeListener('verbatim:event', forward);
  },
});
