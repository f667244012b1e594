import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import rehypeAnchorLinks from './rehype-anchor-links';
import remarkEscapeRawHtml from './remark-escape-raw-html';
import remarkParagraphIds from './remark-paragraph-ids';

/**
 * What sanitising keeps: GitHub's safe subset, with our paragraph and heading
 * ids kept as they are (the default prefixes them, which would break every
 * citation link).
 */
const sanitizeSchema = { ...defaultSchema, clobber: [] };

/** The remark plugins every article goes through, in order: raw HTML is escaped before paragraphs are counted. */
export const articleRemarkPlugins: RemarkPlugins = [remarkEscapeRawHtml, remarkParagraphIds];

/** The rehype plugins every article goes through: sanitise third-party markup, then add our own anchor links. */
export const articleRehypePlugins: RehypePlugins = [[rehypeSanitize, sanitizeSchema], rehypeAnchorLinks];

/**
 * The article pipeline outside Astro, for the compiler and for tests: the
 * same plugins in the same order as the site's `markdown.processor`, which
 * also runs GFM and leaves SmartyPants off (see `astro.config.mjs`).
 */
export function createArticleProcessor(): Processor {
  // Astro's plugin lists are unified pluggables (its types also allow package names, which we never use).
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(articleRemarkPlugins as PluggableList)
    .use(remarkRehype)
    .use(articleRehypePlugins as PluggableList)
    .use(rehypeStringify) as unknown as Processor;
}
