import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Knowledge, SourceArticle } from '../../../src/lib/compile/knowledge';
import { readContent } from '../../../src/lib/content/read-content';
import type { IngestOptions } from '../../../src/lib/ingest/ingest';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));
export const rawArticlesDir = fileURLToPath(new URL('../../fixtures/raw-articles/', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
export const tsxCli = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));

/** The slugs of the hand-checked copies of the two CNN versions of one story. */
export const CNN_FULL = '2022-03-20-cnn-us-and-nato-officials-struggle-to-decipher-negotiations';
export const CNN_LIVE = '2022-03-20-cnn-live-us-and-nato-officials-believe-putin-has-not-backed-off';

/** What tests/fixtures/raw-articles/SOURCES.md says about each raw article, as the editor gives it in flags. */
export const RAW_ARTICLE_FLAGS: Readonly<Record<string, Omit<IngestOptions, 'fileName'>>> = {
  '000_a9d33d60063cff3e.txt': { outlet: 'CNN', published: '2022-03-20' },
  '001_1cc98910a8040187.txt': {
    outlet: 'CNN',
    format: 'live-updates post',
    authors: 'Zachary Cohen, Natasha Bertrand and Alex Marquardt',
    published: '2022-03-20T14:14:00-04:00',
    url: 'https://edition.cnn.com/europe/live-news/ukraine-russia-putin-news-03-20-22/h_7a16f5283b06c2a97c7ec47c1c672b00',
  },
  '002_3b84696dbbb53f91.txt': {
    outlet: 'CNN',
    published: '2022-03-11',
    url: 'https://keyt.com/news/2022/03/11/no-diplomatic-off-ramp-in-sight-for-russias-war-in-ukraine/',
    syndicatedBy: 'News Channel 3',
    syndicatedVia: 'CNN Newsource',
  },
  '003_42295e8637bd59b3.txt': {
    outlet: 'The Hill',
    published: '2022-03-29',
    certainty: 'inferred',
    basis: 'The talks in Turkey that the text says began “on Tuesday” began on 29 March 2022.',
    url: 'https://thehill.com/policy/international/600253-ukraine-russia-peace-talks-fraught-with-uncertainty/',
  },
  '004_2035d72cd5e1f419.txt': {
    outlet: 'Antiwar.com',
    published: '2022-03-16',
    // The plain-text copy cannot mark its dek: the editor names it.
    subtitle: 'Financial Times reports the two sides have drawn up a neutrality plan',
    url: 'https://news.antiwar.com/2022/03/16/russia-ukraine-signal-progress-being-made-in-negotiations/',
  },
};

let content: { articles: SourceArticle[]; knowledge: Knowledge } | undefined;

/** The project's real content folder, read once per test file. */
export function realContent(): { articles: SourceArticle[]; knowledge: Knowledge } {
  content ??= readContent(contentDir);
  return content;
}

export function readRaw(fileName: string): Buffer {
  return readFileSync(`${rawArticlesDir}${fileName}`);
}

/** The paragraphs and headings of a Markdown file's body as a reader sees them, white space normalised. */
export function markdownBlocks(markdown: string): { type: string; text: string }[] {
  const tree = unified().use(remarkParse).parse(parseFrontmatter(markdown).content);
  const blocks: { type: string; text: string }[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      blocks.push({
        type: node.type === 'heading' ? `h${node.depth}` : 'p',
        text: toString(node).replace(/\s+/gu, ' ').trim(),
      });
    }
  });
  return blocks;
}
