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

/**
 * Starts recording every value a `<progress>` labelled `label` shows, in the page itself: polling
 * from the test can miss the bar, which is gone as soon as the last piece arrives. Answers a
 * function that reads the values seen so far, in order, without repeats.
 */
export async function recordProgress(page: Page, label: string): Promise<() => Promise<number[]>> {
  await page.evaluate((name) => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    const note = () => {
      const bar = document.querySelector<HTMLProgressElement>(`progress[aria-label="${name}"]`);
      if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['value'],
    });
    note();
  }, label);
  return () => page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
}
