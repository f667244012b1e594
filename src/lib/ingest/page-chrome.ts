/**
 * Page chrome: what a browser copies along with an article that is not the
 * article (navigation, share prompts, comment notices, copyright and
 * author-bio lines). The rules are data, in one place, each with the reason
 * the summary prints, so the editor can check what went and why.
 */

/** A kind of line that is page chrome, and why. */
export interface PageChromeRule {
  /** Matched against the whole line, white space collapsed. */
  pattern: RegExp;
  reason: string;
}

const NAME = String.raw`\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3}`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?`;
const TIME = String.raw`\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?`;
const DAY_MONTH_YEAR = String.raw`(?:\d{1,2} ${MONTH}|${MONTH} \d{1,2}),? \d{4}`;

/** Lines that are never article text: left out, and listed in the summary. */
export const PAGE_CHROME: readonly PageChromeRule[] = [
  { pattern: /^Skip to (?:main )?content$/iu, reason: 'link that skips the site navigation' },
  { pattern: /^Share (?:this|the) (?:article|story|page)(?: on \p{L}+)?:?$/iu, reason: 'share prompt' },
  { pattern: /^Read more here:?$/iu, reason: 'link to the full story on the site' },
  { pattern: /^Jump to comments\b/iu, reason: 'link to the comment section' },
  { pattern: /^BE PART OF THE CONVERSATION$/iu, reason: 'comment-section heading' },
  {
    pattern: /^.{1,80} is committed to providing a forum for civil and constructive conversation\.?$/iu,
    reason: 'comment policy of the site',
  },
  {
    pattern: /^Please keep your comments respectful and relevant\b.{0,200}$/iu,
    reason: 'comment policy of the site',
  },
  {
    pattern: /^If you would like to share a story idea, please submit it here\.?$/iu,
    reason: 'prompt of the site for story ideas',
  },
  { pattern: /^.{1,80} has removed its comment section\b/iu, reason: 'comment-section notice' },
  { pattern: /^Most Popular$/iu, reason: 'list of popular stories' },
  { pattern: /^Load more$/iu, reason: 'button that loads more stories' },
  { pattern: /^(?:See all [^\s]+ ?)+$/u, reason: 'link to more videos' },
  { pattern: /^Tags(?: \p{Lu}[\p{L}.’'-]*)+$/u, reason: 'tag list' },
  { pattern: /^Article Topic Follows:/u, reason: 'topic-follow widget' },
  { pattern: /^CNN Newsource$/u, reason: 'syndication credit of the wire service' },
  { pattern: /^The-CNN-Wire$/u, reason: 'wire slug' },
  { pattern: /^(?:™ ?& ?)?© ?\d{4}\b.{0,200}$/u, reason: 'copyright line' },
  { pattern: /^Copyright (?:© ?)?\d{4}\b.{0,200}$/iu, reason: 'copyright line' },
  { pattern: /^Advertisement$/iu, reason: 'advertisement label' },
  { pattern: new RegExp(String.raw`^Author: ${NAME}$`, 'u'), reason: 'author line of the page' },
  {
    pattern: new RegExp(
      String.raw`^${NAME} is (?:a|an|the) .{0,80}\bfollow (?:him|her|them) on (?:Twitter|X)\b`,
      'u',
    ),
    reason: 'author bio',
  },
  {
    pattern: new RegExp(
      String.raw`^(?:(?:Published|Updated|Posted):? )?(?:${WEEKDAY} )?(?:${DAY_MONTH_YEAR}(?:,? (?:at )?${TIME})?|${TIME},? (?:${WEEKDAY} )?${DAY_MONTH_YEAR})$`,
      'u',
    ),
    reason: 'date line of the page (the date belongs in `published`)',
  },
];

/**
 * Lines that look like chrome but could be the article's own words: kept in
 * the article, and flagged in the summary for the editor to decide.
 */
export const POSSIBLE_CHROME: readonly PageChromeRule[] = [
  { pattern: /©|\ball rights reserved\b/iu, reason: 'mentions a copyright' },
  {
    pattern:
      /^(?:Share|Subscribe|Sign up|Follow us|Click here|Read more|Watch|Related|Download|Listen)\b.{0,80}$/iu,
    reason: 'starts like a prompt of the page',
  },
  {
    pattern: /\bfollow (?:him|her|them|us) on\b|(?:^|\s)@\w{2,}\b/iu,
    reason: 'looks like an author bio or a social-media prompt',
  },
  {
    pattern: /\bcomments?\b.{0,40}\b(?:section|policy|guidelines)\b/iu,
    reason: 'reads like a comment-section notice',
  },
  {
    pattern: /^(?:Photo|Image|Video|Credit|Getty Images|AP Photo|Reuters)\b.{0,120}$/iu,
    reason: 'looks like a picture credit',
  },
];

function normalise(line: string): string {
  return line.replace(/\s+/gu, ' ').trim();
}

/** The page-chrome rule a line matches, if any: such a line is left out of the article. */
export function pageChromeRule(line: string): PageChromeRule | undefined {
  const text = normalise(line);
  return PAGE_CHROME.find((rule) => rule.pattern.test(text));
}

/** The possible-chrome rule a line matches, if any: such a line stays in, flagged. */
export function possibleChromeRule(line: string): PageChromeRule | undefined {
  const text = normalise(line);
  return POSSIBLE_CHROME.find((rule) => rule.pattern.test(text));
}

/** An HTML element that holds page chrome, never article text, and why it is left out. */
export const CHROME_ELEMENTS: ReadonlyMap<string, string> = new Map([
  ['script', 'script'],
  ['style', 'style sheet'],
  ['noscript', 'fallback for pages without scripts'],
  ['template', 'template'],
  ['link', 'linked resource'],
  ['meta', 'page metadata'],
  ['form', 'form (comments, sign-up or search)'],
  ['button', 'button'],
  ['input', 'form field'],
  ['select', 'form field'],
  ['textarea', 'form field'],
  ['nav', 'navigation'],
  ['header', 'page header'],
  ['footer', 'footer'],
  ['aside', 'sidebar'],
  ['iframe', 'embedded frame'],
  ['object', 'embedded object'],
  ['embed', 'embedded object'],
  ['svg', 'drawing'],
  ['canvas', 'drawing'],
  ['video', 'video player'],
  ['audio', 'audio player'],
  ['img', 'image'],
  ['picture', 'image'],
  ['figure', 'figure (picture and caption)'],
  ['dialog', 'dialog'],
]);

/** Elements whose text is code, not words: the summary gives their size, not their text. */
export const CODE_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg']);
