import { describe, expect, it } from 'vitest';
import { type DateContext, resolveRelativeDates } from '../../../src/lib/compile/relative-dates';

/** The resolutions without their offsets, for comparing against expected dates. */
function resolve(text: string, context: DateContext) {
  return resolveRelativeDates(text, context).map(({ phrase, start, end, precision }) => ({
    phrase,
    start,
    end,
    precision,
  }));
}

function day(phrase: string, date: string) {
  return { phrase, start: date, end: date, precision: 'day' };
}

const MARCH_11 = { published: '2022-03-11' };
const MARCH_20 = { published: '2022-03-20' };
const MARCH_29 = { published: '2022-03-29' };

describe('resolveRelativeDates: weekdays', () => {
  it('takes a weekday as the most recent such day, leaving "on" out of the phrase', () => {
    expect(
      resolve(
        'Ukrainian Foreign Minister Dmytro Kuleba and Russian Foreign Minister Sergey Lavrov met in Turkey on Thursday',
        MARCH_11,
      ),
    ).toEqual([day('Thursday', '2022-03-10')]);
  });

  it('takes the publication weekday as the publication day', () => {
    expect(resolve('Putin said Friday there had been', MARCH_11)).toEqual([day('Friday', '2022-03-11')]);
    expect(resolve('negotiations in Turkey on Tuesday', MARCH_29)).toEqual([day('Tuesday', '2022-03-29')]);
    expect(
      resolve('On Wednesday, Russian Foreign Minister Sergey Lavrov said', { published: '2022-03-16' }),
    ).toEqual([day('Wednesday', '2022-03-16')]);
  });

  it('reads a weekday used as an adjective or with a part of the day', () => {
    expect(resolve('in a Thursday phone call with Turkish President Recep Tayyip Erdogan', MARCH_20)).toEqual(
      [day('Thursday', '2022-03-17')],
    );
    expect(resolve('during a media event in Moscow on Saturday', MARCH_20)).toEqual([
      day('Saturday', '2022-03-19'),
    ]);
    expect(resolve('in an exclusive interview Sunday morning', MARCH_20)).toEqual([
      day('Sunday morning', '2022-03-20'),
    ]);
    expect(resolve('shelling on Saturday night', MARCH_20)).toEqual([day('Saturday night', '2022-03-19')]);
  });

  it('crosses into the previous year', () => {
    const monday = { published: '2022-01-03' };
    expect(resolve('talks last Friday', monday)).toEqual([day('last Friday', '2021-12-31')]);
    expect(resolve('talks on Friday', monday)).toEqual([day('Friday', '2021-12-31')]);
  });

  it('takes "last" on the same weekday as a week before, and "next" as the first such day after', () => {
    expect(resolve('since last Sunday', MARCH_20)).toEqual([day('last Sunday', '2022-03-13')]);
    expect(resolve('This Thursday', MARCH_20)).toEqual([day('This Thursday', '2022-03-17')]);
    expect(resolve('talks resume next Monday', MARCH_20)).toEqual([day('next Monday', '2022-03-21')]);
    expect(resolve('talks resume next Sunday', MARCH_20)).toEqual([day('next Sunday', '2022-03-27')]);
  });

  it('leaves "last" with the day before unresolved: yesterday or the week before, readers take it both ways', () => {
    expect(resolve('Macron had also talked to Putin last Thursday', MARCH_11)).toEqual([]);
    expect(resolve('talks last Wednesday', MARCH_11)).toEqual([day('last Wednesday', '2022-03-09')]);
  });

  it('does not find weekdays inside other words or in lower case', () => {
    expect(resolve('Sundays are quiet; a friday-style saturday', MARCH_20)).toEqual([]);
  });
});

describe('resolveRelativeDates: days relative to publication', () => {
  it('reads today, yesterday and tomorrow in any case', () => {
    expect(resolve('Today, yesterday and TOMORROW', MARCH_20)).toEqual([
      day('Today', '2022-03-20'),
      day('yesterday', '2022-03-19'),
      day('TOMORROW', '2022-03-21'),
    ]);
  });
});

describe('resolveRelativeDates: "ago"', () => {
  it('takes weeks ago as the ISO week containing that day', () => {
    expect(resolve('traveled to Moscow a week ago', MARCH_11)).toEqual([
      { phrase: 'a week ago', start: '2022-02-28', end: '2022-03-06', precision: 'week' },
    ]);
    expect(resolve('Two weeks ago', MARCH_20)).toEqual([
      { phrase: 'Two weeks ago', start: '2022-02-28', end: '2022-03-06', precision: 'week' },
    ]);
  });

  it('takes days ago as that exact day', () => {
    expect(resolve('three days ago and 10 days ago', MARCH_20)).toEqual([
      day('three days ago', '2022-03-17'),
      day('10 days ago', '2022-03-10'),
    ]);
  });

  it('takes months ago as the calendar month', () => {
    expect(resolve('as (Putin), a couple of months ago as I recall,', MARCH_20)).toEqual([
      { phrase: 'a couple of months ago', start: '2022-01-01', end: '2022-01-31', precision: 'month' },
    ]);
    expect(resolve('a month ago', MARCH_29)).toEqual([
      { phrase: 'a month ago', start: '2022-02-01', end: '2022-02-28', precision: 'month' },
    ]);
  });

  it('takes years ago as a span over the calendar year', () => {
    expect(resolve('a year ago', MARCH_20)).toEqual([
      { phrase: 'a year ago', start: '2021-01-01', end: '2021-12-31', precision: 'span' },
    ]);
    expect(resolve('eight years ago', MARCH_20)).toEqual([
      { phrase: 'eight years ago', start: '2014-01-01', end: '2014-12-31', precision: 'span' },
    ]);
  });
});

describe('resolveRelativeDates: this, last and next week, month and year', () => {
  it('takes "this week" up to publication and "earlier this week" up to the day before', () => {
    expect(
      resolve('This week, the negotiators have been holding daily talks via video link.', {
        published: '2022-03-16',
      }),
    ).toEqual([{ phrase: 'This week', start: '2022-03-14', end: '2022-03-16', precision: 'week' }]);
    expect(
      resolve(
        'Israeli Prime Minister Naftali Bennett traveled to Moscow a week ago to meet with Putin, and he spoke to both Putin and Zelensky earlier this week.',
        MARCH_11,
      ),
    ).toEqual([
      { phrase: 'a week ago', start: '2022-02-28', end: '2022-03-06', precision: 'week' },
      { phrase: 'earlier this week', start: '2022-03-07', end: '2022-03-10', precision: 'week' },
    ]);
  });

  it('keeps "earlier this week" to the Monday when published on a Monday', () => {
    expect(resolve('earlier this week', { published: '2022-03-21' })).toEqual([
      { phrase: 'earlier this week', start: '2022-03-21', end: '2022-03-21', precision: 'week' },
    ]);
  });

  it('takes "last week" as the whole previous ISO week', () => {
    expect(resolve('A European diplomat told CNN last week', MARCH_20)).toEqual([
      { phrase: 'last week', start: '2022-03-07', end: '2022-03-13', precision: 'week' },
    ]);
  });

  it('takes "last month" and "this month" as calendar months', () => {
    expect(resolve('which Putin recognized as independent last month', MARCH_29)).toEqual([
      { phrase: 'last month', start: '2022-02-01', end: '2022-02-28', precision: 'month' },
    ]);
    expect(resolve('this month', MARCH_29)).toEqual([
      { phrase: 'this month', start: '2022-03-01', end: '2022-03-29', precision: 'month' },
    ]);
    expect(resolve('last month', { published: '2022-01-10' })).toEqual([
      { phrase: 'last month', start: '2021-12-01', end: '2021-12-31', precision: 'month' },
    ]);
  });

  it('takes "last year" as a span over the previous calendar year, and looks forward with "next"', () => {
    expect(resolve('Last year and next week', MARCH_20)).toEqual([
      { phrase: 'Last year', start: '2021-01-01', end: '2021-12-31', precision: 'span' },
      { phrase: 'next week', start: '2022-03-21', end: '2022-03-27', precision: 'week' },
    ]);
  });

  it('takes a month with "last year" or "next year" after it in that year, as one expression', () => {
    expect(resolve('The war began in February last year and may end in May next year.', MARCH_20)).toEqual([
      { phrase: 'February last year', start: '2021-02-01', end: '2021-02-28', precision: 'month' },
      { phrase: 'May next year', start: '2023-05-01', end: '2023-05-31', precision: 'month' },
    ]);
  });

  it('ignores "the last …" durations', () => {
    expect(resolve('fighting over the last two years and the last week', MARCH_20)).toEqual([]);
  });
});

describe('resolveRelativeDates: explicit dates', () => {
  it('reads a month and day in the publication year', () => {
    expect(
      resolve('the territory Russia has taken control of since invading on February 24', MARCH_20),
    ).toEqual([day('February 24', '2022-02-24')]);
  });

  it('reads abbreviations, day-first order and ordinal suffixes', () => {
    expect(resolve('Feb. 24, Feb 25, 26 February and March 29th', MARCH_29)).toEqual([
      day('Feb. 24', '2022-02-24'),
      day('Feb 25', '2022-02-25'),
      day('26 February', '2022-02-26'),
      day('March 29th', '2022-03-29'),
    ]);
  });

  it('uses a stated year', () => {
    expect(resolve('on February 24, 2022 and on 24 February 2014', { published: '2023-02-24' })).toEqual([
      day('February 24, 2022', '2022-02-24'),
      day('24 February 2014', '2014-02-24'),
    ]);
  });

  it('takes a date more than two weeks after publication as last year', () => {
    expect(resolve('on December 30', { published: '2023-01-05' })).toEqual([
      day('December 30', '2022-12-30'),
    ]);
    expect(resolve('talks on March 25', MARCH_20)).toEqual([day('March 25', '2022-03-25')]);
    // A plan of the coming days told in the past stays in the year of publication.
    expect(resolve('On April 28, Putin declared a ceasefire on May 9.', { published: '2025-04-30' })).toEqual(
      [day('April 28', '2025-04-28'), day('May 9', '2025-05-09')],
    );
    expect(resolve('He was abducted on March 19.', { published: '2023-02-16' })).toEqual([
      day('March 19', '2022-03-19'),
    ]);
  });

  it('takes a day still to come, next year only weeks off, as next year’s', () => {
    expect(resolve('The talks will be held on 12 January.', { published: '2021-12-31' })).toEqual([
      day('12 January', '2022-01-12'),
    ]);
    // Further off, this year's, whatever the tense: the war "started on February 24", written in December.
    expect(
      resolve('The war it started on February 24 will end in talks.', { published: '2022-12-23' }),
    ).toEqual([day('February 24', '2022-02-24')]);
    // A day of the past stays in its year.
    expect(resolve('The talks were held on 12 January.', { published: '2021-12-31' })).toEqual([
      day('12 January', '2021-01-12'),
    ]);
    // "will" the tagger reads as a noun after "these", right before a verb, is the future's all the same.
    expect(
      resolve('These will also take in a Russia-NATO session on 12 January.', { published: '2021-12-31' }),
    ).toEqual([day('12 January', '2022-01-12')]);
  });

  it('reads a capitalised “Today” after a capitalised word as the end of a name, not a day', () => {
    expect(
      resolve('The call was initiated by Moscow, Russia Today reported, citing the Kremlin.', MARCH_20),
    ).toEqual([]);
    expect(resolve('Speaking on the programme Europe Today, Kallas voiced doubts.', MARCH_20)).toEqual([]);
    // At a sentence's start, or in lower case after a name, it is the day.
    expect(resolve('Talks ended. Today Kuleba flew home.', MARCH_20)).toEqual([day('Today', '2022-03-20')]);
    expect(resolve('Kuleba today flew home.', MARCH_20)).toEqual([day('today', '2022-03-20')]);
  });

  it('skips days that do not exist', () => {
    expect(resolve('on February 30', MARCH_20)).toEqual([]);
  });

  it('reads "May" as a month only with a day or after in, last, early or late', () => {
    expect(resolve('May I say', MARCH_20)).toEqual([]);
    expect(resolve('Talks since May may resume', MARCH_20)).toEqual([]);
    expect(resolve('on May 9', { published: '2022-05-20' })).toEqual([day('May 9', '2022-05-09')]);
    expect(resolve('in May', { published: '2022-05-20' })).toEqual([
      { phrase: 'May', start: '2022-05-01', end: '2022-05-31', precision: 'month' },
    ]);
  });
});

describe('resolveRelativeDates: month names alone', () => {
  it('takes a month in the publication year unless that is still to come', () => {
    expect(resolve('in March and in April', MARCH_20)).toEqual([
      { phrase: 'March', start: '2022-03-01', end: '2022-03-31', precision: 'month' },
      { phrase: 'April', start: '2021-04-01', end: '2021-04-30', precision: 'month' },
    ]);
  });

  it('takes "last March" as the March before the publication month', () => {
    expect(resolve('last March', MARCH_20)).toEqual([
      { phrase: 'last March', start: '2021-03-01', end: '2021-03-31', precision: 'month' },
    ]);
    expect(resolve('since early February', MARCH_20)).toEqual([
      { phrase: 'early February', start: '2022-02-01', end: '2022-02-28', precision: 'month' },
    ]);
  });

  it('ignores a bare capitalised month name', () => {
    expect(resolve('March on Kyiv', MARCH_20)).toEqual([]);
  });
});

describe('resolveRelativeDates: weeks of the conflict', () => {
  const WAR = { published: '2022-03-11', conflictStart: '2022-02-24' };

  it('counts ordinal weeks from the start of the conflict', () => {
    expect(resolve('With Russia’s war in Ukraine now in its third week', WAR)).toEqual([
      { phrase: 'its third week', start: '2022-03-10', end: '2022-03-16', precision: 'week' },
    ]);
    expect(resolve('The invasion, in its 3rd week; the second week of the war', WAR)).toEqual([
      { phrase: 'its 3rd week', start: '2022-03-10', end: '2022-03-16', precision: 'week' },
      { phrase: 'the second week of the war', start: '2022-03-03', end: '2022-03-09', precision: 'week' },
    ]);
    expect(resolve('as the military incursion in Ukraine enters its second week', WAR)).toEqual([
      { phrase: 'its second week', start: '2022-03-03', end: '2022-03-09', precision: 'week' },
    ]);
  });

  it('leaves a week of something else alone: talks, an incursion elsewhere, a week with no war named', () => {
    expect(resolve('as talks entered a second week', WAR)).toEqual([]);
    expect(resolve('their incursion into the Kursk region, now in its second week', WAR)).toEqual([]);
    expect(resolve('For the second week, Europe has argued over troops.', WAR)).toEqual([]);
  });

  it('skips them without a conflict start, and for weeks of a month', () => {
    expect(resolve('now in its third week', MARCH_11)).toEqual([]);
    expect(resolve('the first week of March', WAR)).toEqual([
      { phrase: 'March', start: '2022-03-01', end: '2022-03-31', precision: 'month' },
    ]);
  });
});

describe('resolveRelativeDates: spans up to publication', () => {
  it('reads hedged durations after "in" or "for"', () => {
    expect(
      resolve(
        'the first face-to-face meeting between Ukrainian and Russian officials in nearly two weeks',
        MARCH_29,
      ),
    ).toEqual([{ phrase: 'nearly two weeks', start: '2022-03-15', end: '2022-03-29', precision: 'span' }]);
    expect(resolve('for almost a month; in more than a week', MARCH_29)).toEqual([
      { phrase: 'almost a month', start: '2022-02-28', end: '2022-03-29', precision: 'span' },
      { phrase: 'more than a week', start: '2022-03-22', end: '2022-03-29', precision: 'span' },
    ]);
  });

  it('reads the past week and recent days', () => {
    expect(resolve('in the past week and in recent days', MARCH_29)).toEqual([
      { phrase: 'the past week', start: '2022-03-22', end: '2022-03-29', precision: 'span' },
      { phrase: 'recent days', start: '2022-03-22', end: '2022-03-29', precision: 'span' },
    ]);
  });

  it('reads “the past weeks” and “the past days”, with no count, as recent weeks and days', () => {
    expect(resolve('over the past weeks, and more so in the past days', MARCH_29)).toEqual([
      { phrase: 'the past weeks', start: '2022-03-15', end: '2022-03-29', precision: 'span' },
      { phrase: 'the past days', start: '2022-03-22', end: '2022-03-29', precision: 'span' },
    ]);
  });

  it('does not read an unhedged "in two weeks", which looks forward', () => {
    expect(resolve('talks will resume in two weeks', MARCH_29)).toEqual([]);
  });
});

describe('resolveRelativeDates', () => {
  it('returns nothing for a text without dates', () => {
    expect(resolve('Ukraine and Russia hold talks on a ceasefire.', MARCH_20)).toEqual([]);
    expect(resolve('the so-called republics', MARCH_20)).toEqual([]);
  });

  it('returns phrases in text order with their offsets', () => {
    const text =
      'On Monday, a week ago, officials met; last month they met on February 24 and again yesterday.';
    const found = resolveRelativeDates(text, MARCH_20);
    expect(found.map(({ phrase }) => phrase)).toEqual([
      'Monday',
      'a week ago',
      'last month',
      'February 24',
      'yesterday',
    ]);
    for (const { phrase, index } of found) expect(text.slice(index, index + phrase.length)).toBe(phrase);
  });

  it('prefers the longest phrase where matches overlap', () => {
    expect(resolve('earlier this week, on Thursday, March 17, 2022', MARCH_20)).toEqual([
      { phrase: 'earlier this week', start: '2022-03-14', end: '2022-03-19', precision: 'week' },
      // The weekday and its date are one expression, as the corpus gold sets annotate them.
      day('Thursday, March 17, 2022', '2022-03-17'),
    ]);
  });

  it('does not depend on the machine zone', () => {
    // The vitest config runs the suite at UTC+14, where a local-zone reading would land on other days.
    expect(new Date('2022-03-20T12:00:00Z').getTimezoneOffset()).toBe(-840);
    expect(resolve('on Sunday, this week and last month', MARCH_20)).toEqual([
      day('Sunday', '2022-03-20'),
      { phrase: 'this week', start: '2022-03-14', end: '2022-03-20', precision: 'week' },
      { phrase: 'last month', start: '2022-02-01', end: '2022-02-28', precision: 'month' },
    ]);
  });

  it('rejects a publication day that is not yyyy-MM-dd', () => {
    expect(() => resolveRelativeDates('Thursday', { published: '2022-02-30' })).toThrow(RangeError);
    expect(() => resolveRelativeDates('Thursday', { published: '20 March 2022' })).toThrow(RangeError);
  });
});

describe('resolveRelativeDates: years below 100', () => {
  it('reads them as written, not as 19xx', () => {
    const context = { published: '2022-03-20' };
    expect(resolve('in March 0099', context)).toEqual([
      { phrase: 'March 0099', start: '0099-03-01', end: '0099-03-31', precision: 'month' },
    ]);
    expect(resolve('on March 5, 0099', context)).toEqual([day('March 5, 0099', '0099-03-05')]);
    expect(resolve('on 29 February 0096', context)).toEqual([day('29 February 0096', '0096-02-29')]);
  });
});

describe('resolveRelativeDates: an event still to come by the words before it', () => {
  it('reads "as early as Thursday" as the Thursday to come', () => {
    expect(
      resolve('There was no confirmation of a meeting as early as Thursday.', { published: '2026-02-23' }),
    ).toEqual([day('Thursday', '2026-02-26')]);
    // Also a part of a month: "as early as the beginning of January", written in December, is next January.
    expect(
      resolve('The US is ready to talk with Russia as early as the beginning of January.', {
        published: '2021-12-27',
      }).map(({ start, end }) => [start, end]),
    ).toEqual([['2022-01-01', '2022-01-31']]);
  });
  it('reads a weekday inside the event "ahead of" names as to come, past tense or not', () => {
    expect(
      resolve('The call took place ahead of Trump’s meeting on Friday with Zelenskyy.', {
        published: '2025-10-16',
      }),
    ).toEqual([day('Friday', '2025-10-17')]);
    // A verb between ends the event's phrase: "ahead of talks, they met on Friday" is the Friday before.
    expect(
      resolve('Ahead of the talks, the envoys met on Friday in Riyadh.', { published: '2025-10-16' }),
    ).toEqual([day('Friday', '2025-10-10')]);
  });
});
