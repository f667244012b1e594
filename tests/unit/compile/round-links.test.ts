import { describe, expect, it } from 'vitest';
import { findCountStatements } from '../../../src/lib/compile/count-statements';
import type { Mention } from '../../../src/lib/compile/mentions';
import { isWhenSomeoneSpoke, linkRounds, type RoundWindow } from '../../../src/lib/compile/round-links';
import type { ParagraphRecord } from '../../../src/lib/compile/model';
import { corpus, slugStartingWith } from '../../helpers/corpus';

const { model } = corpus();

function paragraphOf(articlePrefix: string, startsWith: string): ParagraphRecord {
  const article = model.articles.find((candidate) => candidate.slug === slugStartingWith(articlePrefix));
  const paragraph = article?.paragraphs.find((candidate) => candidate.text.startsWith(startsWith));
  if (paragraph === undefined) throw new Error(`no paragraph starting “${startsWith}”`);
  return paragraph;
}

const roundsOf = (articlePrefix: string, startsWith: string) =>
  paragraphOf(articlePrefix, startsWith).rounds.map((link) => link.round);

describe('linking paragraphs to rounds', () => {
  it('links the foreign ministers’ meeting by its date, place and people, and says why', () => {
    const [link] = paragraphOf('2022-03-11-cnn', 'Ukrainian Foreign Minister Dmytro Kuleba').rounds;
    expect(link?.round).toBe('2022-03-10-antalya');
    expect(link?.reasons).toContain('date: “Thursday” is 2022-03-10');
    expect(link?.reasons).toContain('place: “Turkey”');
    expect(link?.reasons).toContain('participant: “Dmytro Kuleba”');
  });

  it('keeps the words that speak of the round, talk of talks first, never a date or a person', () => {
    const paragraph = paragraphOf('2022-03-11-cnn', 'Ukrainian Foreign Minister Dmytro Kuleba');
    const words = paragraph.rounds[0]?.words.map(({ start, end }) => paragraph.text.slice(start, end));
    expect(words).toEqual(['met', 'talks', 'Foreign Minister', 'Turkey']);
  });

  it('links talks in Turkey on Tuesday to Istanbul, not to Antalya', () => {
    expect(roundsOf('2022-03-29-the-hill', 'Ukrainian and Russian officials signaled')).toEqual([
      '2022-03-29-istanbul',
    ]);
    expect(roundsOf('2022-03-29-the-hill', 'The negotiations, which are expected to last')).toEqual([
      '2022-03-29-istanbul',
    ]);
  });

  it('reads each sentence on its own: three meetings in Belarus, then talks by video link this week', () => {
    expect(roundsOf('2022-03-16-antiwar', 'Since Russia launched its assault')).toEqual([
      '2022-02-28-gomel-region',
      '2022-03-03-belovezhskaya-pushcha',
      '2022-03-07-belovezhskaya-pushcha',
      '2022-03-14-video-link',
    ]);
  });

  it('does not place a visit to another city on a round by its date alone', () => {
    expect(roundsOf('2022-03-11-cnn', 'Israeli Prime Minister Naftali Bennett traveled to Moscow')).toEqual(
      [],
    );
  });

  it('does not take the day someone spoke of negotiating for the day of a round', () => {
    // Said or told on a day within the video-link round, of negotiations in general or with Putin.
    expect(roundsOf('2022-03-20-cnn-us', 'Zelenksky said Saturday')).toEqual([]);
    expect(roundsOf('2022-03-20-cnn-us', '"I\'m ready for negotiations with (Putin)')).toEqual([]);
    expect(roundsOf('2022-03-11-cnn', '“We would support our Ukrainian partners')).toEqual([]);
  });

  it('still takes it when the speaker took part in the round or speaks of “the talks”', () => {
    expect(roundsOf('2022-03-16-antiwar', 'Ukrainian officials have said they’re open')).toEqual([
      '2022-03-14-video-link',
    ]);
    expect(roundsOf('2022-03-29-the-hill', 'Yet the talks are fraught')).toEqual(['2022-03-29-istanbul']);
  });

  it('knows a reporting verb before a date, within its clause', () => {
    expect(isWhenSomeoneSpoke('Ned Price said ', 15)).toBe(true);
    expect(isWhenSomeoneSpoke('Zelensky told CNN’s Fareed Zakaria in an exclusive interview ', 61)).toBe(
      true,
    );
    expect(isWhenSomeoneSpoke('The delegations met ', 20)).toBe(false);
    expect(isWhenSomeoneSpoke('He said the talks, which resumed ', 33)).toBe(false);
  });

  it('links a paragraph about no round to none', () => {
    expect(roundsOf('2022-03-11-cnn', 'On Thursday, French President Emmanuel Macron')).toEqual([]);
    expect(roundsOf('2022-03-29-the-hill', 'Pentagon press secretary John Kirby')).toEqual([]);
  });

  it('gives every round at least one linked paragraph', () => {
    for (const round of model.rounds) expect(round.paragraphs.length, round.id).toBeGreaterThan(0);
  });
});

describe('a country several rounds were held in', () => {
  const round = (id: string, start: string, place: string, country: string): RoundWindow => ({
    id,
    start,
    end: start,
    format: 'in-person',
    places: new Set([place, country]),
    people: new Set(),
  });
  const rounds = [
    round('first-in-belarus', '2022-02-28', 'gomel', 'belarus'),
    round('second-in-belarus', '2022-03-03', 'brest', 'belarus'),
    round('antalya', '2022-03-10', 'antalya', 'turkey'),
    round('istanbul', '2022-03-29', 'istanbul', 'turkey'),
  ];
  const countries = new Set(['belarus', 'turkey']);
  /** Every occurrence of each name as a place mention. */
  const places = (text: string, names: Record<string, string>): Mention[] =>
    Object.entries(names).flatMap(([name, id]) =>
      [...text.matchAll(new RegExp(name, 'gu'))].map((match) => ({
        kind: 'place' as const,
        id,
        text: name,
        start: match.index,
        end: match.index + name.length,
        inQuote: false,
      })),
    );
  const linked = (text: string, names: Record<string, string>, day: string) =>
    linkRounds(text, [], places(text, names), { rounds, countries, day }).map((link) => link.round);

  it('links talk of talks there to the round under way on the article’s day', () => {
    const text = 'The delegations held talks in Belarus.';
    expect(linked(text, { Belarus: 'belarus' }, '2022-03-03')).toEqual(['second-in-belarus']);
  });

  it('links it to the first round to come when none has begun', () => {
    const text = 'A delegation will sit down for talks in Belarus.';
    expect(linked(text, { Belarus: 'belarus' }, '2022-02-27')).toEqual(['first-in-belarus']);
  });

  it('links none when the talks could be any of those held there', () => {
    const text = 'The talks in Belarus brought no ceasefire.';
    expect(linked(text, { Belarus: 'belarus' }, '2022-03-01')).toEqual([]);
    expect(linked(text, { Belarus: 'belarus' }, '2022-03-20')).toEqual([]);
  });

  it('gives way to the round the sentence names by its city', () => {
    const text = 'The talks are being held in Istanbul, Turkey.';
    expect(linked(text, { Istanbul: 'istanbul', Turkey: 'turkey' }, '2022-03-10')).toEqual(['istanbul']);
  });

  it('links no round held there long before, or long after, the article’s day to a sentence without a date', () => {
    const text = 'The delegations held talks in Istanbul.';
    expect(linked(text, { Istanbul: 'istanbul' }, '2022-04-20')).toEqual(['istanbul']);
    expect(linked(text, { Istanbul: 'istanbul' }, '2025-07-23')).toEqual([]);
    expect(linked(text, { Istanbul: 'istanbul' }, '2021-12-01')).toEqual([]);
  });

  it('still links a country only one round was held in', () => {
    const only = [round('first-in-belarus', '2022-02-28', 'gomel', 'belarus')];
    const text = 'The talks in Belarus brought no ceasefire.';
    const links = linkRounds(text, [], places(text, { Belarus: 'belarus' }), {
      rounds: only,
      countries,
      day: '2022-03-20',
    });
    expect(links.map((link) => link.round)).toEqual(['first-in-belarus']);
  });
});

describe('counts of meetings', () => {
  it('keeps both statements where the articles disagree', () => {
    expect(model.countStatements.map(({ statement }) => statement.count).sort()).toEqual([3, 4, 4]);
  });

  it('reads counts in words and digits', () => {
    expect(findCountStatements('The delegations have met in person three times in Belarus.')).toEqual([
      {
        count: 3,
        sentence: 'The delegations have met in person three times in Belarus.',
        scope: 'in person, in Belarus',
      },
    ]);
    expect(findCountStatements('They met twice. Then they met 5 times.').map(({ count }) => count)).toEqual([
      2, 5,
    ]);
    expect(findCountStatements('They have met with officials.')).toEqual([]);
  });

  it('says what each count counts, so only counts of the same thing can disagree', () => {
    const scopes = model.countStatements.map(({ statement }) => `${statement.count}: ${statement.scope}`);
    expect(scopes.sort()).toEqual(['3: in person, in Belarus', '4: all meetings', '4: all meetings']);
    expect(findCountStatements('The two sides have met by video link twice.')[0]?.scope).toBe('by video');
  });
});
