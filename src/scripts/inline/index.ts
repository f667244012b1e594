import copyLink from './copy-link.js?raw';
import readingEnhancements from './reading-enhancements.js?raw';
import warmSegmenter from './warm-segmenter.js?raw';

/**
 * The pages' inline enhancement scripts, as the exact text each page renders.
 * The layout renders the ones a page asks for and puts their hashes, and only
 * theirs, in that page's Content-Security-Policy. Reading pages load no script
 * files, so these stay small (at most 2 KB together) and framework-free.
 *
 * - `readingEnhancements` (every page): "/" focuses the header search box, and
 *   a `?highlight=` from a search result marks the searched words on the page.
 * - `copyLink` (pages with a CopyLink): shows the copy button when the browser
 *   has a clipboard, and says "Copied" beside it.
 *
 * And one the search page runs in its head, before anything else:
 *
 * - `warmSegmenter`: Pagefind reads each query with an `Intl.Segmenter`, and
 *   the first one a page makes loads the browser's text-break data (14-20 ms
 *   of the page's thread in Chromium here). Made while the parser waits for
 *   nothing and the page's files are on their way, rather than on the first
 *   search's way. In the head, ahead of the stylesheets: a script after them
 *   would wait for them to arrive.
 */
export const inlineScripts = { readingEnhancements, copyLink, warmSegmenter } as const;

export type InlineScriptName = keyof typeof inlineScripts;
