import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { dispatch, type Handlers } from '../core/dispatch';
import type { EventBus } from '../core/event-bus';
import { MAX_SOCKET_MESSAGE_BYTES } from '../shared/socket-limits';
import { decideSocketAccess, requestFacts } from './host-access';

const CallMessage = z.object({
  type: z.literal('call'),
  id: z.number().int().nonnegative(),
  name: z.string().max(100),
  input: z.unknown().optional(),
});

/**
 * The web host's IPC: the same contract and handlers as Electron's ipcMain, over a WebSocket at
 * /api. The sender check is the Origin and Host (only pages this host served, on 127.0.0.1 or
 * localhost at our port, which also defeats DNS rebinding) and the run's token (cookie or bearer
 * header). Anything wrong with one connection (a bad frame, a malformed or oversized message, a
 * failing handler) closes that connection only: the host and every other client go on.
 */
export function attachSocketApi(
  server: Server,
  handlers: Handlers,
  bus: EventBus,
  token: string,
  log: (error: unknown) => void,
): { close(): Promise<void> } {
  const wss = new WebSocketServer({
    server,
    path: '/api',
    maxPayload: MAX_SOCKET_MESSAGE_BYTES,
    verifyClient: (
      { req }: { req: IncomingMessage },
      answer: (ok: boolean, status?: number, text?: string) => void,
    ) => {
      const decision = decideSocketAccess(requestFacts(req), token, listeningPort(server));
      if (decision.ok) answer(true);
      else answer(false, decision.status, decision.text);
    },
  });
  // The server re-emits its HTTP server's errors; without a listener one would end the process.
  wss.on('error', log);
  const clients = new Set<WebSocket>();

  const unsubscribe = bus.subscribe((name, payload) => {
    let text: string;
    try {
      text = JSON.stringify({ type: 'event', name, payload });
    } catch (error) {
      log(error);
      return;
    }
    for (const client of clients) if (client.readyState === client.OPEN) client.send(text);
  });

  wss.on('connection', (socket) => {
    clients.add(socket);
    socket.on('close', () => clients.delete(socket));
    // ws reports a bad frame (invalid UTF-8, RSV1 without compression, an unmasked frame, an
    // unknown opcode, over maxPayload) here, then closes the connection with the matching code.
    // Without this listener the 'error' event would throw and take the whole host down.
    socket.on('error', () => socket.terminate());
    socket.on('message', (raw, isBinary) => {
      answerCall(socket, raw, isBinary, handlers, log).catch((error: unknown) => {
        log(error);
        if (socket.readyState === socket.OPEN) socket.close(1011, 'Internal error');
      });
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

async function answerCall(
  socket: WebSocket,
  raw: WebSocket.RawData,
  isBinary: boolean,
  handlers: Handlers,
  log: (error: unknown) => void,
): Promise<void> {
  let message: z.output<typeof CallMessage>;
  try {
    if (isBinary) throw new Error('binary');
    message = CallMessage.parse(JSON.parse(String(raw)));
  } catch {
    socket.close(1003, 'Malformed message');
    return;
  }
  const result = await dispatch(handlers, message.name, message.input, log);
  if (socket.readyState === socket.OPEN) {
    socket.send(JSON.stringify({ type: 'result', id: message.id, result }));
  }
}

function listeningPort(server: Server): number {
  const address = server.address();
  return address && typeof address === 'object' ? address.port : -1;
}
