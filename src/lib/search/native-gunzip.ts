/**
 * Pagefind writes its metadata, index, filter and fragment chunks and its
 * WebAssembly gzipped, and unzips each in JavaScript (a port of inflate) as it
 * arrives. On the search page's way to its first results that is 10-25 ms of
 * the page's thread, and the garbage it leaves (src/scripts/search-page.ts).
 * The browser's own `DecompressionStream` does the same in native code.
 * Pagefind skips its own step for bytes that arrive unzipped already (they
 * start with its signature, as when a host serves the files with
 * `Content-Encoding: gzip`), so unzipping them on the way in is enough: no
 * change to Pagefind's files, and every other request passes untouched.
 */

/** Pagefind's gzipped files, by path: `*.pf_meta`, `*.pf_index`, `*.pf_filter`, `*.pf_fragment`, `wasm.*.pagefind`. */
const PAGEFIND_GZIPPED =
  /\/pagefind\/(?:[^?#]*\.pf_(?:meta|index|filter|fragment)|wasm\.[^/?#]+\.pagefind)$/u;

/** Whether a URL's path names one of Pagefind's gzipped files. */
export function isPagefindGzipped(url: URL): boolean {
  return PAGEFIND_GZIPPED.test(url.pathname);
}

/** A gzip stream's first two bytes (RFC 1952). */
function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The response's body unzipped by the browser, or as it came when it is not
 * gzip. The bytes go straight into the decompressor: through a Blob (as
 * `new Blob([bytes]).stream()`), Chromium hands them to its browser process
 * and back first, which took longer than Pagefind's own unzip. A corrupt body
 * makes reading the new response fail, which Pagefind reports as a failed
 * load; the writer's own copy of that failure is dropped.
 */
export async function unzippedResponse(response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (!isGzip(bytes)) return new Response(bytes, init);
  const unzip = new DecompressionStream('gzip');
  const writer = unzip.writable.getWriter();
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  return new Response(unzip.readable, init);
}

/** The URL a fetch was asked for, resolved against the page. */
function requestedUrl(input: RequestInfo | URL, base: string): URL {
  if (input instanceof URL) return input;
  return new URL(typeof input === 'string' ? input : input.url, base);
}

/**
 * `fetch`, with Pagefind's gzipped files unzipped natively on the way in.
 * Failed responses are left as they are, for Pagefind to report. A browser
 * without `DecompressionStream` keeps its own `fetch`, and Pagefind unzips.
 */
export function withNativeGunzip(fetchImpl: typeof fetch, base: string): typeof fetch {
  if (typeof globalThis.DecompressionStream !== 'function') return fetchImpl;
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (!response.ok || !isPagefindGzipped(requestedUrl(input, base))) return response;
    return unzippedResponse(response);
  };
}
