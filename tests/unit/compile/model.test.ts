import { describe, expect, it } from 'vitest';
import { corpus, slugStartingWith } from '../../helpers/corpus';

const { model, knowledge } = corpus();

describe('the model of the five articles', () => {
  it('gives every paragraph of every article its anchor, in order', () => {
    for (const article of model.articles) {
      expect(
        article.paragraphs.map((paragraph) => paragraph.id),
        article.slug,
      ).toEqual(article.paragraphs.map((_, index) => `p-${index + 1}`));
    }
  });

  it('mentions or credits every person in content/people.yaml, or names them in a round', () => {
    const unaccounted = model.people.filter(
      (person) => person.mentions.length === 0 && person.bylines.length === 0 && person.rounds.length === 0,
    );
    expect(unaccounted.map((person) => person.id)).toEqual([]);
  });

  it('lists each sentence that names a person once on their page, however often it names them', () => {
    for (const person of model.people) {
      const keys = person.mentions.map(
        (mention) => `${mention.article}#${mention.paragraphId}: ${mention.sentence}`,
      );
      expect(new Set(keys).size, person.id).toBe(keys.length);
    }
    // "Sergey Lavrov weighed in … ,” said Lavrov.": one sentence, two mentions, one entry.
    const live = slugStartingWith('2022-03-20-cnn-live');
    const lavrov = model.people.find((person) => person.id === 'sergey-lavrov');
    const inParagraph = lavrov?.mentions.filter(
      (mention) => mention.article === live && mention.paragraphId === 'p-5',
    );
    expect(inParagraph).toHaveLength(1);
    const paragraph = model.articles
      .find((article) => article.slug === live)
      ?.paragraphs.find((p) => p.id === 'p-5');
    expect(paragraph?.mentions.filter((mention) => mention.id === 'sergey-lavrov').length).toBeGreaterThan(1);
  });

  it('credits the reporters as reporters, from the bylines', () => {
    const cohen = model.people.find((person) => person.id === 'zachary-cohen');
    expect(cohen?.roles.every((role) => role.kind === 'reporter')).toBe(true);
    expect(cohen?.bylines.sort()).toEqual(
      [slugStartingWith('2022-03-20-cnn-us'), slugStartingWith('2022-03-20-cnn-live')].sort(),
    );
  });

  it('cites every demand step and every round fact to a paragraph that holds the quote', () => {
    const citations = [
      ...model.demands.flatMap((demand) => demand.history.map((step) => step.citation)),
      ...model.rounds.flatMap((round) =>
        round.sourcedFacts.flatMap((fact) => ('citation' in fact ? [fact.citation] : [])),
      ),
    ];
    expect(citations.length).toBeGreaterThan(20);
    for (const citation of citations) {
      const paragraph = model.articles
        .find((article) => article.slug === citation.article)
        ?.paragraphs.find((candidate) => candidate.id === citation.paragraphId);
      expect(paragraph?.text, citation.url).toContain(citation.quote);
      expect(citation.url).toBe(`/articles/${citation.article}/#${citation.paragraphId}`);
      expect(citation.highlightUrl.startsWith(`${citation.url}:~:text=`)).toBe(true);
    }
    for (const demand of model.demands) expect(demand.history.length, demand.id).toBeGreaterThan(0);
  });

  it('finds each of Kalin’s six points as a Russian demand in the 20 March CNN article', () => {
    const article = model.articles.find(
      (candidate) => candidate.slug === slugStartingWith('2022-03-20-cnn-us'),
    );
    const kalinParagraphs = article?.paragraphs.filter((paragraph) =>
      paragraph.mentions.some((mention) => mention.id === 'ibrahim-kalin'),
    );
    const found = new Set(kalinParagraphs?.flatMap((paragraph) => paragraph.demands));
    const russian = model.demands
      .filter((demand) => demand.parties.includes('russia'))
      .map((demand) => demand.id);
    for (const point of [
      'neutrality',
      'demilitarisation',
      'denazification',
      'russian-language',
      'crimea',
      'donbas',
    ]) {
      expect(russian).toContain(point);
      expect(found.has(point), point).toBe(true);
    }
  });

  it('shows the three points reported dropped as dropped, and Crimea and the Donbas as still open', () => {
    const status = (id: string) => model.demands.find((demand) => demand.id === id)?.currentStatus;
    expect(status('demilitarisation')).toBe('dropped');
    expect(status('denazification')).toBe('dropped');
    expect(status('russian-language')).toBe('dropped');
    expect(status('crimea')).not.toBe('dropped');
    expect(status('donbas')).not.toBe('dropped');
  });

  it('orders each demand’s history by date', () => {
    for (const demand of model.demands) {
      const dates = demand.history.map((step) => step.date);
      expect(dates, demand.id).toEqual([...dates].sort());
    }
  });

  it('resolves publication days in the outlet’s zone, and relative dates against them', () => {
    const live = model.articles.find((article) => article.slug === slugStartingWith('2022-03-20-cnn-live'));
    expect(live?.publishedDay).toBe('2022-03-20');
    const sunday = live?.paragraphs
      .flatMap((paragraph) => paragraph.dates)
      .find((date) => date.phrase === 'Sunday morning');
    expect(sunday).toMatchObject({ start: '2022-03-20', precision: 'day' });
  });

  it('ends the ongoing video-link talks the day before the next round', () => {
    expect(model.rounds.find((round) => round.id === '2022-03-14-video-link')?.lastDay).toBe('2022-03-28');
  });

  it('keeps every round in content/rounds.yaml, in date order', () => {
    expect(model.rounds.map((round) => round.id)).toEqual(knowledge.rounds.map((round) => round.id).sort());
  });
});
