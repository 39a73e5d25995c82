import type WebSocket from 'ws';

/** One contract call over an open socket to the web host; resolves with its Result. */
export function socketCall(
  ws: WebSocket,
  id: number,
  name: string,
  input?: unknown,
): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (raw: WebSocket.RawData) => {
      const message = JSON.parse(String(raw)) as { type: string; id?: number; result?: unknown };
      if (message.type === 'result' && message.id === id) {
        ws.off('message', onMessage);
        resolve(message.result);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ type: 'call', id, name, input }));
  });
}
