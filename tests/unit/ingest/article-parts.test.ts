import { describe, expect, it } from 'vitest';
import { findArticleParts } from '../../../src/lib/ingest/article-parts';
import { parseAuthorLine, parseByline, parseContributorLine } from '../../../src/lib/ingest/byline';
import { titleFromFirstSentence } from '../../../src/lib/ingest/editorial-title';
import { pageChromeRule, possibleChromeRule } from '../../../src/lib/ingest/page-chrome';
import { plainTextBlocks } from '../../../src/lib/ingest/parse-plain-text';
import { decodeArticleBytes } from '../../../src/lib/ingest/read-input';
import { articleSlug, outletSlug } from '../../../src/lib/ingest/slug';

const parts = (text: string) => findArticleParts(plainTextBlocks(text));

describe('page chrome', () => {
  it('recognises the chrome lines of the raw copies', () => {
    for (const line of [
      'Skip to Content',
      'Share this article:',
      'Read more here:',
      'Jump to comments ↓',
      'BE PART OF THE CONVERSATION',
      'News Channel 3 is committed to providing a forum for civil and constructive conversation.',
      'Please keep your comments respectful and relevant. You can review our Community Guidelines by clicking here',
      'If you would like to share a story idea, please submit it here.',
      'The Hill has removed its comment section, as there are many other forums for readers to participate in the conversation.',
      'Most Popular',
      'Load more',
      'See all Hill.TV See all Video',
      'Tags Antony Blinken Biden Joe Biden John Kirby Thomas Pickering Vladimir Putin Volodymyr Zelensky',
      'Article Topic Follows: CNN - US Politics',
      'CNN Newsource',
      'The-CNN-Wire',
      '™ & © 2022 Cable News Network, Inc., a WarnerMedia Company. All rights reserved.',
      'Author: Dave DeCamp',
      'Dave DeCamp is the news editor of, follow him on Twitter @decampdave.',
      'Updated 2:14 PM ET, Sun March 20, 2022',
    ]) {
      expect(pageChromeRule(line), line).toBeDefined();
    }
  });

  it('never takes a sentence of an article for chrome, and flags the ones that look like it', () => {
    for (const line of [
      'Most Popular leaders in Europe have stayed silent, officials said.',
      'Tags on the crates showed they came from Belarus.',
      'The share of Ukrainians who back a deal has fallen, according to a poll published on March 20, 2022.',
      'Load more trucks, the commander said.',
    ]) {
      expect(pageChromeRule(line), line).toBeUndefined();
    }
    expect(possibleChromeRule('Subscribe to our newsletter for the latest on the talks.')?.reason).toBe(
      'starts like a prompt of the page',
    );
  });

  it('keeps a line it is unsure about, and flags it', () => {
    const found = parts(
      [
        'A headline',
        'The first paragraph of the story.',
        'Subscribe to our newsletter for the latest on the talks.',
        'The last paragraph.',
        'Related coverage',
      ].join('\n\n'),
    );
    expect(found.body.map((block) => block.text)).toEqual([
      'The first paragraph of the story.',
      'Subscribe to our newsletter for the latest on the talks.',
      'The last paragraph.',
      'Related coverage',
    ]);
    expect(found.removed).toEqual([]);
    expect(found.flagged.map(({ line, reason }) => `${line}: ${reason}`)).toEqual([
      '5: starts like a prompt of the page: kept; remove it if it is page chrome',
      '9: starts like a prompt of the page: kept; remove it if it is page chrome',
    ]);
  });

  it('flags a short unpunctuated line that ends the text instead of calling it a heading', () => {
    const found = parts('Headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nFollow the Live Coverage');
    expect(found.body.at(-1)).toEqual({ type: 'paragraph', text: 'Follow the Live Coverage', line: 7 });
    expect(found.flagged[0]?.reason).toMatch(/^short line without final punctuation/u);
  });
});

describe('headline, dek, headings and credits', () => {
  it('reads headings as short lines between paragraphs, one paragraph per line', () => {
    const found = parts(
      'Headline\nBy Jane Doe, Example News\nFirst paragraph.\nA heading\nSecond paragraph.',
    );
    expect(found).toMatchObject({
      headline: 'Headline',
      authors: ['Jane Doe'],
      bylineOutlet: 'Example News',
    });
    expect(found.body.map((block) => block.type)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('reads bylines and credit lines, and nothing else as one', () => {
    expect(parseByline('By Zachary Cohen, Natasha Bertrand and Alex Marquardt, CNN')).toEqual({
      authors: ['Zachary Cohen', 'Natasha Bertrand', 'Alex Marquardt'],
      outlet: 'CNN',
    });
    expect(parseByline('By Kylie Atwood and Jennifer Hansler')).toEqual({
      authors: ['Kylie Atwood', 'Jennifer Hansler'],
    });
    expect(parseByline('By Ursula von der Leyen, The Hill')).toEqual({
      authors: ['Ursula von der Leyen'],
      outlet: 'The Hill',
    });
    expect(parseByline('By John Smith, Associated Press')).toEqual({
      authors: ['John Smith'],
      outlet: 'Associated Press',
    });
    expect(parseByline('By Thursday, the talks had stalled.')).toBeUndefined();
    expect(parseByline('By the end of the week both sides were trading accusations')).toBeUndefined();
    expect(parseAuthorLine('Author: Dave DeCamp')).toEqual(['Dave DeCamp']);
    expect(parseContributorLine('CNN’s Kevin Liptak contributed to this report.')).toEqual(['Kevin Liptak']);
    expect(parseContributorLine('Kylie Atwood and Jennifer Hansler contributed to this report')).toEqual([
      'Kylie Atwood',
      'Jennifer Hansler',
    ]);
    expect(parseContributorLine('The Associated Press contributed reporting.')).toEqual([
      'The Associated Press',
    ]);
    expect(
      parseContributorLine('Officials said the deal had contributed to this report of progress.'),
    ).toBeUndefined();
  });

  it('takes a "By" line in the text for a sentence, not a byline', () => {
    const found = parts('Headline\n\nFirst paragraph.\n\nBy Jane Doe, Example News\n\nLast paragraph.');
    expect(found.authors).toEqual([]);
    expect(found.body.map((block) => block.text)).toContain('By Jane Doe, Example News');
  });

  it('makes a title from a first sentence that is too long to be one', () => {
    expect(titleFromFirstSentence('Talks resumed on Monday. Officials said little.')).toBe(
      'Talks resumed on Monday',
    );
    const long =
      'US and NATO officials believe Russian President Vladimir Putin has not backed off his original demands in peace talks with Ukraine and there is a heavy dose of skepticism in western capitals about how credible Moscow’s engagement truly is.';
    expect(titleFromFirstSentence(long)).toBe(
      'US and NATO officials believe Russian President Vladimir Putin has not backed off his original demands',
    );
    const title = titleFromFirstSentence(`${'Negotiators '.repeat(20)}met.`);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(121);
  });
});

describe('slugs', () => {
  it('joins the day, the outlet and the first words of the headline', () => {
    expect(
      articleSlug(
        '2022-03-20',
        'CNN',
        'US and NATO officials struggle to decipher status of negotiations between Russia and Ukraine',
      ),
    ).toBe('2022-03-20-cnn-us-and-nato-officials-struggle-to-decipher-status');
    expect(
      articleSlug('2022-03-11', 'CNN', 'No diplomatic off-ramp in sight for Russia’s war in Ukraine'),
    ).toBe('2022-03-11-cnn-no-diplomatic-off-ramp-in-sight-for-russias');
    expect(articleSlug('2022-03-29', 'The Hill', 'Ukraine-Russia talks: a deal of')).toBe(
      '2022-03-29-the-hill-ukraine-russia-talks-a-deal',
    );
    expect(outletSlug('Antiwar.com')).toBe('antiwar');
    expect(articleSlug('2022-03-29', 'Hürriyet', 'Erdoğan: İstanbul')).toBe(
      '2022-03-29-hurriyet-erdogan-istanbul',
    );
  });

  it('transliterates a headline or outlet in another script, so the slug still says what the story is', () => {
    expect(articleSlug('2022-03-29', 'ТАСС', 'Переговоры в Стамбуле')).toBe(
      '2022-03-29-tass-peregovory-v-stambule',
    );
    expect(articleSlug('2022-03-29', 'Καθημερινή', 'Διαπραγματεύσεις στην Κωνσταντινούπολη')).toBe(
      '2022-03-29-kathimerini-diapragmateyseis-stin-konstantinoypoli',
    );
    expect(articleSlug('2022-03-29', 'Українська правда', 'Зеленський: переговори')).toBe(
      '2022-03-29-ukrainska-pravda-zelenskiy-peregovori',
    );
    // Latin letters that do not decompose are spelt out rather than split words apart.
    expect(articleSlug('2022-03-29', 'Gazeta Wyborcza', 'Rozmowy w Łodzi, Straße')).toBe(
      '2022-03-29-gazeta-wyborcza-rozmowy-w-lodzi-strasse',
    );
    // Symbols and emoji are not words: they separate words, as before.
    expect(articleSlug('2022-03-29', 'CNN', 'Talks 🇺🇦 resume & €5bn pledged')).toBe(
      '2022-03-29-cnn-talks-resume-5bn-pledged',
    );
  });

  it('keeps slugs to 80 characters, cut at a word', () => {
    const slug = articleSlug(
      '2022-03-29',
      'The Extraordinarily Long Name Of A Newspaper',
      'Negotiations continue between delegations tomorrow',
    );
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^2022-03-29-the-extraordinarily-long-name-of-a-newspaper-[a-z-]+[a-z]$/u);
  });
});

describe('reading the bytes of a copy', () => {
  it('reads UTF-8 with or without a byte-order mark, and Windows line ends', () => {
    expect(decodeArticleBytes(Buffer.from('\uFEFFHeadline\r\nText.\r\n'), 'a.txt')).toEqual({
      text: 'Headline\nText.\n',
      format: 'plain-text',
    });
  });

  it('reads UTF-16 with a byte-order mark, little- or big-endian', () => {
    const text = 'Переговоры “resume” 🕊️\r\nText.\r\n';
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const bigEndian = Buffer.from(littleEndian).swap16();
    for (const bytes of [littleEndian, bigEndian]) {
      expect(decodeArticleBytes(bytes, 'a.txt')).toEqual({
        text: 'Переговоры “resume” 🕊️\nText.\n',
        format: 'plain-text',
      });
    }
    const page = Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from('<!doctype html><p>Text</p>', 'utf16le').swap16(),
    ]);
    expect(decodeArticleBytes(page, 'copy.txt').format).toBe('html');
  });

  it('recognises HTML by its name or its first tag', () => {
    expect(decodeArticleBytes(Buffer.from('<p>Text</p>'), 'page.htm').format).toBe('html');
    expect(decodeArticleBytes(Buffer.from('  <!DOCTYPE html><p>Text</p>'), 'copy.txt').format).toBe('html');
    expect(decodeArticleBytes(Buffer.from('<p> is a tag, the story said.'), 'copy.txt').format).toBe(
      'plain-text',
    );
  });
});
