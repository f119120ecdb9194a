/**
 * Serves the demo pages from this machine only (127.0.0.1), for `npm start` and the demo's end-to-end test.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

const DEMO_PAGES_DIR = fileURLToPath(new URL('./pages/', import.meta.url));

/** The pages `npm start` opens, in the order of its tabs. */
export const DEMO_PAGES = ['index.html', 'award-notice.html', 'framework-suppliers.html', 'supplier-search.html', 'draft-contract.html'] as const;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8' };

export interface DemoServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  close(): Promise<void>;
}

export async function startDemoServer(port = 0): Promise<DemoServer> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(DEMO_PAGES_DIR, path === '/' ? 'index.html' : decodeURIComponent(path)));
    const type = TYPES[extname(file)];
    // Only the demo's own pages: nothing outside its folder, nothing but HTML and CSS.
    if (request.method !== 'GET' || !file.startsWith(DEMO_PAGES_DIR) || !type) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
