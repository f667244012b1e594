import type { PluggableList } from 'unified';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkEscapeRawHtml from './remark-escape-raw-html';
import remarkParagraphIds from './remark-paragraph-ids';
import rehypeAnchorLinks from './rehype-anchor-links';

/**
 * What sanitising keeps: GitHub's safe subset, with our paragraph and heading
 * ids kept as they are (the default prefixes them, which would break every
 * citation link).
 */
const sanitizeSchema = { ...defaultSchema, clobber: [] };

/** The remark plugins every article goes through, in order: raw HTML is escaped before paragraphs are counted. */
export const articleRemarkPlugins: PluggableList = [remarkEscapeRawHtml, remarkParagraphIds];

/** The rehype plugins every article goes through: sanitise third-party markup, then add our own anchor links. */
export const articleRehypePlugins: PluggableList = [[rehypeSanitize, sanitizeSchema], rehypeAnchorLinks];
