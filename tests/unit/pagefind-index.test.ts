import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import pagefindIndex from '../../src/integrations/pagefind-index';

/** Runs the integration's build-done hook over a folder, as Astro would at the end of a build. */
async function indexFolder(dir: string): Promise<void> {
  const hook = pagefindIndex().hooks['astro:build:done'];
  if (!hook) throw new Error('the integration has no astro:build:done hook');
  const logger = { info: vi.fn() } as unknown as AstroIntegrationLogger;
  await hook({ dir: pathToFileURL(`${dir}/`), logger } as unknown as Parameters<typeof hook>[0]);
}

describe('the Pagefind index integration', { timeout: 30_000 }, () => {
  it('writes an index of the built pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><head><title>Round</title></head><body><main data-pagefind-body><h1>Istanbul talks</h1><p>Medinsky and Arakhamia met.</p></main></body></html>',
    );
    await indexFolder(dir);
    expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('fails the build when there is nothing to index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-pagefind-empty-'));
    await expect(indexFolder(dir)).rejects.toThrow(/found no HTML pages to index/);
  });
});
