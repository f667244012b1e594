import { createHash } from 'node:crypto';

/**
 * A page's `cacheKey` for Astro's incremental build: a digest of everything
 * the page shows that is not in its template code (Astro hashes that
 * itself). Give it the page's own data and the digests of what it draws from;
 * when any part changes, the page is rendered again.
 */
export function pageCacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
