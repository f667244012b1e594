import { describe, expect, it } from 'vitest';
import type { QuoteRecord } from '../../../src/lib/compile/model';
import { corpus, slugStartingWith } from '../../helpers/corpus';

const { model } = corpus();

/** Who the compiler says spoke a quote that starts with the given words, in one article. */
function speakerOf(articlePrefix: string, quoteStart: string): string | undefined {
  const article = model.articles.find((candidate) => candidate.slug === slugStartingWith(articlePrefix));
  const quote: QuoteRecord | undefined = article?.paragraphs
    .flatMap((paragraph) => paragraph.quotes)
    .find((candidate) => candidate.text.startsWith(quoteStart));
  if (quote === undefined) throw new Error(`no quote starting “${quoteStart}”`);
  const speaker = quote.speaker;
  if (speaker === undefined) return undefined;
  if (speaker.type === 'named') return speaker.name;
  if (speaker.type !== 'unnamed') return speaker.id;
  return article?.unnamedSources.find((source) => source.key === speaker.key)?.description;
}

const CNN_20 = '2022-03-20-cnn-us';
const CNN_11 = '2022-03-11-cnn';
const HILL = '2022-03-29-the-hill';
const ANTIWAR = '2022-03-16-antiwar';

describe('quote attribution', () => {
  it('attributes `"…," the European defense official said` to the unnamed official described earlier', () => {
    expect(speakerOf(CNN_20, 'It is very close hold')).toBe('one European defense official');
    expect(speakerOf(CNN_20, 'Anyone who says they know')).toBe('one European defense official');
  });

  it('reads `"…," Kalin said` and a quote continued in the same paragraph', () => {
    expect(speakerOf(CNN_20, 'The first is Ukraine')).toBe('ibrahim-kalin');
    expect(speakerOf(CNN_20, 'Second, disarmament')).toBe('ibrahim-kalin');
  });

  it('reads `said Lavrov` after the quote', () => {
    expect(speakerOf(CNN_20, 'After our operation in Ukraine ends')).toBe('sergey-lavrov');
  });

  it('reads `X told CNN` and `X said:` before the quote', () => {
    expect(speakerOf(CNN_11, 'Orwellian')).toBe('kristjan-prikk');
    expect(speakerOf(CNN_11, 'It’s Vladimir Putin himself')).toBe('kristjan-prikk');
    expect(speakerOf(CNN_11, 'There was zero progress')).toBe('dmytro-kuleba');
  });

  it('resolves "he" and "she" to the person the previous sentences are about', () => {
    expect(speakerOf(CNN_20, 'Any compromises related to our territorial integrity')).toBe(
      'volodymyr-zelensky',
    );
    expect(speakerOf(CNN_20, 'You cannot just make a president')).toBe('volodymyr-zelensky');
    expect(speakerOf(CNN_20, 'This is for the Ukrainians themselves')).toBe('linda-thomas-greenfield');
    expect(speakerOf(HILL, 'It’s unclear that we’ll get there')).toBe('samuel-charap');
    expect(speakerOf(HILL, 'I feel like we’re getting a window')).toBe('michael-ohanlon');
  });

  it('carries a quote that opens a paragraph with no attribution over from the paragraph before', () => {
    expect(speakerOf(HILL, 'But again')).toBe('antony-blinken');
    expect(speakerOf(HILL, 'It would be, in my view')).toBe('thomas-pickering');
  });

  it('resolves "the official" to the most recently described official', () => {
    expect(speakerOf(CNN_11, 'There can be other parties')).toBe('a senior State Department official');
    expect(speakerOf(CNN_11, 'Our position is that we will support')).toBe(
      'a senior State Department official',
    );
    expect(speakerOf(CNN_11, 'all forms of future reconstruction')).toBe(
      'a senior State Department official',
    );
    expect(speakerOf(CNN_20, 'I think we just need to be mindful')).toBe('a senior NATO official');
  });

  it('picks the speaker of the verb nearest the quote, not the first name in the sentence', () => {
    expect(speakerOf(ANTIWAR, 'more realistic.')).toBe('volodymyr-zelensky');
    expect(speakerOf(HILL, 'We want it to be a working international mechanism')).toBe('david-arakhamia');
  });

  it('keeps a quote framed by an earlier speech verb with that verb’s subject, not a later clause’s', () => {
    // “Putin said Friday there had been “certain positive advances” …, US and European officials … expressed deep skepticism”
    expect(speakerOf(CNN_11, 'certain positive advances')).toBe('vladimir-putin');
  });

  it('never attributes a quote to a journalist who asked the question', () => {
    const journalists = new Set(['fareed-zakaria', 'jake-tapper']);
    const quoted = model.articles.flatMap((article) =>
      article.paragraphs.flatMap((paragraph) => paragraph.quotes.map((quote) => quote.speaker)),
    );
    expect(quoted.filter((speaker) => speaker?.type === 'person' && journalists.has(speaker.id))).toEqual([]);
  });

  it('lists the unnamed sources that speak, and only those', () => {
    const article = model.articles.find((candidate) => candidate.slug === slugStartingWith(CNN_20));
    const described = article?.unnamedSources.map((source) => source.description) ?? [];
    expect(described).toContain('one European defense official');
    expect(described).toContain('a senior NATO official');
    expect(described).toContain('one congressional source');
    const antiwar = model.articles.find((candidate) => candidate.slug === slugStartingWith(ANTIWAR));
    expect(antiwar?.unnamedSources.map((source) => source.description)).not.toContain('the negotiators');
  });
});

describe('unnamed sources on the seed site (issue 23, a reader’s findings)', () => {
  const descriptions = (prefix: string) =>
    model.articles
      .find((article) => article.slug === slugStartingWith(prefix))
      ?.unnamedSources.map((source) => source.description) ?? [];

  it('does not list “the European leaders” when the sentence names Macron and Scholz', () => {
    expect(descriptions(CNN_11)).not.toContain('the European leaders');
  });

  it('takes “the sources” of ¶10 for the two US officials it describes, not a source of their own', () => {
    expect(descriptions(CNN_11)).toContain('two US officials');
    expect(descriptions(CNN_11)).not.toContain('the sources');
  });
});
