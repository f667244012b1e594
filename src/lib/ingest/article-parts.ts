import { parseAuthorLine, parseByline, parseContributorLine } from './byline';
import { pageChromeRule, possibleChromeRule } from './page-chrome';
import type { FlaggedText, RemovedText, SourceBlock } from './source-block';

/** A block of the article body: a section heading or a paragraph, its text as received. */
export interface BodyBlock {
  type: 'heading' | 'paragraph';
  text: string;
  line: number;
}

/** A line of the copy that goes into the frontmatter rather than the body. */
export interface MovedText {
  text: string;
  field: 'title' | 'subtitle' | 'authors' | 'contributors' | 'dateline';
  line: number;
}

/** The parts of an article found in a copy. */
export interface ArticleParts {
  headline?: string;
  /** The dek: only what the page marks as one (an HTML dek element). */
  subtitle?: string;
  /** The dateline ("ISTANBUL", "MOSCOW, March 29 (Xinhua) --"), as printed, without its dash. */
  dateline?: string;
  authors: string[];
  /** The organisation a byline ends with ("By …, CNN"). */
  bylineOutlet?: string;
  contributors: string[];
  body: BodyBlock[];
  moved: MovedText[];
  removed: RemovedText[];
  flagged: FlaggedText[];
}

/** A sentence ends in punctuation, perhaps followed by closing quotes or brackets. */
const FINAL_PUNCTUATION = /[.,;:!?…]["”’')\]]*$/u;
/** Headlines and deks are at most this long; longer unpunctuated lines are sentences missing a full stop. */
const MAX_HEADLINE_WORDS = 30;
/** Section headings are short ("Russian demands", "‘The pretense of diplomacy’"). */
const MAX_HEADING_WORDS = 10;
const MAX_HEADING_LENGTH = 80;

/**
 * A dateline: a place in capitals, perhaps a day and an agency, alone on its
 * line or ending in a dash before the first sentence ("ISTANBUL",
 * "MOSCOW, March 29 (Xinhua) --", "KYIV, Ukraine (AP) —").
 */
export const DATELINE =
  /^((?:\p{Lu}{3,}[\p{Lu} .'’-]*)(?:,\s*(?:\p{Lu}[\p{L}.]*\s*)+\d{0,2})?(?:\s*\([^)]{1,40}\))?)\s*(?:$|--\s*|[—–]\s*)/u;

function isTitleLike(text: string, maxWords: number): boolean {
  return (
    !FINAL_PUNCTUATION.test(text) &&
    text.split(/\s+/u).length <= maxWords &&
    /^[\p{Lu}\p{N}‘“"'(]/u.test(text)
  );
}

function isHeadingLike(text: string): boolean {
  return isTitleLike(text, MAX_HEADING_WORDS) && text.length <= MAX_HEADING_LENGTH;
}

function addNew(names: string[], more: readonly string[]): void {
  for (const name of more) if (!names.includes(name)) names.push(name);
}

/**
 * Finds the headline, dek, byline, credits, section headings and paragraphs
 * of a copy, and takes out its page chrome. Nothing is dropped silently:
 * chrome goes to `removed` with the rule's reason, credit lines to `moved`,
 * and a line the rules are unsure about stays in the body and is `flagged`.
 *
 * Plain text says nothing about structure, so it is read from the lines: the
 * headline is a first line that is not a sentence, the dek the same right
 * after it, and a heading a short line without final punctuation between
 * paragraphs. HTML says it with `<h1>`–`<h6>`.
 */
export function findArticleParts(
  blocks: readonly SourceBlock[],
  /** The dek as the editor gives it (`--subtitle`): the line under the headline that reads so is the dek. */
  declaredDek?: string,
): ArticleParts {
  const parts: ArticleParts = {
    authors: [],
    contributors: [],
    body: [],
    moved: [],
    removed: [],
    flagged: [],
  };
  const content: SourceBlock[] = [];
  let seenSentence = false;
  for (const block of blocks) {
    const { text, line } = block;
    // A byline comes before the text; "By …" further down is a sentence of it.
    const byline = seenSentence ? undefined : parseByline(text);
    if (byline) {
      addNew(parts.authors, byline.authors);
      if (byline.outlet !== undefined) parts.bylineOutlet ??= byline.outlet;
      parts.moved.push({ text, field: 'authors', line });
      continue;
    }
    const authorLine = parseAuthorLine(text);
    if (authorLine) {
      addNew(parts.authors, authorLine);
      parts.moved.push({ text, field: 'authors', line });
      continue;
    }
    const contributors = parseContributorLine(text);
    if (contributors) {
      addNew(parts.contributors, contributors);
      parts.moved.push({ text, field: 'contributors', line });
      continue;
    }
    const chrome = pageChromeRule(text);
    if (chrome) {
      parts.removed.push({ text, reason: chrome.reason, line });
      continue;
    }
    content.push(block);
    if (FINAL_PUNCTUATION.test(text)) seenSentence = true;
  }

  const marked = content.findIndex((block) => block.kind === 'headline');
  const headlineAt =
    marked !== -1 ? marked : content[0] && isTitleLike(content[0].text, MAX_HEADLINE_WORDS) ? 0 : -1;
  const headline = content[headlineAt];
  let rest = content;
  if (headline) {
    parts.headline = headline.text;
    parts.moved.push({ text: headline.text, field: 'title', line: headline.line });
    for (const before of content.slice(0, headlineAt)) {
      parts.flagged.push({
        text: before.text,
        reason: 'comes before the headline: kept as the first paragraphs; remove it if it is page chrome',
        line: before.line,
      });
    }
    // Only a line the page marks as its dek is one: a body line under the headline holds the compiler's quotes, dates and places.
    const dek = content[headlineAt + 1];
    const hasDek = dek !== undefined && (dek.kind === 'dek' || dek.text === declaredDek);
    if (hasDek) {
      parts.subtitle = dek.text;
      parts.moved.push({ text: dek.text, field: 'subtitle', line: dek.line });
    } else if (dek !== undefined && dek.kind !== 'headline' && isTitleLike(dek.text, MAX_HEADLINE_WORDS)) {
      parts.flagged.push({
        text: dek.text,
        reason:
          'a line under the headline without final punctuation: kept in the body; if it is the dek, give it with --subtitle "…" and it moves there',
        line: dek.line,
      });
    }
    rest = [...content.slice(0, headlineAt), ...content.slice(headlineAt + (hasDek ? 2 : 1))];
  }

  // A dateline alone on its line goes to the frontmatter; one that opens a paragraph stays in it, and is recorded too.
  const first = rest.findIndex((block) => block.kind !== 'heading' && block.kind !== 'headline');
  const opening = rest[first];
  const dateline = opening === undefined ? undefined : DATELINE.exec(opening.text);
  if (opening !== undefined && dateline !== null && dateline !== undefined) {
    parts.dateline = dateline[1]?.trim() ?? dateline[0].trim();
    if (dateline[0].length === opening.text.length) {
      parts.moved.push({ text: opening.text, field: 'dateline', line: opening.line });
      rest = rest.filter((_, index) => index !== first);
    }
  }

  rest.forEach((block, index) => {
    const previous = parts.body.at(-1);
    const next = rest[index + 1];
    const isHeading =
      block.kind === 'heading' ||
      block.kind === 'headline' ||
      (block.kind === 'line' &&
        isHeadingLike(block.text) &&
        previous?.type === 'paragraph' &&
        next !== undefined &&
        !isHeadingLike(next.text));
    parts.body.push({ type: isHeading ? 'heading' : 'paragraph', text: block.text, line: block.line });
    const possibleChrome = possibleChromeRule(block.text);
    if (possibleChrome) {
      parts.flagged.push({
        text: block.text,
        reason: `${possibleChrome.reason}: kept; remove it if it is page chrome`,
        line: block.line,
      });
    } else if (!isHeading && isHeadingLike(block.text)) {
      parts.flagged.push({
        text: block.text,
        reason:
          'short line without final punctuation: kept as a paragraph; it may be a heading or page chrome',
        line: block.line,
      });
    } else if (isHeading && next === undefined) {
      parts.flagged.push({
        text: block.text,
        reason: 'heading at the end of the text, with no paragraph under it',
        line: block.line,
      });
    }
  });
  return parts;
}
