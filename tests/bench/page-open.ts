/**
 * How long a page takes to open at 30,000 contacts: from the hash change until every call the page
 * made to the core has been answered and the page has drawn the frame after. The calls are counted
 * at the page's WebSocket (installed before the app loads), so no page needs its own marker.
 */
import type { Page } from 'playwright-core';

interface CallCounter {
  /** Ids of the calls sent and not answered yet. */
  pending: Set<number>;
  /** When the last call was sent or answered. */
  last: number;
  /** The frame after the last answer: its results are on screen. */
  drawn: number;
}

/** Before navigation: wraps the page's WebSocket to count calls in flight. */
export async function countCoreCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter: CallCounter = { pending: new Set(), last: 0, drawn: 0 };
    const idOf = (text: string) => Number(/"id":(\d+)/.exec(text.slice(0, 40))?.[1]);
    (window as unknown as { __calls: CallCounter }).__calls = counter;
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        this.addEventListener('message', (event: MessageEvent) => {
          // The host writes `{"type":"result",…}`: no need to parse every message.
          const text = String(event.data);
          if (text.startsWith('{"type":"result"')) {
            counter.pending.delete(idOf(text));
            counter.last = performance.now();
            requestAnimationFrame(() => (counter.drawn = performance.now()));
          }
        });
      }
      override send(data: Parameters<WebSocket['send']>[0]): void {
        if (typeof data === 'string' && data.startsWith('{"type":"call"')) {
          counter.pending.add(idOf(data));
          counter.last = performance.now();
        }
        super.send(data);
      }
    };
  });
}

/** Opens `route` from `from` (another page) `times` times; the time of each opening. */
export async function timePageOpen(
  page: Page,
  route: string,
  from: string,
  times: number,
): Promise<number[]> {
  const result: number[] = [];
  for (let i = 0; i < times; i++) {
    await page.evaluate((hash) => (location.hash = hash), from);
    await page.waitForTimeout(300);
    result.push(
      await page.evaluate(async (hash) => {
        const calls = (window as unknown as { __calls: CallCounter }).__calls;
        const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
        const start = performance.now();
        location.hash = hash;
        // Quiet: nothing in flight and no call or answer for 100 ms.
        for (;;) {
          await frame();
          const now = performance.now();
          if (now - start > 30_000) throw new Error(`${hash} never finished loading`);
          const quiet = calls.pending.size === 0 && now - calls.last > 100;
          if (quiet && calls.drawn > start) break;
        }
        return calls.drawn - start;
      }, route),
    );
  }
  return result;
}
