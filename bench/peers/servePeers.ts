import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};
/** What `wrangler dev` compresses for Formwell's pages; fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg']);

export interface PeerServer {
  baseUrl: string;
  close: () => Promise<void>;
}

/**
 * Serves the built peer pages from `root` on a loopback port, gzipped like Formwell's pages
 * are by `wrangler dev` (and by Cloudflare in production), so transfer sizes compare fairly.
 */
export async function servePeers(root: string): Promise<PeerServer> {
  // Compressed once: gzipping a 2 MB bundle on every request would slow the peers down unfairly.
  const gzipped = new Map<string, Buffer>();
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch (error) {
      const missing = error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR');
      response.writeHead(missing ? 404 : 500).end(missing ? '' : String(error));
      return;
    }
    const type = extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[type] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const compressed = gzipped.get(file) ?? gzipSync(body);
      gzipped.set(file, compressed);
      body = compressed;
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
