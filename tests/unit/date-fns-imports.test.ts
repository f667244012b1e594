import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { perFunctionImports } from '../../src/lib/build/date-fns-imports';

describe('perFunctionImports', () => {
  it("takes each name from the function's own module, on the import's line", () => {
    expect(perFunctionImports(`import { addDays, format as formatDay } from "date-fns";\nconst a = 1;`)).toBe(
      `import { addDays } from 'date-fns/addDays'; import { format as formatDay } from 'date-fns/format';\nconst a = 1;`,
    );
  });

  it('keeps the lines after an import written over several lines where they were', () => {
    const code = `import {\n  addDays,\n  parseISO,\n} from 'date-fns';\nthrow new Error();`;
    const changed = perFunctionImports(code);
    expect(changed.split('\n')).toHaveLength(code.split('\n').length);
    expect(changed.split('\n')[4]).toBe('throw new Error();');
    expect(changed).toContain("import { parseISO } from 'date-fns/parseISO';");
  });

  it('leaves type imports out and other packages alone', () => {
    expect(perFunctionImports(`import { type Day, getDay } from 'date-fns';`)).toBe(
      `import { getDay } from 'date-fns/getDay';`,
    );
    expect(perFunctionImports(`import {} from "date-fns";\nimport { type Day } from 'date-fns';\nx();`)).toBe(
      `\n\nx();`,
    );
    const others = `import { utc } from '@date-fns/utc';\nimport { tz } from "@date-fns/tz";\nimport * as all from 'date-fns';`;
    expect(perFunctionImports(others)).toBe(others);
  });

  it('gives every date-fns function our code imports a module of its own in the installed date-fns', () => {
    const exported = (
      JSON.parse(readFileSync('node_modules/date-fns/package.json', 'utf8')) as {
        exports: Record<string, unknown>;
      }
    ).exports;
    const sources = readdirSync('src', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(?:ts|astro)$/u.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      // Its comments show the import it rewrites.
      .filter((path) => path !== join('src', 'lib', 'build', 'date-fns-imports.ts'))
      .map((path) => readFileSync(path, 'utf8'));
    const modules = sources.flatMap((source) =>
      [...perFunctionImports(source).matchAll(/from 'date-fns\/(\w+)'/gu)].map((match) => match[1]),
    );
    expect(modules.length).toBeGreaterThan(20);
    for (const name of new Set(modules)) expect(exported, name).toHaveProperty([`./${name ?? ''}`]);
  });
});
