import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wcagContrast } from 'culori';
import postcss, { type AtRule, type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';
import { PARTY_COLOUR_COUNT } from '../../../src/lib/site/parties';
import { demandStatuses } from '../../../src/schemas/demand';

/** Every .astro file under src/, whose <style> blocks must use the tokens too. */
const astroFiles = () =>
  readdirSync(fileURLToPath(new URL('../../../src/', import.meta.url)), {
    recursive: true,
    withFileTypes: true,
  })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => join(entry.parentPath, entry.name));
const read = (name: string) => readFileSync(new URL(`../../../src/styles/${name}`, import.meta.url), 'utf8');
const tokens = postcss.parse(read('tokens.css'));

/** The custom properties a scheme sets: the top level's, then those of the media query that names the scheme. */
function scheme(media: 'light' | 'dark' | 'print'): Map<string, string> {
  const values = new Map<string, string>();
  const collect = (rule: Rule) =>
    rule.walkDecls(/^--/u, (declaration) => {
      values.set(declaration.prop, declaration.value);
    });
  tokens.each((node) => {
    if (node.type === 'rule' && node.selector === ':root') collect(node);
  });
  if (media !== 'light')
    tokens.walkAtRules('media', (at: AtRule) => {
      const query = media === 'dark' ? '(prefers-color-scheme: dark)' : 'print';
      if (at.params === query) at.walkRules(':root', collect);
    });
  return values;
}

function contrast(values: Map<string, string>, foreground: string, background: string): number {
  const [fg, bg] = [values.get(`--${foreground}`), values.get(`--${background}`)];
  if (fg === undefined || bg === undefined) throw new Error(`--${foreground} or --${background} is not set`);
  return wcagContrast(fg, bg);
}

describe('the visual system (src/styles/tokens.css)', () => {
  for (const name of ['light', 'dark'] as const) {
    const values = scheme(name);

    it(`keeps text readable in ${name}: 4.5:1 for text, muted text and links on the page and on a surface`, () => {
      for (const foreground of ['text', 'muted', 'accent'])
        for (const background of ['bg', 'surface'])
          expect(
            contrast(values, foreground, background),
            `${foreground} on ${background}`,
          ).toBeGreaterThanOrEqual(4.5);
      expect(contrast(values, 'text', 'mark'), 'text on a highlight').toBeGreaterThanOrEqual(4.5);
      expect(contrast(values, 'focus', 'bg'), 'the focus ring').toBeGreaterThanOrEqual(3);
    });

    it(`gives every status and party a colour that stands out at 3:1 in ${name}, on the page and on a surface`, () => {
      const marks = [
        ...demandStatuses.map((status) => `status-${status}`),
        ...Array.from({ length: PARTY_COLOUR_COUNT }, (_, index) => `party-${index + 1}`),
      ];
      for (const mark of marks)
        for (const background of ['bg', 'surface'])
          expect(contrast(values, mark, background), `${mark} on ${background}`).toBeGreaterThanOrEqual(3);
    });
  }

  it('prints black on white', () => {
    const values = scheme('print');
    expect(contrast(values, 'text', 'bg')).toBe(21);
  });

  it('changes colours alone in the dark scheme, so the browser tests check dark pages with axe’s colour rules', () => {
    // tests/helpers/browser.ts (COLOUR_RULES): a page is checked whole in light; in dark, only what a colour changes.
    const sheets = [
      read('tokens.css'),
      read('global.css'),
      ...astroFiles().flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map(
          (match) => match[1] ?? '',
        ),
      ),
    ];
    const darkQueries: string[] = [];
    const notColours: string[] = [];
    for (const sheet of sheets)
      postcss.parse(sheet).walkAtRules('media', (at: AtRule) => {
        if (!/prefers-color-scheme/u.test(at.params)) return;
        darkQueries.push(at.params);
        at.walkDecls((declaration) => {
          const inRoot = declaration.parent?.type === 'rule' && declaration.parent.selector === ':root';
          // Only custom properties of :root, each a colour.
          if (!inRoot || !declaration.prop.startsWith('--') || !/^#[0-9a-f]{3,8}$/iu.test(declaration.value))
            notColours.push(`${declaration.prop}: ${declaration.value}`);
        });
      });
    expect(darkQueries).toEqual(['(prefers-color-scheme: dark)']);
    expect(notColours).toEqual([]);
  });

  it('is the only place with colours and sizes: the site stylesheet and the pages’ own styles use its tokens', () => {
    const sheets = [
      read('global.css'),
      ...astroFiles().flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map(
          (match) => match[1] ?? '',
        ),
      ),
    ];
    const literals: string[] = [];
    for (const sheet of sheets)
      postcss.parse(sheet).walkDecls((declaration) => {
        const where = `${declaration.parent?.type === 'rule' ? declaration.parent.selector : ''} { ${declaration.prop}: ${declaration.value} }`;
        if (/#[0-9a-f]{3,8}\b|\b(?:rgb|hsl|oklch|lab)a?\(/iu.test(declaration.value)) literals.push(where);
        if (
          declaration.prop === 'font-size' &&
          !/^var\(--(?:step-|chart-size|print-size)/u.test(declaration.value)
        )
          literals.push(where);
        // A custom property here may only name a token (a status's or party's colour for its class).
        if (declaration.prop.startsWith('--') && !/^var\(--[a-z0-9-]+\)$/u.test(declaration.value))
          literals.push(where);
      });
    expect(literals).toEqual([]);
  });
});
