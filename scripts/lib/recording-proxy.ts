/**
 * An HTTP proxy on 127.0.0.1 that forwards nothing: it writes down the host of every request a
 * browser sends it and refuses it. Browsers under test route everything but loopback through it,
 * so any request Footnote made to the outside world (from a page, a content script, a background
 * worker or an extension page alike) shows up in `hosts()`.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordingProxy {
  readonly port: number;
  /** Hosts asked for so far, in order of first request. */
  hosts(): string[];
  close(): Promise<void>;
}

function hostOf(target: string): string {
  // CONNECT asks for "host:port"; plain proxying sends an absolute URL.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return new URL(target).hostname;
  return target.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen = new Set<string>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    seen.add(hostOf(request.url ?? ''));
    response.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the test proxy');
  });
  server.on('connect', (request: { url?: string }, socket: Socket) => {
    seen.add(hostOf(request.url ?? ''));
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    hosts: () => [...seen],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
