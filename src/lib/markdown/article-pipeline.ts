import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { PluggableList } from 'unified';
import rehypeAnchorLinks from './rehype-anchor-links';
import remarkEscapeRawHtml from './remark-escape-raw-html';
import remarkParagraphIds from './remark-paragraph-ids';

/**
 * What sanitising keeps: GitHub's safe subset, with our paragraph and heading
 * ids kept as they are (the default prefixes them, which would break every
 * citation link).
 */
const sanitizeSchema = { ...defaultSchema, clobber: [] };

/**
 * The remark plugins every article goes through, after remark-parse and GFM,
 * in order: raw HTML is escaped before paragraphs are counted. No SmartyPants:
 * articles are evidence, and it would rewrite their quote marks and dashes.
 */
export const articleRemarkPlugins: PluggableList = [remarkEscapeRawHtml, remarkParagraphIds];

/** The rehype plugins every article goes through: sanitise third-party markup, then add our own anchor links. */
export const articleRehypePlugins: PluggableList = [[rehypeSanitize, sanitizeSchema], rehypeAnchorLinks];
