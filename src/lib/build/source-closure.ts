import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * A module and every module of ours it imports, however deep: the source a
 * step's output depends on, beside its packages. The article loader hashes
 * these to know when an article must be compiled again, so that a change to
 * the search page or to a page's layout leaves every article's compiled facts
 * as they are, and a change to the compiler recompiles them all.
 *
 * Only relative specifiers count (a package is in the lockfile), written as
 * this project writes them: `import … from './x'`, `export … from './x'`,
 * `import './x'` and `import('./x')`, with or without `.ts` or `.js`, or a
 * folder's `index.ts`; a `?raw` import counts as the file it reads. A test
 * checks the result against TypeScript's own reading of the imports.
 */
export function sourceClosure(entry: string): string[] {
  const found = new Set<string>();
  const pending = [resolve(entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (found.has(file)) continue;
    found.add(file);
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const imported = resolveImport(dirname(file), specifier);
      if (imported !== undefined) pending.push(imported);
    }
  }
  return [...found].sort();
}

/**
 * The relative module specifiers a source names: after `from`, after a bare
 * `import`, and in `import(…)`. Comments are not told apart from code: a
 * specifier in a comment adds a file to hash, or nothing if there is none.
 */
const RELATIVE_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"\n]+)\1/gu;

function relativeImports(source: string): string[] {
  return [...source.matchAll(RELATIVE_SPECIFIER)].map((match) => match[2] ?? '');
}

/**
 * The file a relative specifier names, as Vite resolves this project's
 * imports. None for a specifier that names no file: an import of it would
 * have stopped the build already, so it can only be in a comment.
 */
function resolveImport(fromDir: string, specifier: string): string | undefined {
  const path = resolve(fromDir, specifier.replace(/\?raw$/u, ''));
  const candidates = [path, `${path}.ts`, path.replace(/\.js$/u, '.ts'), resolve(path, 'index.ts')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}
