/**
 * Text from articles and editors may carry Unicode's explicit direction
 * controls: embeddings and overrides (U+202A–U+202E, closed by U+202C) and
 * isolates (U+2066–U+2068, closed by U+2069). One left open reverses whatever
 * follows it in the same paragraph, the site's own words included ("Bob
 * .troper siht ot detubirtnoc"), in a page, a browser tab or a feed reader.
 *
 * `closeBidi` makes a text self-contained: every control it opens is closed
 * at its end, and a closer that matches nothing in it (which would close a
 * control of the page around it) is dropped. The text itself shows as its
 * author wrote it; only what comes after it is safe. Pages also isolate such
 * text (`<bdi>`, `dir="auto"`), which gives a right-to-left title its own
 * direction, but an isolate in HTML is itself closed by a stray U+2069, and
 * plain-text places (`<title>`, the feed, the calendar) have no elements:
 * closing the text is what holds in all of them.
 */
const EMBEDDINGS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']);
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const POP_EMBEDDING = '\u202c';
const POP_ISOLATE = '\u2069';
const DIRECTION_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;

/** The text with every direction control it opens closed at its end and every stray closer left out. */
export function closeBidi(text: string): string {
  if (!DIRECTION_CONTROL.test(text)) return text;
  const open: ('embedding' | 'isolate')[] = [];
  let closed = '';
  for (const char of text) {
    if (EMBEDDINGS.has(char)) open.push('embedding');
    else if (ISOLATES.has(char)) open.push('isolate');
    else if (char === POP_EMBEDDING) {
      // Unicode's rule X7: a PDF inside an isolate it did not open closes nothing.
      if (open.at(-1) !== 'embedding') continue;
      open.pop();
    } else if (char === POP_ISOLATE) {
      // Rule X6a: a PDI closes the last isolate and whatever was opened inside it.
      const isolate = open.lastIndexOf('isolate');
      if (isolate < 0) continue;
      open.length = isolate;
    }
    closed += char;
  }
  return (
    closed +
    open
      .reverse()
      .map((kind) => (kind === 'isolate' ? POP_ISOLATE : POP_EMBEDDING))
      .join('')
  );
}

/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and the like). */
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * A text for a place with no elements to isolate it (the page's `<title>`):
 * closed, and when it has right-to-left letters or direction controls,
 * between U+2068 FIRST STRONG ISOLATE and U+2069, so its direction is its own
 * and the site's words after it keep theirs. Other text is left as it is.
 */
export function isolateForPlainText(text: string): string {
  return RIGHT_TO_LEFT.test(text) || DIRECTION_CONTROL.test(text) ? `\u2068${closeBidi(text)}\u2069` : text;
}
