import { createHash } from 'node:crypto';

/**
 * What every page may load: its own files, and nothing else. No plugins,
 * frames or foreign form targets; images from the site (and data: URLs, which
 * browsers' own UI uses). Inline styles are never allowed: the build writes
 * every stylesheet to a file (`build.inlineStylesheets: 'never'`).
 */
const FIXED_DIRECTIVES: [string, string[]][] = [
  ['default-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['frame-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['style-src', ["'self'"]],
];

/** What a page needs allowed beyond the site's own files. */
export interface PagePolicyNeeds {
  /**
   * The exact text of each inline script the page renders. The policy holds
   * the hash of each and of nothing else, so it is computed from what the page
   * renders, never from its HTML, where a title or a quote may spell `<script>`.
   */
  inlineScripts: readonly string[];
  /**
   * The search page: Pagefind compiles WebAssembly. It runs in the page's own thread
   * (`noWorker`, src/scripts/search-page.ts), so no worker, and no blob: URL, is allowed.
   */
  search?: boolean;
}

/** The CSP source expression for a script's text: its SHA-256, as browsers compute it over the UTF-8 bytes. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The Content-Security-Policy of one page. */
export function policyFor({ inlineScripts, search = false }: PagePolicyNeeds): string {
  const hashes = [...new Set(inlineScripts.map(scriptHash))];
  const directives: [string, string[]][] = [
    ...FIXED_DIRECTIVES,
    ['script-src', ["'self'", ...(search ? ["'wasm-unsafe-eval'"] : []), ...hashes]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
