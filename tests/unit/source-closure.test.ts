import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceClosure } from '../../src/lib/build/source-closure';
import { pipelineFiles } from '../../src/loaders/article-loader';

const root = resolve(import.meta.dirname, '../..');
const loader = join(root, 'src/loaders/article-loader.ts');

/** The same closure as TypeScript reads the imports, resolved as the compiler options say. */
function closureByTypeScript(entry: string): string[] {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
  };
  const found = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (found.has(file)) continue;
    found.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      if (fileName.endsWith('?raw')) {
        pending.push(resolve(dirname(file), fileName.slice(0, -'?raw'.length)));
        continue;
      }
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
      if (resolved !== undefined) pending.push(resolve(resolved.resolvedFileName));
    }
  }
  return [...found].sort();
}

describe('the source an article compile depends on', () => {
  it('is every module of ours the article loader imports, as TypeScript reads them', () => {
    const files = sourceClosure(loader);
    expect(files).toEqual(closureByTypeScript(loader));
  });

  it('is what the loader hashes: its own modules and the compiler its workers run, which it does not import', () => {
    const shown = pipelineFiles(root).map((file) => relative(root, file));
    expect(shown).toContain('src/loaders/article-loader.ts');
    // The compiler and the Markdown pipeline are in it …
    expect(shown).toContain('src/lib/compile/quotations.ts');
    expect(shown).toContain('src/lib/markdown/remark-escape-raw-html.ts');
    expect(shown).toContain('src/schemas/article.ts');
    // … and the search page and the pages' own helpers are not: changing them compiles no article again.
    expect(
      shown.filter((file) => file.startsWith('src/lib/search/') || file.startsWith('src/pages/')),
    ).toEqual([]);
  });

  it('follows every way this project imports a module, and a specifier in a comment that names no file adds nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'closure-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write(
      'entry.ts',
      [
        "import { a } from './a';",
        "import type { B } from './b.ts';",
        "export { c } from './c.js';",
        "import './d';",
        "const e = await import('./e');",
        "import text from './f.js?raw';",
        "import { g } from './g';",
        "// read from './nowhere'",
        "import { z } from 'zod';",
      ].join('\n'),
    );
    for (const name of ['a', 'b', 'c', 'd', 'e']) write(`${name}.ts`, `export const ${name} = 1;`);
    write('f.js', 'console.log(1);');
    write('g/index.ts', "export { a as g } from '../a';");
    const files = sourceClosure(join(dir, 'entry.ts')).map((file) => relative(dir, file));
    expect(files).toEqual(['a.ts', 'b.ts', 'c.ts', 'd.ts', 'e.ts', 'entry.ts', 'f.js', 'g/index.ts']);
  });
});
