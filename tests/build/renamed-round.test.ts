import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/astro';
import { fixturesDir } from '../helpers/paths';

describe('a round an editor renamed', { timeout: 90_000 }, () => {
  it('keeps its old URL working as a redirect to the new one', () => {
    const { status, output, outDir } = runAstro('build', join(fixturesDir, 'renamed-round'));
    expect(status, output).toBe(0);
    const redirect = readFileSync(join(outDir, 'rounds/2022-03-10-istanbul-talks/index.html'), 'utf8');
    expect(redirect).toMatch(/<meta http-equiv="refresh" content="0;url=\/rounds\/2022-03-10-istanbul\/"/u);
    expect(redirect).toContain(
      'rel="canonical" href="https://talks-tracker.example.org/rounds/2022-03-10-istanbul/"',
    );
    expect(readFileSync(join(outDir, 'rounds/2022-03-10-istanbul/index.html'), 'utf8')).toContain(
      'Talks in Istanbul',
    );
  });
});
