import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { normaliseWhitespace, readBuiltPage } from '../helpers/built-site';
import { corpus, namedInArticleText } from '../helpers/corpus';
import { distDir } from '../helpers/paths';

const { model } = corpus();
const SITE = 'https://talks-tracker.example.org';

function meta(page: Root, key: string): string | undefined {
  const element = select(`meta[property="${key}"], meta[name="${key}"]`, page);
  const content = element?.properties['content'];
  return typeof content === 'string' ? content : undefined;
}

describe('the timeline page', () => {
  const home = readBuiltPage('');
  const entries = selectAll('ol.timeline > li', home);

  it('is an ordered list of entries, each with an id and a machine-readable date', () => {
    expect(entries.length).toBeGreaterThan(model.rounds.length);
    for (const entry of entries) {
      expect(entry.properties['id']).toEqual(expect.any(String));
      expect(select('time', entry)?.properties['dateTime']).toMatch(/^\d{4}-(?:\d{2}-\d{2}|W\d{2}|\d{2})$/u);
      expect(select('h3', entry)).toBeDefined();
    }
  });

  it('gives each round an entry on its month’s page that links to the round page', () => {
    for (const round of model.rounds) {
      const month = readBuiltPage(`timeline/${round.start.slice(0, 7)}/`);
      const entry = selectAll('ol.timeline > li', month).find(
        (candidate) => candidate.properties['id'] === round.id,
      );
      expect(select('h3 a', entry ?? month)?.properties['href'], round.id).toBe(`/rounds/${round.id}/`);
    }
  });

  it('shows the newest month, and keeps every round’s anchor on the home page', () => {
    const newest = model.rounds
      .map((round) => round.start.slice(0, 7))
      .sort()
      .at(-1);
    for (const entry of entries)
      expect(String(entry.properties['id'])).toMatch(new RegExp(`^${newest}-`, 'u'));
    for (const round of model.rounds) {
      const target = select(`[id="${round.id}"]`, home);
      expect(target, round.id).toBeDefined();
      expect(select('a', target ?? home)?.properties['href']).toBe(`/rounds/${round.id}/`);
    }
    expect(selectAll('nav.month-nav a', home).map((link) => link.properties['href'])).toEqual([
      '/timeline/2022-03/',
      '/timeline/2022-02/',
    ]);
  });

  it('sums up where the talks stand, linking each demand to its party page', () => {
    const links = selectAll('section[aria-labelledby="where-talks-stand"] a', home).map((link) =>
      String(link.properties['href']),
    );
    expect(links).toContain('/parties/russia/#denazification');
    expect(links).toContain('/parties/ukraine/#security-guarantees');
  });

  it('says who eased a demand when it was not the party that made it', () => {
    const summary = normaliseWhitespace(
      toString(select('section[aria-labelledby="where-talks-stand"]', home) ?? home),
    );
    expect(summary).toMatch(/Russia asks for \d+ things:.*1 eased by Ukraine/u);
    expect(summary).toContain("Eased by Ukraine Ukraine's neutrality");
    const russia = normaliseWhitespace(toString(readBuiltPage('parties/russia/')));
    expect(russia).toContain('Now: Eased by Ukraine');
  });

  it('offers filters as links to pages that keep only matching entries', () => {
    const filterLinks = selectAll('nav.filters a', home).map((link) => String(link.properties['href']));
    expect(filterLinks).toContain('/timeline/video-link/');
    const video = readBuiltPage('timeline/video-link/');
    expect(selectAll('ol.timeline > li', video).map((entry) => entry.properties['id'])).toEqual([
      '2022-03-14-video-link',
    ]);
    const turkey = readBuiltPage('timeline/party/turkey/');
    expect(selectAll('ol.timeline > li', turkey).map((entry) => entry.properties['id'])).toEqual(
      expect.arrayContaining(['2022-03-10-antalya', '2022-03-29-istanbul']),
    );
  });
});

describe('people the coverage names', () => {
  const personAt = (href: unknown) =>
    model.people.find((person) => href === `/people/${person.id}/`) ?? {
      id: String(href),
      name: '',
      aliases: [],
    };

  it('/people/ lists as named only people an article names, and the others apart, as named by the editors', () => {
    const page = readBuiltPage('people/');
    const named = selectAll('main ul:not(.named-by-editors) > li > a[href^="/people/"]', page);
    const editorsOnly = selectAll('main ul.named-by-editors > li > a[href^="/people/"]', page);
    expect(named.length).toBeGreaterThan(0);
    for (const link of named) {
      const person = personAt(link.properties['href']);
      expect(namedInArticleText(person), person.id).toBe(true);
    }
    expect(editorsOnly.length).toBeGreaterThan(0);
    for (const link of editorsOnly) {
      const person = personAt(link.properties['href']);
      expect(namedInArticleText(person), person.id).toBe(false);
    }
    expect(normaliseWhitespace(toString(page))).toContain('Named by the editors, not yet in any article');
  });

  it('a party page says someone is mentioned only when an article names them', () => {
    for (const party of model.parties) {
      const page = readBuiltPage(`parties/${party.id}/`);
      for (const link of selectAll('.person-quotes h3 a', page)) {
        const person = personAt(link.properties['href']);
        expect(namedInArticleText(person), `${party.id}: ${person.id}`).toBe(true);
      }
    }
  });
});

describe('a round page', () => {
  const page = readBuiltPage('rounds/2022-03-29-istanbul/');

  it('is ready to be shared: title, description, canonical URL, Open Graph and Twitter tags', () => {
    expect(toString(select('title', page) ?? page)).toBe('Fifth round, Istanbul · Talks Tracker');
    expect(meta(page, 'description')).toContain('Istanbul');
    expect(select('link[rel="canonical"]', page)?.properties['href']).toBe(
      `${SITE}/rounds/2022-03-29-istanbul/`,
    );
    expect(meta(page, 'og:title')).toBe('Fifth round, Istanbul');
    expect(meta(page, 'og:type')).toBe('article');
    expect(meta(page, 'og:url')).toBe(`${SITE}/rounds/2022-03-29-istanbul/`);
    expect(meta(page, 'og:image')).toBe(`${SITE}/rounds/2022-03-29-istanbul/og.png`);
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
  });

  it('describes the round as a schema.org Event in JSON-LD', () => {
    const json = toString(select('script[type="application/ld+json"]', page) ?? page);
    expect(JSON.parse(json)).toMatchObject({
      '@type': 'Event',
      startDate: '2022-03-29',
      location: { '@type': 'Place', name: 'Dolmabahçe Palace' },
    });
  });

  it('shows its dates, place, format, delegation heads and place in the sequence', () => {
    const header = normaliseWhitespace(toString(select('article > header', page) ?? page));
    expect(header).toContain('5th round');
    expect(header).toContain('29 March 2022');
    expect(header).toContain('Dolmabahçe Palace, Istanbul');
    expect(selectAll('article > header dd a', page).map((link) => link.properties['href'])).toContain(
      '/people/vladimir-medinsky/',
    );
    expect(select('a[rel="prev"]', page)?.properties['href']).toBe('/rounds/2022-03-14-video-link/');
  });

  it('shows the link to share, without JavaScript', () => {
    expect(toString(select('.copy-link code', page) ?? page)).toBe(`${SITE}/rounds/2022-03-29-istanbul/`);
  });

  it('links each source paragraph once, opening it with the passage highlighted', () => {
    const sources = selectAll('.source-paragraph', page);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      const links = selectAll('figcaption a', source);
      expect(links).toHaveLength(1);
      const [link] = links;
      const paragraphUrl = String(link?.properties['dataParagraphUrl']);
      expect(paragraphUrl).toMatch(/^\/articles\/[^#]+#p-\d+$/u);
      expect(String(link?.properties['href'])).toMatch(new RegExp(`^${paragraphUrl}:~:text=`, 'u'));
      expect(normaliseWhitespace(toString(link ?? page))).toMatch(
        /^Paragraph \d+, opens with the passage highlighted$/u,
      );
    }
  });

  it('gives its section headings anchors of their own', () => {
    for (const id of ['summary', 'on-the-table', 'sources', 'people']) {
      expect(select(`h2[id="${id}"] a[href="#${id}"]`, page), id).toBeDefined();
    }
  });
});

describe('a person page', () => {
  it("tells a mention in the shorter version of a story from the same day's fuller one", () => {
    const mentions = selectAll('ul.mentions > li', readBuiltPage('people/sergey-lavrov/'));
    const shorter = model.articles
      .filter((article) => article.versionOf !== undefined)
      .map((article) => article.slug);
    expect(shorter.length).toBeGreaterThan(0);
    const inShorter = (item: (typeof mentions)[number]) =>
      shorter.some((slug) => String(select('a', item)?.properties['href']).startsWith(`/articles/${slug}/`));
    expect(mentions.filter(inShorter).length).toBeGreaterThan(0);
    for (const item of mentions)
      expect(toString(item).includes('(shorter version of a story)'), toString(item)).toBe(inShorter(item));
  });
});

describe('data for other tools', () => {
  it('publishes every round as JSON with absolute URLs and citations', () => {
    const data = JSON.parse(readFileSync(join(distDir, 'rounds.json'), 'utf8')) as {
      rounds: { slug: string; url: string; start: string; citations: { url: string }[] }[];
    };
    expect(data.rounds.map((round) => round.slug)).toEqual(model.rounds.map((round) => round.id));
    for (const round of data.rounds) {
      expect(round.url).toBe(`${SITE}/rounds/${round.slug}/`);
      expect(round.citations.length).toBeGreaterThan(0);
      for (const citation of round.citations) expect(citation.url.startsWith(`${SITE}/articles/`)).toBe(true);
    }
  });

  it('publishes the calendar, a feed of articles and rounds, and a sitemap', () => {
    expect(readFileSync(join(distDir, 'rounds.ics'), 'utf8')).toContain('BEGIN:VCALENDAR');
    const feed = readFileSync(join(distDir, 'feed.xml'), 'utf8');
    expect(feed.match(/<item>/gu)?.length).toBe(model.articles.length + model.rounds.length);
    expect(feed).toContain(`${SITE}/rounds/2022-03-29-istanbul/`);
    expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(true);
    expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).toContain(
      `${SITE}/rounds/2022-03-29-istanbul/`,
    );
  });

  it('links the about page from every page’s footer', () => {
    expect(select('footer a[href="/about/"]', readBuiltPage('rounds/2022-03-10-antalya/'))).toBeDefined();
    expect(normaliseWhitespace(toString(readBuiltPage('about/')))).toContain('How dates are resolved');
  });
});

describe('the 404 page', () => {
  it('exists, offers search, and links to the timeline', () => {
    const page = readBuiltPage('404.html');
    expect(select('main form[action="/search/"] input[name="q"]', page)).toBeDefined();
    expect(select('main a[href="/"]', page)).toBeDefined();
  });
});
