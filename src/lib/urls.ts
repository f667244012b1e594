/**
 * The site's addresses, built in one place: pages link to articles, their
 * paragraphs and quoted passages through these, never by hand.
 */

const PARAGRAPH_ID = /^p-(\d+)$/u;

export function articleUrl(slug: string): string {
  return `/articles/${slug}/`;
}

/** The page that shows what differs between a shorter version of a story and the fuller one. */
export function versionChangesUrl(versionSlug: string): string {
  return `${articleUrl(versionSlug)}changes/`;
}

/** The list of a story's other versions, when there are more than its article page names (page `n` from 2 at `…/versions/n/`). */
export function articleVersionsUrl(slug: string): string {
  return `${articleUrl(slug)}versions/`;
}

/** The link to a paragraph of an article page (`/articles/<slug>/#p-5`). */
export function paragraphUrl(articleSlug: string, paragraphId: string): string {
  return `${articleUrl(articleSlug)}#${paragraphId}`;
}

/** The number a reader sees for a paragraph anchor: 5 for `p-5`. */
export function paragraphNumber(paragraphId: string): number {
  const match = PARAGRAPH_ID.exec(paragraphId);
  if (match === null) throw new Error(`"${paragraphId}" is not a paragraph anchor (p-1, p-2, …)`);
  return Number(match[1]);
}

function encodeFragmentText(text: string): string {
  // Text fragments reserve "-", "," and "&" as syntax; encodeURIComponent leaves "-" alone.
  return encodeURIComponent(text).replace(/-/gu, '%2D');
}

/**
 * A text fragment (`:~:text=`) that makes the browser scroll to and highlight
 * the quoted words. Long quotes use the start,end form with a few words at
 * each end, which keeps URLs short and survives small differences in between.
 */
export function textFragment(printed: string): string {
  const quoteWords = printed.trim().split(/\s+/u);
  if (quoteWords.length <= 10) return `:~:text=${encodeFragmentText(quoteWords.join(' '))}`;
  const start = quoteWords.slice(0, 4).join(' ');
  const end = quoteWords.slice(-4).join(' ');
  return `:~:text=${encodeFragmentText(start)},${encodeFragmentText(end)}`;
}

/** The link to a paragraph that also highlights the passage quoted from it. */
export function passageUrl(articleSlug: string, paragraphId: string, printed: string): string {
  return `${paragraphUrl(articleSlug, paragraphId)}${textFragment(printed)}`;
}

export function roundUrl(id: string): string {
  return `/rounds/${id}/`;
}

export function personUrl(id: string): string {
  return `/people/${id}/`;
}

export function partyUrl(id: string): string {
  return `/parties/${id}/`;
}
