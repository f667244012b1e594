import type { ViteUserConfig } from 'astro';

/** A Vite plugin, as Astro's configuration takes one. */
type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

/**
 * `import { a, b as c } from 'date-fns'` as Vite's code reads once TypeScript
 * is stripped: the names between the braces.
 */
const DATE_FNS_IMPORT = /import\s*\{([^}]*)\}\s*from\s*(["'])date-fns\2;?/gu;

/** A name date-fns exports a module of its own for (`date-fns/addDays`). */
const FUNCTION_NAME = /^[a-zA-Z][a-zA-Z0-9]*$/u;

/**
 * The code with each named import from date-fns' index taken from that
 * function's own module instead: `import { addDays, format as f } from
 * 'date-fns'` becomes `import { addDays } from 'date-fns/addDays'; import {
 * format as f } from 'date-fns/format';`, on the same line, so the lines after
 * it keep their numbers. The index loads all of date-fns' 250 functions, and
 * Node reads date-fns' 199 KB package.json again for every module it loads:
 * 0.5 s of every build's start, before an article is read. Other imports are
 * left as they are.
 */
export function perFunctionImports(code: string): string {
  return code.replace(DATE_FNS_IMPORT, (whole, list: string) => {
    const specifiers = list
      .split(',')
      .map((specifier) => specifier.trim())
      .filter((specifier) => specifier !== '' && !specifier.startsWith('type '));
    const lines = whole.split('\n').length - 1;
    // Types only, which TypeScript's verbatimModuleSyntax leaves as `import {} from 'date-fns'`:
    // it would load the index for nothing, date-fns having no side effects.
    if (specifiers.length === 0) return '\n'.repeat(lines);
    const names = specifiers.map((specifier) => specifier.split(/\s+as\s+/u)[0] ?? '');
    if (names.some((name) => !FUNCTION_NAME.test(name))) return whole;
    return (
      specifiers
        .map((specifier, at) => `import { ${specifier} } from 'date-fns/${names[at] ?? ''}';`)
        .join(' ') + '\n'.repeat(lines)
    );
  });
}

/**
 * A Vite plugin that applies `perFunctionImports` to our server-side modules:
 * the pages' build and the content layer, which loads the compiler through
 * Vite; both load date-fns from node_modules at run time.
 */
export function dateFnsPerFunction(): VitePlugin {
  return {
    name: 'talks-tracker:date-fns-per-function',
    enforce: 'post',
    transform(code, id, options) {
      // The browser's code is bundled, and tree-shaken, from the index as before.
      if (options?.ssr !== true || id.includes('/node_modules/') || !code.includes('date-fns'))
        return undefined;
      const changed = perFunctionImports(code);
      return changed === code ? undefined : { code: changed, map: null };
    },
  };
}
