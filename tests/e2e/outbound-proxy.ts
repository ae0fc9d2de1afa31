/**
 * A proxy on 127.0.0.1 that records every request a browser sends through it and forwards none:
 * with the browser's proxy set to it, everything bound for a host other than the loopback test
 * server (which browsers never proxy) lands here, whichever part of the browser sent it. Used where
 * the browser cannot say which script made a request (Firefox over WebDriver BiDi).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OutboundRequest {
  /** When it arrived (Date.now()). */
  at: number;
  /** "CONNECT host:port" for https and wss, else the method and the absolute URL. */
  request: string;
}

export interface OutboundRecorder {
  port: number;
  requests: OutboundRequest[];
  close(): Promise<void>;
}

export async function startOutboundRecorder(): Promise<OutboundRecorder> {
  const requests: OutboundRequest[] = [];
  const note = (request: string) => requests.push({ at: Date.now(), request });
  const server = createServer((req, res) => {
    note(`${req.method} ${req.url}`);
    res.writeHead(502, { 'content-type': 'text/plain' }).end('offline');
  });
  // https and wss: refused before any byte reaches a real host.
  server.on('connect', (req, socket) => {
    note(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('upgrade', (req, socket) => {
    note(`${req.method} ${req.url} (upgrade)`);
    socket.destroy();
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Firefox preferences that send every request for a non-loopback host through the recorder. */
export function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    // Loopback stays direct (Firefox's default, said here because the test relies on it).
    'network.proxy.allow_hijacking_localhost': false,
  };
}
