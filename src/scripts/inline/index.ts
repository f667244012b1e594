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
 *   of the page's thread in Chromium here). Made in a task of its own once the
 *   parser lets go, while the page's files are on their way, rather than on
 *   the first search's way. Not made in the head itself: with the page's
 *   Content-Security-Policy in a meta element, Chromium requests none of the
 *   page's files until the parser is past that script: the stylesheets were
 *   asked for at 54-65 ms, and are at 38-42 ms with the warm-up in a task of
 *   its own (N = 1000). In the head, ahead of the stylesheets: a script
 *   after them would wait for them to arrive before it could even ask.
 */
export const inlineScripts = { readingEnhancements, copyLink, warmSegmenter } as const;

export type InlineScriptName = keyof typeof inlineScripts;
