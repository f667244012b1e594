import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { distDir } from './paths';

/** Reads a page of the built site as a HTML tree; fails with a hint when the site was not built. */
export function readBuiltPage(urlPath: string): Root {
  const file = join(distDir, urlPath, urlPath.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) {
    throw new Error(`${file} does not exist: run \`npm run build\` before these tests (npm test does).`);
  }
  return unified().use(rehypeParse).parse(readFileSync(file, 'utf8'));
}

/** Collapses runs of white space, the one difference allowed between a source and its page. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The text blocks (paragraphs and headings) of an article page's body, in order, with their ids. */
export function articleBodyBlocks(page: Root): { id: string; tag: string; text: string }[] {
  return selectAll('.article-body p, .article-body h2, .article-body h3', page).map((element: Element) => ({
    id: typeof element.properties['id'] === 'string' ? element.properties['id'] : '',
    tag: element.tagName,
    text: normaliseWhitespace(toString(element)),
  }));
}
