import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { dispatch, type Handlers } from '../core/dispatch';
import type { EventBus } from '../core/event-bus';

const CallMessage = z.object({
  type: z.literal('call'),
  id: z.number().int().nonnegative(),
  name: z.string().max(100),
  input: z.unknown().optional(),
});

/**
 * The web host's IPC: the same contract and handlers as Electron's ipcMain, over a WebSocket at
 * /api. The sender check is the Origin and Host: only pages this host served (on 127.0.0.1 or
 * localhost at our port) may connect, which also defeats DNS rebinding.
 */
export function attachSocketApi(
  server: Server,
  handlers: Handlers,
  bus: EventBus,
  log: (error: unknown) => void,
): { close(): Promise<void> } {
  const wss = new WebSocketServer({
    server,
    path: '/api',
    maxPayload: 8 * 1024 * 1024,
    verifyClient: ({ req }: { req: IncomingMessage }) => isOwnPage(req, server),
  });
  const clients = new Set<WebSocket>();

  const unsubscribe = bus.subscribe((name, payload) => {
    const text = JSON.stringify({ type: 'event', name, payload });
    for (const client of clients) if (client.readyState === client.OPEN) client.send(text);
  });

  wss.on('connection', (socket) => {
    clients.add(socket);
    socket.on('close', () => clients.delete(socket));
    socket.on('message', async (raw) => {
      let message: z.output<typeof CallMessage>;
      try {
        message = CallMessage.parse(JSON.parse(String(raw)));
      } catch {
        socket.close(1003, 'Malformed message');
        return;
      }
      const result = await dispatch(handlers, message.name, message.input, log);
      if (socket.readyState === socket.OPEN) {
        socket.send(JSON.stringify({ type: 'result', id: message.id, result }));
      }
    });
  });

  return {
    close: () =>
      new Promise((resolve) => {
        unsubscribe();
        for (const client of clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}

export function isOwnPage(req: IncomingMessage, server: Server): boolean {
  const address = server.address();
  if (!address || typeof address === 'string') return false;
  const allowedHosts = new Set([`127.0.0.1:${address.port}`, `localhost:${address.port}`]);
  const host = req.headers.host ?? '';
  const origin = req.headers.origin ?? '';
  return allowedHosts.has(host) && [...allowedHosts].some((h) => origin === `http://${h}`);
}
