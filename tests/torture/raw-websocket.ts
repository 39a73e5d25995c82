/** A hand-made WebSocket client over node:net, to send frames no library would. */
import { randomBytes } from 'node:crypto';
import { connect as tcp, type Socket } from 'node:net';

export interface FrameOptions {
  fin?: boolean;
  rsv1?: boolean;
  mask?: boolean;
  /** Writes this payload length in the header instead of the real one. */
  claimedLength?: bigint;
}

/** One frame's bytes (RFC 6455 §5.2). Clients must mask; `mask: false` breaks that rule. */
export function frame(opcode: number, payload: Buffer, options: FrameOptions = {}): Buffer {
  const { fin = true, rsv1 = false, mask = true } = options;
  const length = options.claimedLength ?? BigInt(payload.length);
  const head = [(fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | (opcode & 0x0f)];
  const maskBit = mask ? 0x80 : 0;
  let extended = Buffer.alloc(0);
  if (length < 126n) head.push(maskBit | Number(length));
  else if (length < 65536n) {
    head.push(maskBit | 126);
    extended = Buffer.alloc(2);
    extended.writeUInt16BE(Number(length));
  } else {
    head.push(maskBit | 127);
    extended = Buffer.alloc(8);
    extended.writeBigUInt64BE(length);
  }
  if (!mask) return Buffer.concat([Buffer.from(head), extended, payload]);
  const key = randomBytes(4);
  const masked = Buffer.from(payload.map((b, i) => b ^ key[i % 4]!));
  return Buffer.concat([Buffer.from(head), extended, key, masked]);
}

/**
 * Opens /api by hand; resolves with the socket once the host answered 101, or with the status
 * line it answered instead.
 */
export function rawUpgrade(
  port: number,
  headers: Record<string, string>,
): Promise<{ socket: Socket; status: string }> {
  return new Promise((resolve, reject) => {
    const socket = tcp(port, '127.0.0.1');
    let head = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer to the upgrade'));
    }, 5000);
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      clearTimeout(timer);
      socket.off('data', onData);
      resolve({ socket, status: head.split('\r\n')[0]! });
    };
    socket.on('data', onData);
    socket.once('connect', () => {
      const lines = [
        'GET /api HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      ];
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    });
  });
}
