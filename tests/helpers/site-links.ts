import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { normaliseWhitespace } from './built-site';

/** A link found in a built page. */
export interface FoundLink {
  /** The page it is on, relative to the site root. */
  page: string;
  href: string;
}

export interface LinkReport {
  pages: number;
  internal: number;
  external: string[];
  broken: string[];
}

const parser = unified().use(rehypeParse);

/** Every HTML page of a built site, by path relative to the site root. */
export function builtPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)))
    .filter((page) => !page.startsWith('pagefind/'))
    .sort();
}

/** The file a site path is served from, or undefined when there is none. */
function fileFor(siteDir: string, path: string): string | undefined {
  const candidate = join(siteDir, decodeURIComponent(path));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

function pageUrl(page: string): string {
  return `/${page.replace(/index\.html$/u, '')}`;
}

function fold(text: string): string {
  return normaliseWhitespace(text.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'")).toLowerCase();
}

/**
 * Checks every internal `href` and `src` of a built site: the file exists,
 * the `#fragment` names an element on the target page, and a text fragment's
 * words are in that element. External links are listed, not fetched.
 */
export function checkLinks(siteDir: string): LinkReport {
  const trees = new Map<string, Root>();
  const tree = (file: string): Root => {
    let parsed = trees.get(file);
    if (parsed === undefined) {
      parsed = parser.parse(readFileSync(file, 'utf8'));
      trees.set(file, parsed);
    }
    return parsed;
  };
  const report: LinkReport = { pages: 0, internal: 0, external: [], broken: [] };
  for (const page of builtPages(siteDir)) {
    report.pages += 1;
    const root = tree(join(siteDir, page));
    const targets = selectAll(
      'a[href], link[href], img[src], script[src], source[src], iframe[src]',
      root,
    ).flatMap((element) => {
      const target = element.properties['href'] ?? element.properties['src'];
      return typeof target === 'string' ? [target] : [];
    });
    for (const href of targets) {
      if (/^(?:[a-z]+:)?\/\//iu.test(href) || /^(?:mailto|tel):/iu.test(href)) {
        report.external.push(href);
        continue;
      }
      report.internal += 1;
      const url = new URL(href, `http://site${pageUrl(page)}`);
      const file = fileFor(siteDir, url.pathname);
      if (file === undefined) {
        report.broken.push(`${page}: ${href} (no such page)`);
        continue;
      }
      // Split before decoding: an encoded comma (%2C) is text, a bare one separates the start and end of a text fragment.
      const [rawFragment = '', directive] = url.hash.slice(1).split(':~:');
      const fragment = decodeURIComponent(rawFragment);
      if (!file.endsWith('.html') || (fragment === '' && directive === undefined)) continue;
      const targetRoot = tree(file);
      const element = fragment === '' ? targetRoot : selectAll(`[id="${fragment}"]`, targetRoot)[0];
      if (element === undefined) {
        report.broken.push(`${page}: ${href} (no element with id "${fragment}")`);
        continue;
      }
      // A link citing several passages of one paragraph highlights each: `text=…&text=…`.
      const texts = (directive ?? '')
        .split('&')
        .flatMap((part) => (part.startsWith('text=') ? [part.slice('text='.length)] : []));
      const haystack = texts.length > 0 ? fold(toString(element)) : '';
      const missing = texts
        .flatMap((text) => text.split(','))
        .map(decodeURIComponent)
        .filter((part) => !haystack.includes(fold(part)));
      if (missing.length > 0)
        report.broken.push(`${page}: ${href} (text "${missing.join('", "')}" not in #${fragment})`);
    }
  }
  report.external = [...new Set(report.external)].sort();
  return report;
}
