import copyLink from './copy-link.js?raw';
import readingEnhancements from './reading-enhancements.js?raw';

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
 */
export const inlineScripts = { readingEnhancements, copyLink } as const;

export type InlineScriptName = keyof typeof inlineScripts;
