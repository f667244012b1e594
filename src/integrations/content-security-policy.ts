import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withPolicy } from '../lib/security/content-security-policy';

/**
 * Gives every built page a Content-Security-Policy `<meta>` that allows only
 * what the site uses, with the hashes of that page's own inline scripts and
 * styles. Runs on the finished HTML, so the hashes match the bytes served.
 */
export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'talks-tracker:content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        await Promise.all(
          pages.map(async (page) => {
            const file = join(root, page);
            await writeFile(file, withPolicy(await readFile(file, 'utf8')));
          }),
        );
        logger.info(`Added a Content-Security-Policy to ${pages.length} pages`);
      },
    },
  };
}
