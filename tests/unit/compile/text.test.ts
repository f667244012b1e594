import { describe, expect, it } from 'vitest';
import { escapeRegExp, groupedAlternation, splitSentences } from '../../../src/lib/compile/text';

/** All whole-word matches of an alternation, as [start, text]. */
function matches(alternation: string, text: string): [number, string][] {
  const pattern = new RegExp(`(?<![\\p{L}])(?:${alternation})(?![\\p{L}])`, 'giu');
  return [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);
}

describe('groupedAlternation', () => {
  const phrases = [
    'the head of the ukrainian delegation',
    'the russian foreign minister',
    'russia’s foreign minister',
    'the head of state',
    'the russian leader',
    'kremlin',
  ].sort((a, b) => b.length - a.length);

  it('finds what the plain alternation finds, the longest phrase at a position first', () => {
    const text =
      'The head of the Ukrainian delegation met the Russian foreign minister; Russia’s foreign minister, ' +
      'the head of state and the Russian leader spoke to the Kremlin, not to the Kremlins.';
    const plain = phrases.map(escapeRegExp).join('|');
    expect(matches(groupedAlternation(phrases), text)).toEqual(matches(plain, text));
    expect(matches(groupedAlternation(phrases), text).map(([, found]) => found)).toEqual([
      'The head of the Ukrainian delegation',
      'the Russian foreign minister',
      'Russia’s foreign minister',
      'the head of state',
      'the Russian leader',
      'Kremlin',
    ]);
  });

  it('escapes each piece with the function given', () => {
    const alternation = groupedAlternation(['russia’s leader', 'u.s. officials'], (piece) =>
      escapeRegExp(piece).replace('’', "[’']"),
    );
    expect(
      matches(alternation, "Russia's leader and US officials, U.S. officials").map(([, found]) => found),
    ).toEqual(["Russia's leader", 'U.S. officials']);
  });
});

describe('splitSentences', () => {
  const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

  it('ends a sentence at a full stop, a question or an exclamation mark before a capital', () => {
    expect(texts('Talks resumed. Were they useful? Yes! 2 rounds followed.')).toEqual([
      'Talks resumed.',
      'Were they useful?',
      'Yes!',
      '2 rounds followed.',
    ]);
  });

  it('sets apart the label a house style opens a paragraph with, but not a quote line’s', () => {
    expect(splitSentences('Details: According to Blinken, talks are far off. He left.')).toEqual([
      { text: 'Details:', start: 0 },
      { text: 'According to Blinken, talks are far off.', start: 9 },
      { text: 'He left.', start: 50 },
    ]);
    expect(texts('Quote: “We are ready.”')).toEqual(['Quote: “We are ready.”']);
  });

  it('keeps the closing quote or bracket after the stop with its sentence', () => {
    expect(texts('He said “we are ready.” Kuleba agreed. (It was late.) Talks went on.')).toEqual([
      'He said “we are ready.”',
      'Kuleba agreed.',
      '(It was late.)',
      'Talks went on.',
    ]);
  });

  it('keeps a quoted question with the verb that attributes it, whichever reporting verb it is', () => {
    expect(
      texts(
        '“Is this a negotiation?” Kuleba acknowledged. “Why now?” mused Podolyak. “Enough!” Lavrov urged.',
      ),
    ).toEqual([
      '“Is this a negotiation?” Kuleba acknowledged.',
      '“Why now?” mused Podolyak.',
      '“Enough!” Lavrov urged.',
    ]);
    // A quote that ends its sentence before a new one, whose verb is not of saying, still ends there.
    expect(texts('“Is it over?” Kuleba left the room.')).toEqual(['“Is it over?”', 'Kuleba left the room.']);
  });

  it('does not end a sentence after an abbreviation', () => {
    expect(texts('U.S. officials met Gen. Milley. He spoke.')).toEqual([
      'U.S. officials met Gen. Milley.',
      'He spoke.',
    ]);
    expect(texts('So said Maj. Serhii Volyna. Lt. Col. Ivan Petrov agreed.')).toEqual([
      'So said Maj. Serhii Volyna.',
      'Lt. Col. Ivan Petrov agreed.',
    ]);
  });
});
