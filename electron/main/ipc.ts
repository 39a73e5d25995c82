/**
 * The only file that talks IPC in main: one `ipcMain.handle` per call in the contract, each behind a
 * sender check, and every core event forwarded to the main window. Nothing else imports ipcMain or
 * calls webContents.send.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channelOf } from '../shared/api';
import { callNames } from '../shared/contract';
import { fail, type Result } from '../shared/result';
import { dispatch, type Handlers } from '../core/dispatch';
import type { EventBus } from '../core/event-bus';

export type WindowGetter = () => BrowserWindow | null;
export type TrustedUrl = (url: string) => boolean;

const forbidden: Result<never> = fail({
  code: 'forbidden',
  message: 'This request did not come from the Netwell window.',
});

/**
 * True only for the main window's top frame showing one of our own pages (Electron security
 * checklist item 17): not a subframe, not another window, not a page that navigated elsewhere.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: BrowserWindow | null,
  trustedUrl: TrustedUrl,
): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  const top = contents.mainFrame;
  if (frame.processId !== top.processId || frame.frameToken !== top.frameToken) return false;
  return trustedUrl(frame.url);
}

export interface IpcOptions {
  handlers: Handlers;
  bus: EventBus;
  mainWindow: WindowGetter;
  trustedUrl: TrustedUrl;
  log(error: unknown): void;
}

/** Registers every contract call and starts forwarding events. Returns a function that undoes both. */
export function registerIpc({
  handlers,
  bus,
  mainWindow,
  trustedUrl,
  log,
}: IpcOptions): () => void {
  for (const name of callNames) {
    ipcMain.handle(channelOf(name), (event, input: unknown) =>
      isTrustedSender(event, mainWindow(), trustedUrl)
        ? dispatch(handlers, name, input, log)
        : Promise.resolve(forbidden),
    );
  }
  const unsubscribe = bus.subscribe((name, payload) => {
    const window = mainWindow();
    if (!window || window.isDestroyed()) return;
    // Only ever push app data to our own page.
    if (!trustedUrl(window.webContents.mainFrame.url)) return;
    window.webContents.send(channelOf(name), payload);
  });
  return () => {
    unsubscribe();
    for (const name of callNames) ipcMain.removeHandler(channelOf(name));
  };
}
