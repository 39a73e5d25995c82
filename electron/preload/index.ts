/**
 * The preload: runs sandboxed, before the page, in its own world. It exposes exactly one object,
 * `window.netwell`, built from the IPC contract: the page never sees ipcRenderer or the IPC event
 * (whose `sender` would hand it ipcRenderer back).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelOf, createApi, type Transport } from '../shared/api';
import type { Result } from '../shared/result';

const transport: Transport = {
  invoke: (name, input) => ipcRenderer.invoke(channelOf(name), input) as Promise<Result<unknown>>,
  subscribe(name, listener) {
    const channel = channelOf(name);
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('netwell', createApi(transport));
