import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { isPagefindGzipped, withNativeGunzip } from '../../../src/lib/search/native-gunzip';

const PAGE = 'https://talks.example/search/?q=talks';
/** What Pagefind's files hold once unzipped: its signature, then the data. */
const PLAIN = new TextEncoder().encode('pagefind_dcd{"a":1}');

/** A fetch that answers every request with these bytes. */
function serving(body: Uint8Array<ArrayBuffer>, status = 200) {
  const fetchImpl = () =>
    Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/octet-stream' } }));
  return { fetch: withNativeGunzip(fetchImpl, PAGE) };
}

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe("Pagefind's files unzipped by the browser", () => {
  it("knows Pagefind's gzipped files from its other files and the site's", () => {
    for (const path of [
      '/pagefind/pagefind.en_ff91bb329f.pf_meta',
      '/pagefind/index/en_725b351.pf_index',
      '/pagefind/filter/en_12ab.pf_filter',
      '/pagefind/fragment/en_72ee96d.pf_fragment',
      '/pagefind/wasm.en.pagefind',
      '/pagefind/wasm.unknown.pagefind',
    ])
      expect(isPagefindGzipped(new URL(path, PAGE)), path).toBe(true);
    for (const path of [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/search-vocabulary.json',
      '/articles/x.pf_meta/',
      '/search/',
    ])
      expect(isPagefindGzipped(new URL(path, PAGE)), path).toBe(false);
  });

  it('hands over a gzipped file unzipped, so Pagefind finds its signature and skips its own step', async () => {
    const { fetch } = serving(gzipSync(PLAIN));
    const response = await fetch('/pagefind/fragment/en_72ee96d.pf_fragment');
    expect(response.ok).toBe(true);
    expect(await bytesOf(response)).toEqual(PLAIN);
  });

  it('resolves the path against the page, whatever form the request takes', async () => {
    const gz = gzipSync(PLAIN);
    for (const input of [
      '/pagefind/index/en_725b351.pf_index',
      new URL('/pagefind/index/en_725b351.pf_index', PAGE),
      new Request('https://talks.example/pagefind/index/en_725b351.pf_index'),
    ])
      expect(await bytesOf(await serving(gz).fetch(input))).toEqual(PLAIN);
  });

  it('passes through a file a host sent unzipped already, and every other file untouched', async () => {
    expect(await bytesOf(await serving(PLAIN).fetch('/pagefind/wasm.en.pagefind'))).toEqual(PLAIN);
    const gz = gzipSync(PLAIN);
    // Not Pagefind's gzipped file: the bytes come as they are, gzip or not.
    expect(await bytesOf(await serving(gz).fetch('/search-vocabulary.json'))).toEqual(new Uint8Array(gz));
  });

  it('leaves a failed response for Pagefind to report', async () => {
    const { fetch } = serving(new TextEncoder().encode('Not found'), 404);
    const response = await fetch('/pagefind/index/en_725b351.pf_index');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });

  it('fails the read of a corrupt gzip file instead of handing over garbage', async () => {
    const broken = gzipSync(PLAIN).subarray(0, 12);
    const response = await serving(broken).fetch('/pagefind/pagefind.en_1.pf_meta');
    await expect(response.arrayBuffer()).rejects.toThrow();
  });

  it('leaves fetch as it is in a browser without DecompressionStream, for Pagefind to unzip', () => {
    const fetchImpl = () => Promise.resolve(new Response(gzipSync(PLAIN)));
    vi.stubGlobal('DecompressionStream', undefined);
    try {
      expect(withNativeGunzip(fetchImpl, PAGE)).toBe(fetchImpl);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(withNativeGunzip(fetchImpl, PAGE)).not.toBe(fetchImpl);
  });
});
