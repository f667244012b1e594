import { VERB_AFTER } from './attribution-words';

/** A quotation in a paragraph: the span with its marks, and the words inside them. */
export interface Quotation {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark (the paragraph's end when the quote runs on into the next paragraph). */
  end: number;
  /** The quoted words, without the marks. */
  text: string;
  /** True when no closing mark ends it: news style for a quote that continues in the next paragraph. */
  runsOn: boolean;
  /** True for the words after an attribution set off by dashes inside the marks: the same speaker's. */
  resumes?: true;
}

/**
 * The text with low opening marks („…” in Romanian, Polish or Ukrainian copy, „…“ in German) and guillemets
 * («…» in copy translated from Russian, Ukrainian or French, »…« in German, “…» mixed) written as English
 * ones (“…”), each mark one character for one, so every offset stays that of the paragraph: the compiler
 * reads one kind of quotation, whatever the outlet's typography.
 */
export function withEnglishQuoteMarks(text: string): string {
  let english = text;
  const replace = (at: number, mark: string) => english.slice(0, at) + mark + english.slice(at + 1);
  for (let at = english.indexOf('„'); at !== -1; at = english.indexOf('„', at + 1)) {
    english = replace(at, '“');
    const close = english.slice(at + 1).search(/[“”„]/u);
    if (close !== -1 && english.charAt(at + 1 + close) === '“') english = replace(at + 1 + close, '”');
  }
  // A guillemet opens a quotation when none is open, whichever way it points, and closes the open one: «…»,
  // »…«, “…». Inside “…”, «…» is a quotation within the quotation and stays as it is.
  let opener: string | undefined;
  let inner = false;
  for (let at = 0; at < english.length; at += 1) {
    const char = english.charAt(at);
    if (char === '“') opener = '“';
    else if (char === '”') opener = undefined;
    else if (char === '«' && opener === '“') inner = true;
    else if (char === '»' && inner) inner = false;
    else if (char === '«' || char === '»') {
      english = replace(at, opener === undefined ? '“' : '”');
      opener = opener === undefined ? char : undefined;
    }
  }
  return english;
}

/** How a mark sits between its neighbours: after a space and before a word it opens, after a word and before a space it closes. */
type MarkShape = 'opening' | 'closing' | 'either';

function markShape(text: string, index: number, length = 1): MarkShape {
  const spaceBefore = index === 0 || /[\s([{]/u.test(text.charAt(index - 1));
  const spaceAfter = index + length >= text.length || /[\s.,;:!?)\]…]/u.test(text.charAt(index + length));
  if (spaceBefore && !spaceAfter) return 'opening';
  if (spaceAfter && !spaceBefore) return 'closing';
  return 'either';
}

/** A verb of saying: words before a closing mark that say who spoke are no one's quote. */
const SAYING = new RegExp(VERB_AFTER.source, 'u');

/**
 * Finds the double-quoted spans of a paragraph, typographic (“…”) or
 * straight ("…"), or opened straight and closed with two apostrophes
 * ("…'', a typewriter's closing mark that wire copy keeps). Single quotes
 * are left alone: they mark quotes within quotes and apostrophes.
 *
 * Copy pasted through many systems prints marks the wrong way round, leaves
 * one out, or doubles one; the words around a mark say what it does:
 * - with a quote open, a mark after a comma (“… on the border, “said his
 *   adviser”) or before a comma or a lowercase word closes it;
 * - with a quote open, a mark after a space and before a word opens a
 *   quotation inside it, which the quote goes on after (“… to hold a
 *   “special round” in Mariupol …”); after a full stop, before a sentence,
 *   it opens the next quotation, the open one's closing mark left out
 *   (“… every time. “They change their minds,” he said); with no closing
 *   mark after its own, it is part of the open quote;
 * - with none open, a mark after a word and before a space closes a
 *   quotation whose opening mark was left out, from the paragraph's start
 *   when it is the paragraph's first mark, else from the sentence after the
 *   last quotation (“…,” Lavrov said. The request is new,” he said), unless
 *   those words have a verb of saying;
 * - with none open, a closing mark after a space and before a word opens one
 *   (The official said: ”At no point …”).
 */
export function findQuotations(text: string, continuing = false): Quotation[] {
  const quotations: Quotation[] = [];
  // A paragraph that goes on with the last one's open quotation opens inside it, with no mark (-1: before the text).
  let openedAt: number | undefined = continuing ? -1 : undefined;
  // A mark that opened a quotation inside the open one.
  let innerAt: number | undefined;
  // Where the last quotation ended (0 when the paragraph goes on with the last one's).
  let lastEnd: number | undefined = continuing ? 0 : undefined;
  const push = (start: number, textStart: number, end: number, markLength: number) => {
    quotations.push(
      ...aroundInsertedAttribution(
        { start: Math.max(0, start), end: end + markLength, text: text.slice(textStart, end), runsOn: false },
        textStart,
      ),
    );
    lastEnd = end + markLength;
  };
  const closingMarkAfter = (index: number) =>
    [...text.slice(index + 1).matchAll(/[“”"]/gu)].some(
      (match) => markShape(text, index + 1 + match.index) !== 'opening',
    );
  // A sentence opened inside the open quote: the next quotation, not one within it.
  const opensNextQuotation = (open: number, inner: number, innerEnd: number) =>
    /[.!?…]\s*$/u.test(text.slice(open + 1, inner)) &&
    /^\p{Lu}\S*\s+\S/u.test(text.slice(inner + 1, innerEnd));
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    const twoApostrophes =
      openedAt !== undefined &&
      openedAt >= 0 &&
      text.startsWith("''", index) &&
      text.charAt(openedAt) === '"';
    if (char !== '“' && char !== '”' && char !== '"' && !twoApostrophes) continue;
    const markLength = twoApostrophes ? 2 : 1;
    const shape = markShape(text, index, markLength);
    if (openedAt === undefined) {
      const opens = shape === 'opening' || (shape === 'either' && (char !== '”' || closingMarkAfter(index)));
      if (opens && text.slice(index + 1).trim() !== '') {
        openedAt = index;
      } else if (shape === 'closing' && char !== '“') {
        const from = lastEnd === undefined ? 0 : sentenceAfter(text, lastEnd, index);
        const words = from === undefined ? '' : text.slice(from, index);
        if (from !== undefined && /\p{L}/u.test(words) && !SAYING.test(words)) push(from, from, index, 1);
      }
      continue;
    }
    // “” (a doubled opening mark) opens once.
    if (index === openedAt + 1 && shape !== 'closing') {
      openedAt = index;
      continue;
    }
    const afterComma = /,\s*$/u.test(text.slice(Math.max(0, index - 3), index));
    if (!twoApostrophes && shape === 'opening' && !afterComma) {
      innerAt ??= index;
      continue;
    }
    const misprintedClose = afterComma || /^\s*(?:,|\p{Ll}|$)/u.test(text.slice(index + 1, index + 4));
    if (char === '“' && !misprintedClose) continue;
    if (innerAt !== undefined) {
      if (opensNextQuotation(openedAt, innerAt, index)) {
        push(openedAt, openedAt + 1, trimmedEnd(text, openedAt + 1, innerAt), 0);
        openedAt = innerAt;
      } else if (closingMarkAfter(index)) {
        // The quotation within the quotation closes here; the open one goes on.
        innerAt = undefined;
        continue;
      }
    }
    push(openedAt, openedAt + 1, index, markLength);
    openedAt = undefined;
    innerAt = undefined;
    index += markLength - 1;
  }
  if (openedAt !== undefined) {
    if (innerAt !== undefined && opensNextQuotation(openedAt, innerAt, text.length)) {
      push(openedAt, openedAt + 1, trimmedEnd(text, openedAt + 1, innerAt), 0);
      openedAt = innerAt;
    } else if (innerAt !== undefined && /^\p{Ll}/u.test(text.slice(innerAt + 1))) {
      // “We are ready “said the adviser: a closing mark printed the wrong way round.
      push(openedAt, openedAt + 1, innerAt, 1);
      return quotations;
    }
    quotations.push({
      start: Math.max(0, openedAt),
      end: text.length,
      text: text.slice(openedAt + 1),
      runsOn: true,
    });
  }
  return quotations;
}

/** The end of the words before `end`, white space aside. */
function trimmedEnd(text: string, start: number, end: number): number {
  return start + text.slice(start, end).trimEnd().length;
}

/**
 * Where the sentence after the quotation that ended at `from` starts, before `before`: right after it when
 * its words ended a sentence (“… Ukrainians.” That would be …), else after the next full stop (“…,” Lavrov
 * said. The request …).
 */
function sentenceAfter(text: string, from: number, before: number): number | undefined {
  const between = text.slice(from, before);
  if (/[.!?…]\s*[”"]?$/u.test(text.slice(Math.max(0, from - 3), from)) && /^\s+\p{Lu}/u.test(between))
    return from + between.length - between.trimStart().length;
  const stop = /[.!?]\s+(?=\S)/u.exec(between);
  return stop === null ? undefined : from + stop.index + stop[0].length;
}

/**
 * An attribution set off by dashes inside the marks, as translated copy prints it: "“We have no news – he
 * said again – we were ready yesterday”", "“We are ready – said the Russian Foreign Minister Sergei Lavrov –
 * but …”". Its words are no one's quote.
 */
const INSERTED_ATTRIBUTION =
  /\s[–—-]\s*(?:(?:he|she|they|\p{Lu}[\p{L}’'-]+)\s+(?:(?:then|also|later)\s+)?(?:said|says|added|adds|continued|stressed|insisted|noted|explained|repeated|went on|stated)(?:\s+again)?|(?:said|added|continued|stressed|insisted|noted|explained|stated|declared)\s+(?:the\s+)?[^–—“”",.;:]{1,80}?)\s*[–—-]\s/u;

/**
 * A quotation split in two around an attribution set off by dashes inside it; the quotation itself otherwise.
 * @param textStart where the quoted words start in the paragraph
 */
function aroundInsertedAttribution(quotation: Quotation, textStart: number): Quotation[] {
  const inserted = INSERTED_ATTRIBUTION.exec(quotation.text);
  if (inserted === null) return [quotation];
  const before = quotation.text.slice(0, inserted.index);
  const after = quotation.text.slice(inserted.index + inserted[0].length);
  const afterStart = textStart + inserted.index + inserted[0].length;
  return [
    { start: quotation.start, end: textStart + before.length, text: before, runsOn: false },
    { start: afterStart - 1, end: quotation.end, text: after, runsOn: quotation.runsOn, resumes: true },
  ];
}

/** The first quotation mark of a paragraph, and whether it opens or closes a quotation. */
function firstMark(text: string): 'open' | 'close' | 'none' {
  const match = /[“”"]/u.exec(text);
  if (match === null) return 'none';
  if (match[0] === '“') return 'open';
  if (match[0] === '”') return 'close';
  // A straight mark right after a word or a stop, before a space, a stop or the end, closes: "… public.",
  // "… in Ukraine". According to …"
  return /[\p{L}\p{N}.,!?…)\]]$/u.test(text.slice(0, match.index)) &&
    /^(?:[\s.,;:!?)\]]|$)/u.test(text.slice(match.index + 1))
    ? 'close'
    : 'open';
}

/**
 * Which paragraphs go on with a quotation the paragraph before left open
 * without a mark of their own: a run of paragraphs with no marks, ended by one
 * whose first mark closes a quotation, after a paragraph whose last quotation
 * runs on. (News style reopens each paragraph with a mark; some copy does not,
 * and only the closing mark at the end shows the quotation went on.)
 */
export function continuedParagraphs(texts: readonly string[]): boolean[] {
  const continuing = texts.map(() => false);
  for (let index = 1; index < texts.length; index += 1) {
    const last = findQuotations(texts[index - 1] ?? '', continuing[index - 1]).at(-1);
    if (last === undefined || !last.runsOn) continue;
    let end = index;
    while (end < texts.length && firstMark(texts[end] ?? '') === 'none') end += 1;
    if (end >= texts.length || firstMark(texts[end] ?? '') !== 'close') continue;
    for (let at = index; at <= end; at += 1) continuing[at] = true;
    index = end;
  }
  return continuing;
}
