/**
 * A built site served as a static host serves it, in a process of its own, for
 * the search benchmark (scripts/bench-search.ts). Its own process, so that
 * what the benchmark does while a page loads (driving Chromium) never holds up
 * a response: in the benchmark's process, each file waited for the harness's
 * turn on the event loop. Files are sent as they are on disk, uncompressed;
 * the benchmark counts their compressed size itself.
 *
 *   startStaticHost(siteDir) → { origin, close }
 */
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/**
 * A blank page of the site's origin, with no Content-Security-Policy, that the
 * host serves besides the site's files: the page the benchmark runs Pagefind's
 * own API on (the site's pages allow WebAssembly only on the search page).
 */
export const BLANK_PAGE = '/_bench/blank.html';

export interface StaticHost {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  close: () => void;
}

/** What the host process tells its parent once it listens. */
interface Listening {
  port: number;
}

/** Starts the host process on a free loopback port; resolves once it listens. */
export function startStaticHost(siteDir: string): Promise<StaticHost> {
  const child = fork(fileURLToPath(import.meta.url), [siteDir], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      reject(new Error(`the static host for ${siteDir} exited (${String(code)}) before it listened`));
    });
    child.once('message', (message: Listening) => {
      resolve({
        origin: `http://127.0.0.1:${String(message.port)}`,
        close: () => child.kill(),
      });
    });
  });
}

// Run as the host process: serve the folder given, and tell the parent the port.
if (process.send !== undefined && process.argv[1] === fileURLToPath(import.meta.url)) {
  const siteDir = process.argv[2];
  if (siteDir === undefined) throw new Error('static-host: no folder to serve');
  const serve = sirv(siteDir, { dev: false, gzip: false });
  const server = createServer((request, response) => {
    if (request.url === BLANK_PAGE) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><html lang="en"><title>Blank</title></html>');
      return;
    }
    serve(request, response, () => {
      response.statusCode = 404;
      response.end();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const listening: Listening = { port: (server.address() as AddressInfo).port };
    process.send?.(listening);
  });
  // The parent going away ends the host.
  process.on('disconnect', () => process.exit(0));
}
