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

/**
 * Finds the double-quoted spans of a paragraph, typographic (“…”) or
 * straight ("…"), or opened straight and closed with two apostrophes
 * ("…'', a typewriter's closing mark that wire copy keeps). Single quotes
 * are left alone: they mark quotes within quotes and apostrophes.
 */
export function findQuotations(text: string, continuing = false): Quotation[] {
  const quotations: Quotation[] = [];
  // A paragraph that goes on with the last one's open quotation opens inside it, with no mark (-1: before the text).
  let openedAt: number | undefined = continuing ? -1 : undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    const opens = char === '“' || (char === '"' && openedAt === undefined);
    const twoApostrophes =
      openedAt !== undefined && text.startsWith("''", index) && text.charAt(openedAt) === '"';
    // "… on the border, “said his adviser", "… leadership “, the delegation said": with a quote open, an opening
    // mark followed by a comma or a lowercase word is a closing mark printed the wrong way round.
    const misprintedClose =
      char === '“' && openedAt !== undefined && /^\s*(?:,|\p{Ll})/u.test(text.slice(index + 1, index + 4));
    const closes =
      char === '”' || (char === '"' && openedAt !== undefined) || twoApostrophes || misprintedClose;
    if (opens && openedAt === undefined) {
      openedAt = index;
    } else if (closes && openedAt !== undefined) {
      const markLength = twoApostrophes ? 2 : 1;
      quotations.push(
        ...aroundInsertedAttribution(
          {
            start: Math.max(0, openedAt),
            end: index + markLength,
            text: text.slice(openedAt + 1, index),
            runsOn: false,
          },
          openedAt + 1,
        ),
      );
      openedAt = undefined;
      index += markLength - 1;
    }
  }
  if (openedAt !== undefined) {
    quotations.push({
      start: Math.max(0, openedAt),
      end: text.length,
      text: text.slice(openedAt + 1),
      runsOn: true,
    });
  }
  return quotations;
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
