/**
 * A static server on 127.0.0.1 for the e2e tests and the demo: /fixtures/, /corpus/ and /demo/.
 * Real pages must come over http(s) because the content script only matches those schemes.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CORPUS_DIR, DEMO_DIR, FIXTURES_DIR } from './paths';

export interface TestServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

const MOUNTS: Record<string, string> = {
  fixtures: FIXTURES_DIR,
  corpus: CORPUS_DIR,
  demo: DEMO_DIR,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
};

/** Resolves a request path to a file inside one of the mounts, or undefined (no escaping the roots). */
function resolveFile(pathname: string): string | undefined {
  const [, mount, ...rest] = decodeURIComponent(pathname).split('/');
  const root = mount ? MOUNTS[mount] : undefined;
  if (!root) return undefined;
  const file = path.resolve(root, rest.join('/') || 'index.html');
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    const stat = statSync(file);
    return stat.isDirectory() ? path.join(file, 'index.html') : file;
  } catch {
    return undefined;
  }
}

export async function startServer(port = 0): Promise<TestServer> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = resolveFile(pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file)
      .on('error', () => res.end())
      .pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    origin,
    url: (pathname) => origin + (pathname.startsWith('/') ? pathname : `/${pathname}`),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
