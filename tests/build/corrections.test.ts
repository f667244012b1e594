/**
 * The editor's corrections through a whole build (issue 24): a copy of
 * `content/` with a corrections file that corrects a speaker, a date, a
 * mention and a "not a quote"; the pages and the open data follow. A bad
 * entry stops the build with one line naming the file, the entry and the field.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/astro';
import { projectRoot } from '../helpers/paths';

const antiwar = '2022-03-16-antiwar-russia-ukraine-signal-progress-in-negotiations';
const hill = '2022-03-29-the-hill-peace-talks-fraught-with-uncertainty';
const cnn20 = '2022-03-20-cnn-us-and-nato-officials-struggle-to-decipher-negotiations';

/** A copy of the real content with a corrections file. */
function contentWithCorrections(yaml: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'talks-corrections-')), 'content');
  cpSync(join(projectRoot, 'content'), dir, { recursive: true });
  writeFileSync(join(dir, 'corrections.yaml'), yaml);
  return dir;
}

const CORRECTIONS = `
- article: ${hill}
  paragraph: p-5
  quote: this is a repositioning
  speaker: antony-blinken
  reason: Said at the State Department <b>briefing</b>, not the Pentagon's.
- article: ${antiwar}
  paragraph: p-1
  date: On Wednesday
  value: 2022-03-10
  reason: Lavrov spoke in Antalya.
- article: ${cnn20}
  paragraph: p-15
  mention: Turkish newspaper
  party: null
  reason: The newspaper is Turkish; Turkey says nothing here.
- article: ${hill}
  paragraph: p-21
  quote: seen by many as one of the most important
  speaker: null
  reason: A phrase the article borrows, nobody's statement.
`;

let outDir = '';
let output = '';
beforeAll(() => {
  const build = runAstro('build', contentWithCorrections(CORRECTIONS));
  if (build.status !== 0) throw new Error(`the corrected site did not build:\n${build.output}`);
  outDir = build.outDir;
  output = build.output;
}, 300_000);

const page = (path: string) =>
  unified()
    .use(rehypeParse)
    .parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
const json = <T>(name: string) =>
  JSON.parse(readFileSync(join(outDir, 'data', `${name}.json`), 'utf8')) as T[];

describe('a site built with corrections', () => {
  it('moves a corrected speaker’s quote to the right person’s page, saying it was corrected', () => {
    const quote = 'We believe this is a repositioning, not a real withdrawal,';
    // Kirby's page still lists the sentence among his mentions: it names him.
    expect(selectAll('.quote-list li', page('people/john-kirby')).map((li) => toString(li))).toEqual([]);
    const blinken = page('people/antony-blinken');
    const item = selectAll('.quote-list li', blinken).find((li) => toString(li).includes(quote));
    expect(item && toString(item)).toContain('corrected by the editor');
    // The reason is the editor's text, shown as text: its markup never becomes an element.
    expect(item && toString(item)).toContain('<b>briefing</b>');
    expect(item && select('b', item)).toBeUndefined();
  });

  it('moves a paragraph with a corrected date to the round of that day', () => {
    const cites = (round: string) =>
      selectAll('a', page(`rounds/${round}`)).some((a) =>
        String(a.properties['href']).startsWith(`/articles/${antiwar}/#p-1`),
      );
    expect(cites('2022-03-10-antalya')).toBe(true);
    const rounds = json<{ id: string; paragraphs: { article: string; paragraph: string }[] }>('rounds');
    const linked = (id: string) =>
      rounds
        .find((round) => round.id === id)
        ?.paragraphs.some((p) => p.article === antiwar && p.paragraph === 'p-1');
    expect(linked('2022-03-10-antalya')).toBe(true);
    expect(linked('2022-03-14-video-link')).toBe(false);
  });

  it('marks the corrected date in the article, described by the article’s list of corrections', () => {
    const article = page(`articles/${antiwar}`);
    const date = select('#p-1 .corrected', article);
    expect(date?.tagName).toBe('time');
    expect(date?.properties['dateTime']).toBe('2022-03-10');
    expect(String(date?.properties['dataCorrection'])).toBe(
      'Corrected by the editor: Lavrov spoke in Antalya.',
    );
    const describedBy = date?.properties['ariaDescribedBy'] ?? [];
    const entry = select(`#${describedBy.at(-1) ?? 'none'}`, article);
    expect(entry && toString(entry)).toMatch(
      /Paragraph 1, On Wednesday: the date was 2022-03-16, corrected by the editor to 2022-03-10\. Lavrov spoke in Antalya\./u,
    );
    // The article's text is unchanged.
    expect(toString(select('#p-1', article) ?? article)).not.toContain('Corrected');
  });

  it('lists every correction on its article page', () => {
    const items = selectAll('.article-corrections li', page(`articles/${hill}`)).map((li) => toString(li));
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('who speaks was John Kirby, corrected by the editor to Antony Blinken');
    expect(items[1]).toContain('who speaks was Thomas Pickering, corrected by the editor to nobody’s words');
    const cnn = selectAll('.article-corrections li', page(`articles/${cnn20}`)).map((li) => toString(li));
    expect(cnn).toEqual([
      expect.stringContaining(
        'who or what is named was Turkey (party), corrected by the editor to no mention',
      ),
    ]);
  });

  it('publishes the corrected facts with source "editor", and takes out what is no fact', () => {
    type Quote = {
      article: string;
      paragraph: string;
      speaker: string | null;
      speakerKind: string | null;
      source: string;
    };
    const quotes = json<Quote>('quotes');
    expect(
      quotes
        .filter((quote) => quote.source === 'editor')
        .map(({ paragraph, speaker, speakerKind }) => ({ paragraph, speaker, speakerKind })),
    ).toEqual([
      { paragraph: 'p-5', speaker: 'antony-blinken', speakerKind: 'person' },
      { paragraph: 'p-21', speaker: null, speakerKind: null },
    ]);
    expect(quotes.every((quote) => quote.source === 'editor' || quote.source === 'compiler')).toBe(true);
    const dates = json<{ article: string; paragraph: string; value: string; source: string }>('dates');
    expect(dates.filter((date) => date.source === 'editor')).toEqual([
      expect.objectContaining({ article: antiwar, paragraph: 'p-1', value: '2022-03-10' }),
    ]);
    const mentions = json<{ article: string; paragraph: string; text: string }>('mentions');
    expect(
      mentions.filter((m) => m.article === cnn20 && m.paragraph === 'p-15' && m.text === 'Turkish'),
    ).toEqual([]);
  });

  it('counts the corrections by kind on /data/', () => {
    expect(toString(select('#correction-counts', page('data')) ?? page('data'))).toContain(
      'The editor corrected 4 facts (quotes 2, dates 1, mentions 1, contacts 0) that the compiler got wrong, in 3 articles.',
    );
  });

  it('says nothing needs warning when every correction changed a fact', () => {
    expect(output).not.toContain('no longer needed');
  });
});

describe('a bad correction stops the build', { timeout: 120_000 }, () => {
  it('names the file, the entry and the field when the words are not in the paragraph, on one line', () => {
    const { status, output: said } = runAstro(
      'sync',
      contentWithCorrections(`
- article: ${hill}
  paragraph: p-5
  quote: this is a withdrawal in disguise
  speaker: john-kirby
  reason: Words that are not there.
`),
    );
    expect(status).not.toBe(0);
    expect(said).toContain(
      `content/corrections.yaml: entry 1 (${hill} p-5), quote: “this is a withdrawal in disguise” is not in p-5 of ${hill}. Closest passage: p-5:`,
    );
    expect(said).not.toContain('Stack trace');
    expect(said).not.toMatch(/content has \d+ problem/u);
  });
});
