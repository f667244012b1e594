import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { distDir } from './paths';

export interface ServedSite {
  /** `http://127.0.0.1:<port>`, the origin to load pages from. */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves the built `dist/` on a free loopback port, with the site's 404 page
 * for unknown paths. Without Vitest, so scripts (`npm run eval:search`) serve
 * the site as the browser tests do.
 */
export async function serveBuiltSite(): Promise<ServedSite> {
  const notFoundPage = join(distDir, '404.html');
  if (!existsSync(notFoundPage)) {
    throw new Error('dist/ is not built: run `npm run build` first (npm test does).');
  }
  const serveFile = sirv(distDir, { dev: false });
  const server: Server = createServer((request, response) => {
    serveFile(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(readFileSync(notFoundPage));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
