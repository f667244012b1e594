import { describe, expect, it } from 'vitest';
import {
  asksForDemands,
  entitiesNamed,
  peopleDescribed,
  suggestSpelling,
} from '../../../src/lib/search/query';
import { daysNamed } from '../../../src/lib/search/days';
import { transliterationKey } from '../../../src/lib/search/normalise';
import { searchVocabulary, searchWords } from '../../../src/lib/search/vocabulary';
import { corpus } from '../../helpers/corpus';

const vocabulary = searchVocabulary(corpus().model);
const words = searchWords(corpus().model);
const urls = (query: string) => entitiesNamed(query, vocabulary).map((entity) => entity.url);

describe('reading a query', () => {
  it('suggests the word the corpus uses for a typo or a transliteration, as the reader capitalised it', () => {
    expect(suggestSpelling('Lavorv', vocabulary, words).query).toBe('Lavrov');
    expect(suggestSpelling('Lavrow', vocabulary, words).query).toBe('Lavrov');
    expect(suggestSpelling('nuetrality', vocabulary, words).query).toBe('neutrality');
    expect(suggestSpelling('Istambul', vocabulary, words).query).toBe('Istanbul');
    expect(suggestSpelling('Kulbea talks', vocabulary, words).query).toBe('Kuleba talks');
  });

  it('suggests nothing for a run of one letter: the edits allowed follow its length with repeats collapsed', () => {
    for (const query of ['Noooooo', 'aaaaaaaaaa', 'zzzzzzzz', 'Lavvvvvvvv'])
      expect(suggestSpelling(query, vocabulary, words).query, query).toBeUndefined();
    expect(suggestSpelling('Lavroooov', vocabulary, words).query).toBe('Lavrov');
  });

  it('suggests a name from the entities alone, without the frequent words (their file loads only when needed)', () => {
    expect(suggestSpelling('Lavorv', vocabulary, { words: [], keys: [] }).query).toBe('Lavrov');
    expect(suggestSpelling('nuetrality', vocabulary, { words: [], keys: [] }).query).toBeUndefined();
    expect(words.words).toContain('neutrality');
    expect(JSON.stringify(vocabulary)).not.toContain('"words"');
  });

  it("measures a typed word against the keys the build made for the corpus's words", () => {
    expect(words.keys).toEqual(words.words.map(transliterationKey));
    expect(words.keys).toContain('neutrality');
    // The browser uses the keys as they come: it does not key thousands of words again.
    expect(suggestSpelling('bqrtmn', vocabulary, { words: ['neutrality'], keys: ['bqrtma'] }).query).toBe(
      'neutrality',
    );
    expect(suggestSpelling('nuetrality', vocabulary, { words: ['neutrality'], keys: ['bqrtma'] }).query).toBe(
      undefined,
    );
  });

  it('suggests nothing for a known word, and names a word nothing is close to', () => {
    expect(suggestSpelling('neutrality', vocabulary, words)).toEqual({ unknown: [] });
    expect(suggestSpelling('Abramovich', vocabulary, words)).toEqual({ unknown: ['Abramovich'] });
    // Short words are too ambiguous to correct.
    expect(suggestSpelling('tlak', vocabulary, words).query).toBeUndefined();
  });

  it('names the page of a person by name, surname or alias, and a party asked for its demands', () => {
    expect(urls('Lavrov')).toEqual(['/people/sergey-lavrov/']);
    expect(urls('Sergei Lavrov')).toEqual(['/people/sergey-lavrov/']);
    expect(urls('Zelenskiy')).toEqual(['/people/volodymyr-zelensky/']);
    expect(urls('Cavusoglu')).toEqual(['/people/mevlut-cavusoglu/']);
    expect(urls('what does Russia demand')).toEqual(['/parties/russia/']);
    expect(asksForDemands('demands of Ukraine')).toBe(true);
    expect(urls('demands of Ukraine')).toEqual(['/parties/ukraine/']);
  });

  it('names the rounds held at a place, but not every round in a country that is also a party', () => {
    expect(urls('Istanbul')).toEqual(['/rounds/2022-03-29-istanbul/']);
    expect(urls('Turkey')).toEqual(['/parties/turkey/']);
  });

  it('answers "who is …" with the people whose role it describes', () => {
    const described = (query: string) => peopleDescribed(query, vocabulary).map((entity) => entity.url);
    expect(described('who is the Turkish foreign minister')).toEqual(['/people/mevlut-cavusoglu/']);
    expect(described('who leads the Russian delegation')).toEqual(['/people/vladimir-medinsky/']);
    expect(described('who is the US ambassador to the UN')).toEqual(['/people/linda-thomas-greenfield/']);
    expect(described('Turkish foreign minister')).toEqual([]);
  });

  it('names no page for a term or a phrase', () => {
    expect(urls('neutrality')).toEqual([]);
    expect(urls('Lavrov neutrality')).toEqual([]);
  });

  it('reads a day however a reader writes it, in each year of the coverage when no year is given', () => {
    for (const query of [
      '29 March',
      'March 29',
      '2022-03-29',
      '29 March 2022',
      'March 29, 2022',
      '29th March',
    ])
      expect(daysNamed(query, [2022]), query).toEqual(['2022-03-29']);
    expect(daysNamed('29 March', [2023, 2022])).toEqual(['2023-03-29', '2022-03-29']);
    expect(daysNamed('March', [2022])).toEqual([]);
    expect(daysNamed('talks on 29 March', [2022])).toEqual([]);
    // Written as yyyy-MM-dd without date-fns' format: a four-digit year, a leap day only in a leap year.
    expect(daysNamed('29 March 22', [2022])).toEqual(['0022-03-29']);
    expect(daysNamed('29 February', [2024, 2023])).toEqual(['2024-02-29']);
  });
});

describe('word forms', () => {
  it('bring transliterations together', () => {
    expect(transliterationKey('Zelenskiy')).toBe(transliterationKey('Zelensky'));
    expect(transliterationKey('Lavrow')).toBe(transliterationKey('Lavrov'));
    expect(transliterationKey('Kouleba')).toBe(transliterationKey('Kuleba'));
  });
});
