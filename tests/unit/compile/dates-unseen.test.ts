/** Date expressions of news copy the compiler was not built on, each mechanism on made-up sentences. */
import { describe, expect, it } from 'vitest';
import { datelineDay, findDateline, openingDateline } from '../../../src/lib/compile/dateline';
import { resolveRelativeDates } from '../../../src/lib/compile/relative-dates';
import { compileMadeUp, compileMadeUpOn } from '../../helpers/made-up-article';

// Sunday 27 March 2022.
const SUNDAY = '2022-03-27';
const dates = (text: string, published = SUNDAY) =>
  resolveRelativeDates(text, { published, conflictStart: '2022-02-24' }).map(
    ({ phrase, start, end }) => `${phrase} ${start === end ? start : `${start}/${end}`}`,
  );

describe('the tense of the clause decides which way a weekday points', () => {
  it('reads the tense of the clause a phrase opens after “that”, not of the verb before it', () => {
    expect(
      dates('It will be recalled that on Friday, Peskov said the leader stood ready.', '2022-02-26'),
    ).toEqual(['Friday 2022-02-25']);
    expect(dates('Peskov said that on Tuesday the delegations will meet again.', '2022-02-26')).toEqual([
      'Tuesday 2022-03-01',
    ]);
  });

  it('reads past a participle with its agent, and into the clause “when” opens after a preposition', () => {
    // Sunday 30 July 2023: an August to come is this year's.
    expect(
      dates('Saudi Arabia will host a peace summit organized by Ukraine in early August.', '2023-07-30'),
    ).toEqual(['early August 2023-08-01/2023-08-31']);
    expect(
      dates('Erdogan gave no details on when in August the visit would take place.', '2023-07-30'),
    ).toEqual(['August 2023-08-01/2023-08-31']);
    // A participle that is the clause's own verb still tells the past.
    expect(dates('Talks held in August failed.', '2023-07-30')).toEqual(['August 2022-08-01/2022-08-31']);
  });

  it('reads past a comparison’s verb: “could end sooner than expected, possibly by May”', () => {
    expect(
      dates('Officials hope the war could end sooner than expected, possibly by May.', '2022-03-16'),
    ).toEqual(['May 2022-05-01/2022-05-31']);
  });

  it('reads the tense of the verb a participle’s phrase hangs on: “are to hold talks … starting on Monday”', () => {
    expect(dates('Russia and Ukraine are to hold talks over three days starting on Monday.')).toEqual([
      'Monday 2022-03-28',
    ]);
    expect(dates('The delegations met for three hours, ending on Monday with no deal.')).toEqual([
      'Monday 2022-03-21',
    ]);
  });

  it('puts a weekday in the future by will, would, is due to, is expected to, scheduled for, after publication', () => {
    expect(dates('The negotiations would continue on Monday.')).toEqual(['Monday 2022-03-28']);
    expect(dates('Talks will resume on Tuesday.')).toEqual(['Tuesday 2022-03-29']);
    expect(dates('Lavrov is due to meet Kuleba in Turkey on Thursday.')).toEqual(['Thursday 2022-03-31']);
    expect(dates('On Tuesday, the delegations are expected to meet in Istanbul.')).toEqual([
      'Tuesday 2022-03-29',
    ]);
    expect(dates('The next round is scheduled for Friday.')).toEqual(['Friday 2022-04-01']);
  });

  it('reads a weekday to come that is the reference day’s own as that day, not the same day a week on', () => {
    // Thursday 10 March: a live report of the day.
    expect(dates('Also in Antalya on Thursday, the ministers are due to hold talks.', '2022-03-10')).toEqual([
      'Thursday 2022-03-10',
    ]);
    // Tuesday 29 March.
    expect(dates('The talks will be held on Tuesday and on Wednesday.', '2022-03-29')).toEqual([
      'Tuesday 2022-03-29',
      'Wednesday 2022-03-30',
    ]);
    // "next Thursday" still points a week on.
    expect(dates('The ministers will meet again next Thursday.', '2022-03-10')).toEqual([
      'next Thursday 2022-03-17',
    ]);
  });

  it('keeps a weekday in the past tense before publication', () => {
    expect(dates('Zelensky said Saturday there were compromises he could not make.')).toEqual([
      'Saturday 2022-03-26',
    ]);
    expect(dates('Lavrov weighed in on Ukraine agreeing to neutral status on Saturday.')).toEqual([
      'Saturday 2022-03-26',
    ]);
  });

  it('counts what is to come from the day the words were said, when the sentence gives it', () => {
    expect(
      dates('Podolyak said Friday the next round will be held on Saturday or Sunday.', '2022-03-05'),
    ).toEqual(['Friday 2022-03-04', 'Saturday 2022-03-05', 'Sunday 2022-03-06']);
    // A day a span began, or an event's day before its noun, is no day anything was said: what is to come counts
    // from publication (a Friday).
    expect(
      dates(
        'Since his May 7 inauguration he has visited China, and he is expected in Tashkent on Sunday.',
        '2024-05-24',
      ),
    ).toEqual(['May 7 2024-05-07', 'Sunday 2024-05-26']);
    expect(
      dates('After the March 12 summit the envoys agreed, and they will meet again on Monday.', '2024-05-24'),
    ).toEqual(['March 12 2024-03-12', 'Monday 2024-05-27']);
  });

  it('keeps an announced date in the publication year', () => {
    expect(dates('The sides will meet again on April 7.', '2022-03-27')).toEqual(['April 7 2022-04-07']);
  });
});

describe('expressions the seeds never used', () => {
  it('reads tonight, overnight, last night, the weekend and a fortnight', () => {
    expect(dates('Talks ended overnight, and again tonight; last night was calm.')).toEqual([
      'overnight 2022-03-27',
      'tonight 2022-03-27',
      'last night 2022-03-26',
    ]);
    expect(dates('Biden spoke over the weekend.', '2022-03-28')).toEqual([
      'over the weekend 2022-03-26/2022-03-27',
    ]);
    expect(dates('The first talks in more than a fortnight.', '2022-03-29')).toEqual([
      'more than a fortnight 2022-03-15/2022-03-29',
    ]);
  });

  it('reads “five days into Russia’s invasion” as the fifth day of the war', () => {
    expect(dates("Five days into Russia's invasion, the Kremlin warned.", '2022-02-28')).toEqual([
      "Five days into Russia's invasion 2022-02-28",
    ]);
    // Any party's possessive, not one country's name.
    expect(dates('Ten days into Moscow’s war, talks resumed.', '2022-03-10')).toEqual([
      'Ten days into Moscow’s war 2022-03-05',
    ]);
  });

  it('reads a weekday after an infinitive as the nearer such day, either side of the report', () => {
    expect(dates('The talks were broken off to continue on Wednesday.', '2022-03-29')).toEqual([
      'Wednesday 2022-03-30',
    ]);
    expect(dates('The delegations agreed to meet again on Wednesday.', '2022-03-31')).toEqual([
      'Wednesday 2022-03-30',
    ]);
    expect(dates('The talks were broken off on Wednesday.', '2022-03-29')).toEqual(['Wednesday 2022-03-23']);
  });

  it('reads “the day after tomorrow” and “the day before yesterday” as two days on and back', () => {
    expect(dates('The third round will be tomorrow or the day after tomorrow.', '2022-03-04')).toEqual([
      'tomorrow 2022-03-05',
      'the day after tomorrow 2022-03-06',
    ]);
    expect(dates('They met the day before yesterday.', '2022-03-04')).toEqual([
      'the day before yesterday 2022-03-02',
    ]);
  });

  it('reads “the fourth day of Russia’s invasion” as a day of the war, counting the first', () => {
    expect(
      dates('On the fourth day of Russia’s invasion of Ukraine, talks were agreed.', '2022-02-28'),
    ).toEqual(['the fourth day of Russia’s invasion 2022-02-27']);
    expect(dates('It was the 21st day of the war.', '2022-03-16')).toEqual([
      'the 21st day of the war 2022-03-16',
    ]);
    expect(dates('The invasion, now in its 11th day, goes on.', '2022-03-06')).toEqual([
      'its 11th day 2022-03-06',
    ]);
    expect(dates('Now in its 19th day, the conflict in Ukraine goes on.', '2022-03-14')).toEqual([
      'its 19th day 2022-03-14',
    ]);
    expect(dates('The talks, in its second day, go on.', '2022-03-06')).toEqual([]);
    expect(dates('Now in its second day, the summit goes on.', '2022-03-06')).toEqual([]);
    // The fourth day of a month or of talks is not a day of the war.
    expect(dates('It was the fourth day of the talks.', '2022-03-16')).toEqual([]);
  });

  it('reads “nearly one week into Russia’s invasion” as the seventh day', () => {
    expect(
      dates('Nearly one week into Russia’s invasion of its neighbour, talks began.', '2022-03-02'),
    ).toEqual(['Nearly one week into Russia’s invasion 2022-03-02']);
    expect(dates('Two weeks into the war, talks went on.', '2022-03-10')).toEqual([
      'Two weeks into the war 2022-03-09',
    ]);
  });

  it('puts a weekday after “may” or “might” ahead, but not after “may have”', () => {
    expect(dates('Putin may meet Zelensky on Friday if talks go well.', '2022-03-29')).toEqual([
      'Friday 2022-04-01',
    ]);
    expect(dates('Putin may have met Zelensky on Friday.', '2022-03-29')).toEqual(['Friday 2022-03-25']);
  });

  it('puts a weekday after “could” ahead, but not after “could not” or “could have”', () => {
    expect(dates('Talks could resume as early as Friday.', '2022-03-29')).toEqual(['Friday 2022-04-01']);
    expect(dates('Russia could not agree on Friday.', '2022-03-29')).toEqual(['Friday 2022-03-25']);
    expect(dates('The sides could have met on Friday.', '2022-03-29')).toEqual(['Friday 2022-03-25']);
  });

  it('puts a weekday after “should” or “must” ahead, also in words someone said, but not after “should have”', () => {
    expect(
      dates('Medinsky said another attempt to bring people out should be made on Tuesday.', '2022-03-07'),
    ).toEqual(['Tuesday 2022-03-08']);
    expect(dates('The corridors must open on Friday.', '2022-03-29')).toEqual(['Friday 2022-04-01']);
    expect(dates('The corridors should have opened on Friday.', '2022-03-29')).toEqual(['Friday 2022-03-25']);
  });

  it('reads “Thursday (March 10)” as one date', () => {
    expect(dates('On Thursday (March 10), Lavrov will meet Kuleba.', '2022-03-09')).toEqual([
      'Thursday (March 10) 2022-03-10',
    ]);
  });
});

describe('datelines', () => {
  it('finds the agency datelines of wire copy and the day they give', () => {
    expect(findDateline('MOSCOW, March 19. /TASS/. The text of a treaty …', '2022-03-19')?.day).toBe(
      '2022-03-19',
    );
    expect(findDateline('KIEV, March 5 (Xinhua) -- The next round …', '2022-03-06')?.day).toBe('2022-03-05');
    expect(findDateline('MINSK, 24 February (BelTA) - Lukashenko said …', '2022-02-24')?.text).toBe(
      'MINSK, 24 February (BelTA) -',
    );
  });

  it('takes a full stop after the place, and a place in ordinary capitals before an agency in brackets', () => {
    expect(findDateline('MOSCOW. March 21 (Interfax) - The progress is …', '2022-03-21')?.day).toBe(
      '2022-03-21',
    );
    const dateline = findDateline(
      'Paris, April 5 (UrduPoint / Pakistan Point News - 5th Apr, 2022 ) :When Turkey played host …',
      '2022-04-05',
    );
    expect(dateline?.text).toBe('Paris, April 5 (UrduPoint / Pakistan Point News - 5th Apr, 2022 ) :');
    expect(dateline?.day).toBe('2022-04-05');
    expect(findDateline('Antalya [Turkey], March 10 (ANI): Talks in Turkey …', '2022-03-10')?.day).toBe(
      '2022-03-10',
    );
    expect(
      findDateline('KYIV/MOSCOW, March 8 — Russian and Ukrainian negotiators …', '2022-03-08')?.day,
    ).toBe('2022-03-08');
  });

  it('takes the outlet, a dash and the day in brackets right after the place as a dateline, whose day is no date', () => {
    const opening = 'MOSCOW (UrduPoint News / Sputnik - 12th September, 2022)';
    const dateline = findDateline(
      `${opening} Macron intends to phone Putin in the coming days.`,
      '2022-09-12',
    );
    expect(dateline?.text).toBe(opening);
    expect(dateline?.day).toBe('2022-09-12');
    expect(
      compileMadeUpOn('2022-09-12', `${opening} Macron intends to phone Putin, he said on Sunday.`)
        .paragraphs.flatMap((paragraph) => paragraph.dates)
        .map((date) => date.phrase),
    ).toEqual(['Sunday']);
  });

  it('reads a weekday with its date, and a range of days, as one expression', () => {
    expect(dates('The Kremlin on Saturday, February 26, said talks had stalled.', '2022-02-26')).toEqual([
      'Saturday, February 26 2022-02-26',
    ]);
    expect(dates('The forum is on March 11-13 in Antalya.', '2022-03-07')).toEqual([
      'March 11-13 2022-03-11/2022-03-13',
    ]);
  });

  it('reads a range of days written with “to” or “through” as one span', () => {
    expect(dates('The forum runs March 11 to 13 in Antalya.', '2022-03-07')).toEqual([
      'March 11 to 13 2022-03-11/2022-03-13',
    ]);
    expect(dates('The forum runs from 11 through 13 March.', '2022-03-07')).toEqual([
      '11 through 13 March 2022-03-11/2022-03-13',
    ]);
  });

  it('reads how long something still going on has lasted as the span up to the day: “has lasted more than three weeks”', () => {
    expect(dates('A brutal war that has lasted more than three weeks.', '2022-03-19')).toEqual([
      'more than three weeks 2022-02-26/2022-03-19',
    ]);
    expect(dates('The talks resumed after more than two weeks of fighting.', '2022-03-14')).toEqual([
      'more than two weeks 2022-02-28/2022-03-14',
    ]);
    // How long a visit lasts, placed by its own day, is no span up to the day.
    expect(dates('The envoy reached Kyiv on Tuesday for two days of talks.', '2023-05-17')).toEqual([
      'Tuesday 2023-05-16',
    ]);
  });

  it('reads “between March 11 and 13” as one span, with its “between”', () => {
    expect(dates('Turkey will host the talks between March 11 and 13.', '2022-03-09')).toEqual([
      'between March 11 and 13 2022-03-11/2022-03-13',
    ]);
    expect(dates('The forum meets between 11 and 13 March.', '2022-03-09')).toEqual([
      'between 11 and 13 March 2022-03-11/2022-03-13',
    ]);
  });

  it('counts the day of the war named as the military operation', () => {
    expect(
      dates('On the 12th day of Russia’s military operation in Ukraine, talks resumed.', '2022-03-07'),
    ).toEqual(['the 12th day of Russia’s military operation 2022-03-07']);
    expect(dates('As the operation enters its 12th day, talks resume.', '2022-03-07')).toEqual([
      'its 12th day 2022-03-07',
    ]);
  });

  it('closes a dateline with a horizontal bar as with a dash', () => {
    const dateline = findDateline('ANKARA, March 5 ― Turkish President Tayyip Erdogan will …', '2022-03-05');
    expect(dateline?.text).toBe('ANKARA, March 5 ―');
    expect(dateline?.day).toBe('2022-03-05');
  });

  it('lists no date inside a dateline that opens a later paragraph, after a summary', () => {
    const article = compileMadeUp(
      'Russia and Ukraine hope for a breakthrough.',
      'KYIV, March 16 (Reuters) – New talks on Wednesday raised hopes of a breakthrough.',
    );
    expect(article.paragraphs[1]?.dates.map((date) => date.phrase)).toEqual(['Wednesday']);
  });

  it('reads the day the same way for ingest’s frontmatter as for the compiler', () => {
    // Ingest records a dateline without its dash; the compiler finds it in the paragraph.
    expect(datelineDay('MINSK, 24 February (BelTA)', '2022-02-24')).toBe('2022-02-24');
    expect(datelineDay('KYIV, Mar. 3, 2022 (AP)', '2022-03-04')).toBe('2022-03-03');
    // Late December in a copy published in early January is the year before.
    expect(datelineDay('MOSCOW, December 31 (TASS)', '2023-01-02')).toBe('2022-12-31');
    // A day far from publication is not the story's day.
    expect(datelineDay('MOSCOW, March 29 (TASS)', '2022-05-02')).toBeUndefined();
    expect(datelineDay('ISTANBUL', '2022-03-29')).toBeUndefined();
  });

  it('takes a place with its country, a colon after the day, a full stop before the dash, and a day with its agency', () => {
    expect(
      findDateline('Lviv, Ukraine, Mar 27 (EFE).- Ukraine and Russia are to …', '2022-03-27')?.text,
    ).toBe('Lviv, Ukraine, Mar 27 (EFE).-');
    expect(findDateline('Kyiv, March 3: Zelenskyy has called on Putin …', '2022-03-03')?.text).toBe(
      'Kyiv, March 3:',
    );
    expect(findDateline('March 19 (UPI) — In a Saturday video message …', '2022-03-19')?.day).toBe(
      '2022-03-19',
    );
    // Without a colon, brackets or a dash it is still a sentence.
    expect(findDateline('Kyiv, March 3 was the day of the second round.', '2022-03-03')).toBeUndefined();
    expect(findDateline('March 19 (a Saturday) was quiet.', '2022-03-19')).toBeUndefined();
  });

  it('takes the dateline the editor recorded where the paragraph opens with it, whatever its shape', () => {
    const text = 'Istanbul 29/3 - The delegations met at the palace on Tuesday.';
    expect(findDateline(text, '2022-03-29')).toBeUndefined();
    expect(openingDateline(text, '2022-03-29', 'Istanbul 29/3')).toMatchObject({ start: 0, end: 13 });
    expect(openingDateline(text, '2022-03-29', 'Ankara 29/3')).toBeUndefined();
  });

  it('does not take a sentence that opens with a place for a dateline', () => {
    expect(findDateline('Moscow, March 19 was a cold day.', '2022-03-19')).toBeUndefined();
    expect(findDateline('On March 19, the talks resumed.', '2022-03-19')).toBeUndefined();
  });
});

describe('days counted from a day the text has just named', () => {
  it('resolves “the same day”, “the next day”, “two days later” against the latest day named before them', () => {
    expect(dates('Talks were held on March 3. On the same day, corridors opened.')).toEqual([
      'March 3 2022-03-03',
      'the same day 2022-03-03',
    ]);
    expect(dates('Talks were held on March 3. The next day, corridors opened.')).toEqual([
      'March 3 2022-03-03',
      'The next day 2022-03-04',
    ]);
    expect(dates('They met on Monday and again two days later.', '2022-03-10')).toEqual([
      'Monday 2022-03-07',
      'two days later 2022-03-09',
    ]);
  });

  it('takes the anchor from the paragraphs before, which the caller gives', () => {
    expect(
      resolveRelativeDates('On the same day, Wang Yi had a call.', {
        published: '2022-03-08',
        earlierDay: '2022-03-07',
      }).map(({ phrase, start }) => `${phrase} ${start}`),
    ).toEqual(['the same day 2022-03-07']);
  });

  it('names nothing for “the same day” with no day before it, and counts “a day earlier” from the report', () => {
    expect(dates('On the same day, Wang Yi had a call.')).toEqual([]);
    expect(dates('Cavusoglu came after talks a day earlier with Lavrov.')).toEqual([
      'a day earlier 2022-03-26',
    ]);
  });

  it('leaves “the day after the talks” alone: it counts from an event, not a day', () => {
    expect(dates('Talks were held on March 3. The day after the talks, corridors opened.')).toEqual([
      'March 3 2022-03-03',
    ]);
  });
});

describe('“May” the month and “may” the verb', () => {
  it('reads “by May” and “until May” as the month, but not “backed by May”', () => {
    expect(dates('The war might end by May, officials said.')).toEqual(['May 2022-05-01/2022-05-31']);
    expect(dates('The plan was backed by May.')).toEqual([]);
  });
});

describe('a dateline on a line of its own', () => {
  it('reads “New Delhi, March 7, 2022” above the story as its dateline, not “Moscow, March 7, 2022 was …”', () => {
    expect(
      findDateline('New Delhi, March 7, 2022\nTurkey’s minister on Monday announced talks.', '2022-03-08')
        ?.day,
    ).toBe('2022-03-07');
    expect(findDateline('Moscow, March 7, 2022 was a cold day.', '2022-03-08')).toBeUndefined();
  });
});

describe('a plan told in the past', () => {
  it('puts “were due to meet on Wednesday” on the nearer Wednesday to the report, before or after it', () => {
    // Thursday 3 March: the Wednesday just gone.
    expect(dates('The delegations were due to meet on Wednesday for a second round.', '2022-03-03')).toEqual([
      'Wednesday 2022-03-02',
    ]);
    // Monday 28 February: the Wednesday to come.
    expect(dates('The delegations were due to meet on Wednesday for a second round.', '2022-02-28')).toEqual([
      'Wednesday 2022-03-02',
    ]);
    // "are expected to" still looks ahead.
    expect(dates('The talks are expected to resume on Monday.', '2022-03-03')).toEqual(['Monday 2022-03-07']);
  });
});

describe('a day of the month without its month, and “earlier in the month”', () => {
  it('reads “on the 2nd” as that day of the publication’s month, or of the month before when it is past and later', () => {
    expect(dates('Belarus said on the 2nd that it had lost contact.', '2022-03-02')).toEqual([
      'the 2nd 2022-03-02',
    ]);
    expect(dates('The talks will resume on the 7th, he said.', '2022-03-02')).toEqual(['the 7th 2022-03-07']);
    expect(dates('He said on the 28th that the talks were over.', '2022-03-02')).toEqual([
      'the 28th 2022-02-28',
    ]);
  });

  it('reads the day also at a sentence’s start, before a bracket and before a participle', () => {
    expect(dates('On the 14th the United Nations Security Council met.', '2022-03-14')).toEqual([
      'the 14th 2022-03-14',
    ]);
    expect(
      dates('Podolyak announced on the 5th (local time) that talks would resume.', '2022-03-06'),
    ).toEqual(['the 5th 2022-03-05']);
    expect(
      dates('He issued a statement on the 28th saying Ukraine demanded a ceasefire.', '2022-02-28'),
    ).toEqual(['the 28th 2022-02-28']);
  });

  it('leaves an ordinal that counts something alone: “the 2nd round”', () => {
    expect(dates('Ukraine took part on the 2nd round of talks.', '2022-03-02')).toEqual([]);
  });

  it('reads “earlier in the month” as “earlier this month”', () => {
    expect(dates('Earlier in the month, Kuleba met Lavrov.')).toEqual([
      'Earlier in the month 2022-03-01/2022-03-26',
    ]);
  });
});

describe('days joined by “and”, and a plan told in the present', () => {
  it('takes two following days joined by “and” as one span, and days further apart as days of their own', () => {
    expect(dates('Talks are due to be held on June 15th and 16th.', '2024-04-11')).toEqual([
      'June 15th and 16th 2024-06-15/2024-06-16',
    ]);
    expect(dates('The envoys met on 3 and 4 March.', '2024-03-20')).toEqual([
      '3 and 4 March 2024-03-03/2024-03-04',
    ]);
    // Two days apart, or in two months, are two dates: the first is still a day.
    expect(dates('The envoys met on March 3 and 10.', '2024-03-20')).toEqual(['March 3 2024-03-03']);
    expect(dates('The envoys met on March 3 and 14 April.', '2024-04-20')).toEqual([
      'March 3 2024-03-03',
      '14 April 2024-04-14',
    ]);
  });

  it('reads a plan in the present as looking forward: “is planning a summit for June 15”', () => {
    expect(dates('Switzerland is planning a peace summit for June 15.', '2024-04-19')).toEqual([
      'June 15 2024-06-15',
    ]);
    // Told in the past, the same words look back.
    expect(dates('Switzerland planned a summit on June 15.', '2024-04-19')).toEqual(['June 15 2023-06-15']);
  });

  it('takes “this weekend”, or a weekend planned in the past, as the nearer weekend to the report', () => {
    // Friday 14 June 2024: the weekend to come; Monday 7 August 2023: the weekend just gone.
    expect(
      dates('Switzerland got ready to receive world leaders this weekend to sketch peace.', '2024-06-14'),
    ).toEqual(['this weekend 2024-06-15/2024-06-16']);
    expect(dates('Talks were held this weekend.', '2023-08-07')).toEqual([
      'this weekend 2023-08-05/2023-08-06',
    ]);
    // "Over the weekend", told in the past, is the weekend before.
    expect(dates('Talks were held over the weekend.', '2024-06-14')).toEqual([
      'over the weekend 2024-06-08/2024-06-09',
    ]);
  });

  it('takes “last weekend” in a report of a Saturday or a Sunday for the weekend before, not the one it is in', () => {
    // Saturday 29 and Sunday 30 November 2025; Thursday 27 November 2025 for comparison.
    for (const published of ['2025-11-29', '2025-11-30', '2025-11-27'])
      expect(dates('The Geneva meetings took place last weekend.', published)).toEqual([
        'last weekend 2025-11-22/2025-11-23',
      ]);
    expect(dates('The envoys met this weekend.', '2025-11-29')).toEqual([
      'this weekend 2025-11-29/2025-11-30',
    ]);
  });

  it('reads “early” before a month and its day as the hours of that day, not the month', () => {
    expect(dates('Russian missiles struck early May 16, he said.', '2024-05-16')).toEqual([
      'May 16 2024-05-16',
    ]);
    expect(dates('The talks began in early May.', '2024-05-16')).toEqual(['early May 2024-05-01/2024-05-31']);
  });

  it('reads a condition in the present as looking forward: “if he goes back … in November”', () => {
    expect(
      dates(
        'Trump pledged to seek a just peace if he goes back to the Oval Office in November.',
        '2024-07-20',
      ),
    ).toEqual(['November 2024-11-01/2024-11-30']);
    expect(dates('Trump pledged in November to seek a just peace.', '2024-07-20')).toEqual([
      'November 2023-11-01/2023-11-30',
    ]);
    // So is a time to come a clause of "after" or "before" tells in the present.
    expect(dates('Trump vowed to end the war soon after he takes office on Jan. 20.', '2024-12-19')).toEqual([
      'Jan. 20 2025-01-20',
    ]);
    expect(dates('Trump vowed to end the war soon after he took office on Jan. 20.', '2025-12-19')).toEqual([
      'Jan. 20 2025-01-20',
    ]);
  });

  it('reads a state in the present that lasts “until” a day as lasting into the future', () => {
    // Saturday 2 March 2024.
    expect(dates('Lavrov spoke at the forum, which runs until Sunday.', '2024-03-02')).toEqual([
      'Sunday 2024-03-03',
    ]);
    expect(dates('The forum lasted until Sunday.', '2024-03-02')).toEqual(['Sunday 2024-02-25']);
  });

  it('reads “overnight” after a negation in its clause as all at once, no night', () => {
    expect(dates('The war cannot be brought to an end overnight, Peskov said.', '2024-11-06')).toEqual([]);
    expect(dates('Russia attacked Kyiv overnight, officials said.', '2024-11-06')).toEqual([
      'overnight 2024-11-06',
    ]);
  });

  it('reads a timetable’s event told in the simple present as still to come', () => {
    // Sunday 14 January 2024.
    expect(dates('Zelensky will attend the forum, which starts on Tuesday.', '2024-01-14')).toEqual([
      'Tuesday 2024-01-16',
    ]);
    // Monday 7 February 2022.
    expect(dates('Zelensky meets Erdogan on Tuesday in Ankara.', '2022-02-07')).toEqual([
      'Tuesday 2022-02-08',
    ]);
    // The past tells what is over; a verb of leading a body tells no timetable.
    expect(dates('The forum started on Tuesday.', '2024-01-14')).toEqual(['Tuesday 2024-01-09']);
    expect(dates('Umerov, who heads the council, on Friday rejected the plan.', '2025-11-22')).toEqual([
      'Friday 2025-11-21',
    ]);
  });

  it('reads a month alone after an event’s noun, in a past clause, as the one to come when it is later in the year', () => {
    // Friday 29 April 2022.
    expect(
      dates(
        'Zelensky has received an invitation to the G20 meeting in November, the host said.',
        '2022-04-29',
      ),
    ).toEqual(['November 2022-11-01/2022-11-30']);
    expect(
      dates(
        'Erdogan said Putin had asked him to come to the SCO Summit in Uzbekistan in September.',
        '2022-08-06',
      ),
    ).toEqual(['September 2022-09-01/2022-09-30']);
    // Without an event's noun, a later month in a past clause is last year's; an earlier one is this year's.
    expect(dates('Prices rose in November, the bank said.', '2022-04-29')).toEqual([
      'November 2021-11-01/2021-11-30',
    ]);
    expect(dates('The talks in March failed.', '2022-04-29')).toEqual(['March 2022-03-01/2022-03-31']);
  });

  it('reads a deadline’s day as the nearer such day, whatever tense tells when it was set', () => {
    // Monday 24 November 2025: the Thursday after is nearer than the one before.
    expect(dates('The U.S. gave Ukraine until Thursday to agree to a framework.', '2025-11-24')).toEqual([
      'Thursday 2025-11-27',
    ]);
    expect(dates('He said the Thursday deadline now looks more flexible.', '2025-11-24')).toEqual([
      'Thursday 2025-11-27',
    ]);
    // Monday 14 March 2022: the day things were put off to.
    expect(dates('The talks were postponed until Tuesday.', '2022-03-14')).toEqual(['Tuesday 2022-03-15']);
    expect(dates('The talks were adjourned to Wednesday.', '2022-03-14')).toEqual(['Wednesday 2022-03-16']);
    // Not a deadline: what lasted until a day is over.
    expect(dates('The talks lasted until Thursday.', '2025-11-24')).toEqual(['Thursday 2025-11-20']);
  });

  it('reads a timetable’s event told in the plural present (a bare base form) as still to come', () => {
    // Thursday 14 August 2025.
    expect(
      dates('Trump and Putin meet in Alaska on Friday, their first talks since 2022.', '2025-08-14'),
    ).toEqual(['Friday 2025-08-15']);
    expect(dates('The delegations resume their talks on Monday.', '2025-08-14')).toEqual([
      'Monday 2025-08-18',
    ]);
    // With "did", or in the past, it is over; a base form a noun shares ("the talks end") tells no timetable.
    expect(dates('The two leaders did not meet on Monday.', '2025-08-14')).toEqual(['Monday 2025-08-11']);
    expect(dates('The two leaders met on Monday.', '2025-08-14')).toEqual(['Monday 2025-08-11']);
  });
});

describe('a year alone', () => {
  it('leaves a period counted in years out of an article’s dates, but not a month of a year', () => {
    const article = compileMadeUp(
      'Talks began last year and collapsed a year ago; they could resume next year, after the past two years of war.',
      'The invasion began in February last year, and the envoys met again on Thursday.',
    );
    expect(article.paragraphs.map((paragraph) => paragraph.dates.map((date) => date.phrase))).toEqual([
      [],
      ['February last year', 'Thursday'],
    ]);
    // The resolver still normalises them for the TempEval-3 check, which scores years.
    expect(dates('Talks began last year.')).toEqual(['last year 2021-01-01/2021-12-31']);
  });
});

describe('a weekday of a week the words name', () => {
  it('is that weekday of last, this or next week, one expression', () => {
    // Saturday 23 August 2025.
    expect(dates('After the summit on Friday last week, the leaders met again.', '2025-08-23')).toEqual([
      'Friday last week 2025-08-15',
    ]);
    expect(dates('They meet on Monday of next week, and Friday this week.', '2025-08-23')).toEqual([
      'Monday of next week 2025-08-25',
      'Friday this week 2025-08-22',
    ]);
  });
});

describe('a day’s event still to come', () => {
  it('is ahead of the report after “ahead of”, or with its possessive before “planned” or “upcoming”', () => {
    const article = compileMadeUp(
      'Speaking ahead of Friday’s planned meeting in Alaska, Zelensky ruled out any concession.',
      'Monday’s upcoming talks were confirmed by both sides.',
    );
    // The copy is of Tuesday 29 March 2022.
    expect(article.paragraphs.flatMap((paragraph) => paragraph.dates.map((date) => date.start))).toEqual([
      '2022-04-01',
      '2022-04-04',
    ]);
  });
});

describe('a block quote', () => {
  it('is someone’s words, whose dates are theirs, but for the date of an embedded post’s signature', () => {
    const article = compileMadeUp(
      'The minister wrote on Facebook on Monday:',
      '> Tomorrow and the day after, we will inform you of the results.',
      '> Russian claims are absurd. — Dmytro Kuleba (@DmytroKuleba) March 28, 2022',
      'Tomorrow the delegations meet in Istanbul.',
    );
    expect(
      article.paragraphs.map((paragraph) => paragraph.dates.map((date) => `${date.phrase} ${date.start}`)),
    ).toEqual([['Monday 2022-03-28'], [], ['March 28, 2022 2022-03-28'], ['Tomorrow 2022-03-30']]);
  });
});

describe('a day and a month in figures', () => {
  it('reads “on 18/8” day first and “on 8/18” month first, and neither order when both could be a month', () => {
    // Tuesday 19 August 2025.
    expect(dates('Zelensky met Trump at the White House on 18/8 and on 8/18.', '2025-08-19')).toEqual([
      '18/8 2025-08-18',
      '8/18 2025-08-18',
    ]);
    expect(dates('They met on 3/4, and the line is open 24/7.', '2025-08-19')).toEqual([]);
  });
});

describe('a month after “for”, and “this” month', () => {
  it('reads “planned for June” and “this February” as months of the publication’s year', () => {
    // Thursday 2 May 2024.
    expect(dates('The talks planned for June in Switzerland would be pointless.', '2024-05-02')).toEqual([
      'June 2024-06-01/2024-06-30',
    ]);
    expect(dates('The plan might be made public this February, they said.', '2023-01-11')).toEqual([
      'this February 2023-02-01/2023-02-28',
    ]);
    expect(dates('The talks were held this February.', '2024-05-02')).toEqual([
      'this February 2024-02-01/2024-02-29',
    ]);
  });
});

describe('“the end of” a month', () => {
  it('is its last seven days, a deadline after “by” not before the publication’s month', () => {
    // Thursday 24 July 2025.
    expect(dates('Kyiv proposed holding a meeting by the end of August.', '2025-07-24')).toEqual([
      'the end of August 2025-08-25/2025-08-31',
    ]);
    expect(dates('The talks were held at the end of August.', '2025-07-24')).toEqual([
      'the end of August 2024-08-25/2024-08-31',
    ]);
    expect(dates('They want a deal by the end of January.', '2025-12-10')).toEqual([
      'the end of January 2026-01-25/2026-01-31',
    ]);
    // "until" in a clause told in the past ends a span that is over, not a deadline.
    expect(dates('From then until the end of March, several rounds were held.', '2022-05-17')).toEqual([
      'the end of March 2022-03-25/2022-03-31',
    ]);
    // "the end of this month", "… of last month": the month the words name.
    expect(dates('He said no summit would be held by the end of this month.', '2023-08-07')).toEqual([
      'the end of this month 2023-08-25/2023-08-31',
    ]);
    // A month alone after "by" or "until" is a deadline too, whatever the tense of the proposal.
    expect(dates('Kyiv proposed holding a meeting by August.', '2025-07-24')).toEqual([
      'August 2025-08-01/2025-08-31',
    ]);
  });
});

describe('a day of the month alone after a date that names its month', () => {
  it('is in that month, not in the publication’s', () => {
    // Thursday 21 September 2023.
    expect(
      dates(
        'The envoy was in Moscow from June 28-30. He met on the 28th with the aide, then on the 29th with the ombudsman.',
        '2023-09-21',
      ),
    ).toEqual(['June 28-30 2023-06-28/2023-06-30', 'the 28th 2023-06-28', 'the 29th 2023-06-29']);
    expect(dates('The talks resumed on the 19th, he said.', '2023-09-21')).toEqual(['the 19th 2023-09-19']);
  });
});

describe('the clause a phrase hangs on, read past compound words, non-finite groups and “since”', () => {
  it('takes no hyphen-joined participle (“so-called”) for the clause’s verb', () => {
    expect(
      dates(
        'The occupiers intend to stage so-called “referendums” in the regions on September 11.',
        '2022-08-08',
      ),
    ).toEqual(['September 11 2022-09-11']);
  });

  it('takes no first word of a hyphen-joined compound (“face-to-face”) for the clause’s verb', () => {
    expect(
      dates('The two leaders will hold their first ever face-to-face meeting on Wednesday.', '2023-09-18'),
    ).toEqual(['Wednesday 2023-09-20']);
  });

  it('takes no noun the model reads as a verb, the object of the verb before it (“phone calls”), for the clause’s verb', () => {
    expect(
      dates('Erdoğan will hold separate phone calls on Monday with Putin and Zelensky.', '2022-05-29'),
    ).toEqual(['Monday 2022-05-30']);
    expect(
      dates('Erdoğan held separate phone calls on Monday with Putin and Zelensky.', '2022-05-29'),
    ).toEqual(['Monday 2022-05-23']);
  });

  it('reads a source’s time after “according to” as over, a gerund in its phrase no verb (“according to reporting in October”)', () => {
    expect(
      dates('The plan would probably benefit Russia, according to reporting in October.', '2024-11-06'),
    ).toEqual(['October 2024-10-01/2024-10-31']);
    // Past an aside's comma the clause's own verb tells.
    expect(
      dates('Talks are set to commence, according to most accounts, on Monday morning.', '2024-11-06'),
    ).toEqual(['Monday morning 2024-11-11']);
  });

  it('reads a range whose days each name their month as one span, into the next year when it must', () => {
    expect(dates('The talks ran from May 20 to June 1.', '2025-06-02')).toEqual([
      'May 20 to June 1 2025-05-20/2025-06-01',
    ]);
    expect(dates('The truce will run from December 28 to January 3.', '2025-12-20')).toEqual([
      'December 28 to January 3 2025-12-28/2026-01-03',
    ]);
  });

  it('reads “the last week of June” as “the end of June” is read: the month’s last seven days', () => {
    expect(
      dates('The third round was expected in the last week of June, Peskov said.', '2025-07-03'),
    ).toEqual(['the last week of June 2025-06-24/2025-06-30']);
  });

  it('reads a range of weekdays as one span, in the week named or as a weekday alone is read', () => {
    // Tuesday 12 September 2023.
    expect(dates('The envoy will visit Beijing from Wednesday to Friday this week.', '2023-09-12')).toEqual([
      'Wednesday to Friday this week 2023-09-13/2023-09-15',
    ]);
    expect(dates('Talks were held Monday through Wednesday.', '2023-09-12')).toEqual([
      'Monday through Wednesday 2023-09-04/2023-09-06',
    ]);
    // Two days in a row may be the night between them: each weekday alone; joined by a dash, the two days.
    expect(dates('The truce lasts until midnight from Sunday to Monday.', '2025-04-20')).toHaveLength(2);
    expect(dates('The Tuesday-Wednesday meeting will be held in Geneva.', '2026-02-16')).toEqual([
      'Tuesday-Wednesday 2026-02-17/2026-02-18',
    ]);
  });

  it('reads a proposal in the passive, or made to a listener, as a time to come (“proposed to … that … be held”)', () => {
    expect(dates('Ukraine proposed that another meeting be held on June 20.', '2025-06-02')).toEqual([
      'June 20 2025-06-20',
    ]);
    expect(
      dates('Ukraine proposed to the Russian side that another meeting take place on June 20.', '2025-06-02'),
    ).toEqual(['June 20 2025-06-20']);
  });

  it('takes no word of “face to face” for a verb, and a day after “according to” a source for when it spoke', () => {
    expect(
      dates('Xi has met Putin face to face 39 times, the last time in September at a summit.', '2023-03-13'),
    ).toEqual(['September 2022-09-01/2022-09-30']);
    expect(
      dates(
        'The negotiators are to resume talks face to face in Istanbul soon, according to a presidential aide on Sunday.',
        '2022-03-28',
      ),
    ).toEqual(['Sunday 2022-03-27']);
    // Past an aside's comma, the clause's own verb tells.
    expect(
      dates(
        'With talks set to commence, according to most accounts, on Monday morning, he is wary.',
        '2022-02-27',
      ),
    ).toEqual(['Monday morning 2022-02-28']);
  });

  it('reads a month and its year joined by “of” as that month (“in February of 2022”)', () => {
    expect(dates('They agreed a partnership in February of 2022.', '2023-03-13')).toEqual([
      'February of 2022 2022-02-01/2022-02-28',
    ]);
  });

  it('reads a condition by inversion (“Should …”) as a time to come, before its comma', () => {
    expect(
      dates('Should Trump beat Harris in the Nov. 5 election, the policy could be reset.', '2024-09-24'),
    ).toEqual(['Nov. 5 2024-11-05']);
  });

  it('reads past “being” and “having” to the verb that tells the tense, and a month to come into next year', () => {
    expect(dates('He will not hold off until being inaugurated in January.', '2024-10-08')).toEqual([
      'January 2025-01-01/2025-01-31',
    ]);
    // Told in the past, the month is the last one, not the next.
    expect(dates('He was inaugurated in January.', '2024-10-08')).toEqual(['January 2024-01-01/2024-01-31']);
  });

  it('keeps a phrase of a noun after “since” in the past, whatever its clause’s verb', () => {
    // Thursday 19 December 2024.
    expect(
      dates('Forces would retake the town, the scene of fighting since an attack on Monday.', '2024-12-19'),
    ).toEqual(['Monday 2024-12-16']);
    expect(
      dates(
        'Forces would retake the town, the scene of fighting since an incursion in August.',
        '2024-12-19',
      ),
    ).toEqual(['August 2024-08-01/2024-08-31']);
  });
});

describe('a day with its year word, months in pairs, and a time to come after “when”', () => {
  it('reads “February 24 last year” in the year the words name', () => {
    expect(dates('The war began with the invasion of February 24 last year.', '2023-05-12')).toEqual([
      'February 24 last year 2022-02-24',
    ]);
    expect(dates('They meet on 3 March next year.', '2023-05-12')).toEqual(['3 March next year 2024-03-03']);
  });

  it('reads the second month of “in December and January” as a date too', () => {
    expect(dates('Contacts were held in December and January in Florida.', '2026-01-23')).toEqual([
      'December 2025-12-01/2025-12-31',
      'January 2026-01-01/2026-01-31',
    ]);
    // A name's "May" after "and" is no month: the pair needs a month that is a date first.
    expect(dates('He met Theresa May and March officials.', '2026-01-23')).toEqual([]);
  });

  it('reads a present tense after “when” as a time to come, past a subject of several words', () => {
    // Wednesday 2 March 2022.
    expect(
      dates(
        'They will discuss a ceasefire when the second round of talks is held on Thursday.',
        '2022-03-02',
      ),
    ).toEqual(['Thursday 2022-03-03']);
    expect(
      dates('The ceasefire failed when the second round of talks was held on Thursday.', '2022-03-02'),
    ).toEqual(['Thursday 2022-02-24']);
  });
});

describe('a weekday that is no day', () => {
  it('opens a name between “the” and a capitalised word, and tells a habit after “every”', () => {
    expect(
      dates(
        'According to The Sunday Times, Cameron asked Trump. As he does every Tuesday, the pope spoke.',
        '2024-05-14',
      ),
    ).toEqual([]);
    // A capitalised word after a weekday with no “the” before it still leaves the weekday a day.
    expect(dates('On Thursday Ukraine said it was ready.', '2024-05-14')).toEqual(['Thursday 2024-05-09']);
  });
});

describe('a day told twice side by side, by a word for it and by its date or weekday', () => {
  it('is one expression, the date’s day, or the word’s when a weekday alone follows it', () => {
    // Monday 14 March 2022.
    expect(
      dates(
        'Podolyak reported today, Monday, March 14, that talks would pick up again tomorrow (March 15).',
        '2022-03-14',
      ),
    ).toEqual(['today, Monday, March 14 2022-03-14', 'tomorrow (March 15) 2022-03-15']);
    // (Each weekday alone would be the same day: "a weekday to come that is the reference day's own", above.)
    expect(dates('Talks go on today, Tuesday, and tomorrow, Wednesday.', '2022-03-29')).toEqual([
      'today, Tuesday 2022-03-29',
      'tomorrow, Wednesday 2022-03-30',
    ]);
    // A part of the day between, and a bracket with spaces inside.
    expect(
      dates('The leaders arrived on Thursday morning June 16 and met Wednesday ( June 15 ).', '2022-06-16'),
    ).toEqual(['Thursday morning June 16 2022-06-16', 'Wednesday ( June 15 ) 2022-06-15']);
    // Two weekdays side by side are two days.
    expect(dates('They met on Thursday, Friday and Saturday.', '2022-06-16')).toEqual([
      'Thursday 2022-06-16',
      'Friday 2022-06-10',
      'Saturday 2022-06-11',
    ]);
  });
});

describe('a weekday with its date in brackets', () => {
  it('is one expression, the date month first or day first', () => {
    expect(dates('Guterres said on Thursday (5 May) that talks go on.', '2022-05-05')).toEqual([
      'Thursday (5 May) 2022-05-05',
    ]);
    expect(dates('On Wednesday (26 March 2025), the Kremlin said so.', '2025-03-26')).toEqual([
      'Wednesday (26 March 2025) 2025-03-26',
    ]);
    expect(dates('He spoke on Thursday (March 10).', '2022-03-11')).toEqual([
      'Thursday (March 10) 2022-03-10',
    ]);
    // Square brackets too, as an editor's gloss.
    expect(dates('Li Hui briefed journalists on Friday [June 2] on his trip.', '2023-06-02')).toEqual([
      'Friday [June 2] 2023-06-02',
    ]);
  });
});

describe('a base form after a verb of proposing and “that”', () => {
  it('tells what is to be done: “proposed that Kyiv take part in talks on Monday”', () => {
    // Friday 30 May 2025.
    expect(
      dates('Moscow has proposed that Kyiv take part in new talks on Monday in Istanbul.', '2025-05-30'),
    ).toEqual(['Monday 2025-06-02']);
    expect(dates('Moscow said that the talks took place on Monday.', '2025-05-30')).toEqual([
      'Monday 2025-05-26',
    ]);
  });
});

describe('the present progressive', () => {
  it('tells of an arrangement still to come: “which is being held Thursday and Friday”', () => {
    // Wednesday 9 July 2025.
    expect(
      dates(
        'Zelenskyy is in Rome for the conference, which is being held Thursday and Friday.',
        '2025-07-09',
      ),
    ).toEqual(['Thursday 2025-07-10', 'Friday 2025-07-11']);
    expect(dates('The conference was held on Thursday and Friday.', '2025-07-09')).toEqual([
      'Thursday 2025-07-03',
      'Friday 2025-07-04',
    ]);
  });
});

describe('a word in scare quotes inside a verb group', () => {
  it('leaves the group whole: “would now be "hammered out" on Sunday” is a Sunday to come', () => {
    // Saturday 29 November 2025.
    expect(dates('He said the results would now be "hammered out" on Sunday.', '2025-11-29')).toEqual([
      'Sunday 2025-11-30',
    ]);
    expect(dates('He said the results were “hammered out” on Sunday.', '2025-11-29')).toEqual([
      'Sunday 2025-11-23',
    ]);
  });
});

describe('a plan in the present passive', () => {
  it('looks forward: “he is expected in New Delhi around March 28” in a report of 18 March is this year’s', () => {
    // Monday 18 March 2024.
    expect(dates('He is expected in New Delhi around March 28, the people said.', '2024-03-18')).toEqual([
      'March 28 2024-03-28',
    ]);
    expect(dates('The talks are planned in Geneva on Friday.', '2024-03-18')).toEqual(['Friday 2024-03-22']);
    // Told in the past, the plan may lie either side: the nearer day.
    expect(dates('He was expected in New Delhi on March 28.', '2024-03-18')).toEqual(['March 28 2024-03-28']);
  });
});

describe('“next” before a month', () => {
  it('is the year after’s when the month has passed, and unresolved when it is still to come', () => {
    // Tuesday 11 October 2022.
    expect(dates('Erdogan faces elections next June.', '2022-10-11')).toEqual([
      'next June 2023-06-01/2023-06-30',
    ]);
    expect(dates('Erdogan faces elections next November.', '2022-10-11')).toEqual([]);
  });
});

describe('an infinitive in the passive', () => {
  it('is seen from its governing verb, not told in the past: “to be followed by a meeting in August”', () => {
    // Monday 15 July 2024.
    expect(
      dates(
        'The talks are likely to take place in July, to be followed by a meeting in Turkey in August.',
        '2024-07-15',
      ),
    ).toEqual(['July 2024-07-01/2024-07-31', 'August 2024-08-01/2024-08-31']);
    expect(dates('Zelensky said the plan had to be agreed in October.', '2024-07-15')).toEqual([
      'October 2024-10-01/2024-10-31',
    ]);
    // A month later in the year told in the past, with no infinitive, is still last year's.
    expect(dates('The plan was agreed in October.', '2024-07-15')).toEqual(['October 2023-10-01/2023-10-31']);
  });
});

describe('“this” before a weekday', () => {
  it('is that weekday of the report’s week, whichever way the clause points', () => {
    // Wednesday 3 December 2025.
    expect(dates('This Thursday, the envoys will sit down in Miami.', '2025-12-03')).toEqual([
      'This Thursday 2025-12-04',
    ]);
    expect(dates('The envoys met this Monday.', '2025-12-03')).toEqual(['this Monday 2025-12-01']);
    // Copy filed a day late keeps the day of its week: Sunday 13 March 2022.
    expect(dates('The sides are holding talks by video this Saturday, Peskov said.', '2022-03-13')).toEqual([
      'this Saturday 2022-03-12',
    ]);
    // A weekday later in the week, told in the past, is the one before: Monday 28 February 2022.
    expect(dates('The presidency announced this Sunday that it would talk.', '2022-02-28')).toEqual([
      'this Sunday 2022-02-27',
    ]);
  });
});

describe('a perfect infinitive', () => {
  it('tells of what is over: “are said to have passed it on in December” in a January report is last December', () => {
    // Friday 26 January 2024.
    expect(dates('The Russian authorities are said to have passed it on in December.', '2024-01-26')).toEqual(
      ['December 2023-12-01/2023-12-31'],
    );
    // A plain infinitive after the same verb still looks forward.
    expect(dates('Kyiv is said to plan talks in December.', '2024-01-26')).toEqual([
      'December 2024-12-01/2024-12-31',
    ]);
  });
});

describe('a clause a conjunction opens after the last verb', () => {
  it('holds the phrase inside it: “expected to sign next week, after an attempt in February collapsed”', () => {
    // Friday 18 April 2025: the February that collapsed is this year's, not next.
    expect(
      dates(
        'Trump said he expected to sign a deal next week, after an attempt in February collapsed.',
        '2025-04-18',
      ),
    ).toEqual(['next week 2025-04-21/2025-04-27', 'February 2025-02-01/2025-02-28']);
    // With no verb of its own after the phrase, "after" is a preposition of the clause before.
    expect(dates('Trump expects to sign a deal after talks in February.', '2025-04-18')).toEqual([
      'February 2026-02-01/2026-02-28',
    ]);
  });
});

describe('a war “now in its nth day”', () => {
  it('is counted from the conflict’s start only when the count falls about on the report’s day', () => {
    expect(dates('The war, now in its 32nd day, has displaced millions.')).toEqual([
      'its 32nd day 2022-03-27',
    ]);
    // Four years on, a war "now in its sixth day" is another war: no date.
    expect(dates('The Iran war, now in its sixth day, has pulled attention away.', '2026-03-05')).toEqual([]);
  });
});
