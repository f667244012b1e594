import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { PluggableList } from 'unified';
import rehypeAnchorLinks from './rehype-anchor-links';
import rehypeOutsideMediaAsLinks from './rehype-outside-media-as-links';
import remarkEscapeRawHtml from './remark-escape-raw-html';
import remarkParagraphIds from './remark-paragraph-ids';

/**
 * What sanitising keeps: GitHub's safe subset, with our paragraph and heading
 * ids kept as they are (the default prefixes them, which would break every
 * citation link); links only to http(s) and mailto addresses (GitHub's also
 * allows irc: and xmpp:); no images (rehypeOutsideMediaAsLinks has made them links).
 */
const sanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  tagNames: (defaultSchema.tagNames ?? []).filter((tagName) => tagName !== 'img'),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  // Links keep the class that marks one made from an image (beside GFM's footnote class, the only
  // other one allowed on a link: the first className rule of an element is the one applied).
  attributes: {
    ...defaultSchema.attributes,
    a: (defaultSchema.attributes?.['a'] ?? []).map((rule) =>
      Array.isArray(rule) && rule[0] === 'className' ? [...rule, 'outside-image'] : rule,
    ),
  },
};

/**
 * The remark plugins every article goes through, after remark-parse and GFM,
 * in order: raw HTML is escaped before paragraphs are counted. No SmartyPants:
 * articles are evidence, and it would rewrite their quote marks and dashes.
 */
export const articleRemarkPlugins: PluggableList = [remarkEscapeRawHtml, remarkParagraphIds];

/**
 * The rehype plugins every article goes through: images become links, third-party markup is
 * sanitised, then our own anchor links are added.
 */
export const articleRehypePlugins: PluggableList = [
  rehypeOutsideMediaAsLinks,
  [rehypeSanitize, sanitizeSchema],
  rehypeAnchorLinks,
];
