/**
 * The renderer's one door to the app. In Electron the preload has put `window.netwell` there; in
 * the browser host we build the same object over a WebSocket.
 */
import { createApi, type NetwellApi } from '../../../electron/shared/api';
import { createWebTransport } from './web-transport';

declare global {
  interface Window {
    netwell?: NetwellApi;
  }
}

export const netwell: NetwellApi = window.netwell ?? createApi(createWebTransport());
