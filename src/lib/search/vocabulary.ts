import type { TalksModel } from '../compile/model';
import { partyUrl, personUrl, roundUrl } from '../urls';
import { searchNames } from './aliases';
import { surnameOf } from '../compile/text';
import { foldForComparison } from '../fold';
import { transliterationKey, wordsOf } from './normalise';

/** A page a query can name outright: a person, a party, or a round (a place names its rounds). */
export interface VocabularyEntity {
  /** What the result list shows as the page's kind. */
  type: 'person' | 'party' | 'round';
  /** The page's title, as the site spells it. */
  title: string;
  url: string;
  /** One line under the title: a role, a description, the round's dates and place. */
  line: string;
  /** Every name the page is found by, as texts spell them: name, aliases, surname. */
  names: string[];
  /** A person's roles ("Turkish Foreign Minister"), for "who is …" questions. */
  roles?: string[];
}

/**
 * What the search page knows beyond Pagefind's index, built from the model
 * at compile time and fetched by the search page with every search
 * (`/search-vocabulary.json`): the entities a query may name (to put the
 * entity's page first and to pass the page's own spelling to the highlight),
 * and the years the coverage spans (to read "29 March" as a day).
 */
export interface SearchVocabulary {
  entities: VocabularyEntity[];
  /** The years with articles or rounds, newest first. */
  years: number[];
}

/**
 * The words the corpus uses often, to suggest a spelling when a query finds
 * nothing good: a file of their own (`/search-words.json`), which the search
 * page fetches only then.
 */
export interface SearchWords {
  /** The corpus's words, folded (lower case, no diacritics), most frequent first. */
  words: string[];
  /**
   * Each word's `transliterationKey`, in the same order: what a typed word is
   * measured against. Made once by the build, not by each reader's browser,
   * where a thousand keys took 5-6 ms of the page's thread on the way to the
   * results of a misspelt query (and the file holds up to 6,000 words).
   */
  keys: string[];
}

/** How many words the suggestions may come from: a few hundred KB of text would slow the page's start. */
export const VOCABULARY_WORD_LIMIT = 6000;
/** Shorter words are too ambiguous to suggest (one edit from "talk" is "walk" and "tale"). */
const SHORTEST_SUGGESTED_WORD = 4;

function roleLine(person: TalksModel['people'][number]): string {
  return person.roles.map((role) => role.title).join('; ');
}

/** The surname, when the name has more than one word: "Lavrov" finds Sergey Lavrov, "Kennedy" Robert F. Kennedy Jr. */
function surnamesOf(name: string): string[] {
  const surname = surnameOf(name);
  return surname === undefined ? [] : [surname];
}

/** The search page's vocabulary for a model. Its size grows with the entities. */
export function searchVocabulary(model: TalksModel): SearchVocabulary {
  const placeNames = new Map(model.places.map((place) => [place.id, place]));
  const surnames = new Map<string, number>();
  for (const person of model.people)
    for (const surname of surnamesOf(person.name).map(foldForComparison))
      surnames.set(surname, (surnames.get(surname) ?? 0) + 1);
  // A surname two people share names neither outright.
  const ownSurname = (name: string) =>
    surnamesOf(name).filter((surname) => surnames.get(foldForComparison(surname)) === 1);

  const entities: VocabularyEntity[] = [
    ...model.people.map((person) => ({
      type: 'person' as const,
      title: person.name,
      url: personUrl(person.id),
      line: roleLine(person),
      names: [...searchNames(person), ...ownSurname(person.name)],
      roles: person.roles.map((role) => role.title),
    })),
    ...model.parties.map((party) => ({
      type: 'party' as const,
      title: party.name,
      url: partyUrl(party.id),
      line: party.description ?? '',
      names: [...searchNames(party)],
    })),
    ...model.rounds.map((round) => {
      const place = round.place === undefined ? undefined : placeNames.get(round.place);
      // "Istanbul" names the talks at Dolmabahçe Palace; "Turkey" names a party, not every round held there.
      const places: NonNullable<typeof place>[] = [];
      for (let at = place; at !== undefined && at.kind !== 'country'; at = placeNames.get(at.within ?? ''))
        places.push(at);
      return {
        type: 'round' as const,
        title: round.title,
        url: roundUrl(round.id),
        line: [
          round.start === round.lastDay ? round.start : `${round.start} to ${round.lastDay}`,
          place?.name,
        ]
          .filter(Boolean)
          .join(', '),
        names: places.flatMap(searchNames),
      };
    }),
  ];

  const years = [
    ...new Set([
      ...model.articles.map((article) => Number(article.publishedDay.slice(0, 4))),
      ...model.rounds.map((round) => Number(round.start.slice(0, 4))),
    ]),
  ].sort((a, b) => b - a);

  return { entities, years };
}

/**
 * What one article gives the suggestions: each word it uses long enough to
 * suggest, with how often, in the order the article first uses them. A list,
 * not an object: an object would put words of digits ("2022") first.
 */
export type ArticleWordCounts = [word: string, count: number][];

/** The words of one article's paragraphs, counted: its share of `searchWords`. */
export function articleWordCounts(
  article: Pick<TalksModel['articles'][number], 'paragraphs'>,
): ArticleWordCounts {
  const counts = new Map<string, number>();
  for (const paragraph of article.paragraphs)
    for (const word of wordsOf(paragraph.text))
      if (word.length >= SHORTEST_SUGGESTED_WORD) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts];
}

/**
 * The words spelling suggestions may come from, from each article's counts
 * in the model's order: capped at `VOCABULARY_WORD_LIMIT`, most frequent first.
 */
export function searchWordsFrom(articles: Iterable<ArticleWordCounts>): SearchWords {
  const counts = new Map<string, number>();
  for (const article of articles)
    for (const [word, count] of article) counts.set(word, (counts.get(word) ?? 0) + count);
  const words = [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .slice(0, VOCABULARY_WORD_LIMIT)
    .map(([word]) => word);
  return { words, keys: words.map(transliterationKey) };
}

/** The words spelling suggestions may come from, for a model: capped at `VOCABULARY_WORD_LIMIT`. */
export function searchWords(model: TalksModel): SearchWords {
  return searchWordsFrom(model.articles.map(articleWordCounts));
}
