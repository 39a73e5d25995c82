import type { Page } from '@playwright/test';

/**
 * Holds each piece of an upload on its way to the host for `ms`, so the progress can be seen and
 * Cancel pressed. Call before the page loads (it wraps the page's socket to /api).
 */
export async function slowUploads(page: Page, ms: number): Promise<void> {
  await page.routeWebSocket(/\/api(\?.*)?$/, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      if (typeof message === 'string' && message.includes('"uploads.chunk"')) {
        setTimeout(() => server.send(message), ms);
      } else server.send(message);
    });
  });
}
