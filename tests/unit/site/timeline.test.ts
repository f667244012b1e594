import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../src/lib/compile/model';
import {
  availableFilters,
  buildTimeline,
  compareTimelineEntries,
  filterPath,
  matchesFilter,
  whereTalksStand,
  type TimelineEntry,
} from '../../../src/lib/site/timeline';
import { corpus, slugStartingWith } from '../../helpers/corpus';

const { model, articles, knowledge } = corpus();
const timeline = buildTimeline(model);

function entry(overrides: Partial<TimelineEntry>): TimelineEntry {
  return {
    id: 'x',
    kind: 'statement',
    start: '2022-03-10',
    end: '2022-03-10',
    precision: 'day',
    title: '',
    parties: [],
    text: '',
    citations: [],
    countClaims: [],
    ...overrides,
  };
}

describe('the timeline', () => {
  it('orders by date, then the more precise date first, then rounds before contacts', () => {
    const week = entry({ id: 'week', start: '2022-03-07', end: '2022-03-13', precision: 'week' });
    const day = entry({ id: 'day', start: '2022-03-07' });
    const round = entry({ id: 'round', kind: 'round', start: '2022-03-07' });
    const earlier = entry({ id: 'earlier', start: '2022-03-06' });
    expect([week, day, round, earlier].sort(compareTimelineEntries).map(({ id }) => id)).toEqual([
      'earlier',
      'round',
      'day',
      'week',
    ]);
  });

  it('holds every round and the contacts the compiler found, in order', () => {
    expect(timeline.filter((item) => item.kind === 'round').map((item) => item.id)).toEqual(
      model.rounds.map((round) => round.id),
    );
    expect(timeline.filter((item) => item.kind !== 'round').length).toBe(model.contacts.length);
    expect([...timeline].sort(compareTimelineEntries)).toEqual(timeline);
  });

  it('shows calls and meetings the articles report, each cited', () => {
    const macron = timeline.find((item) => item.id.startsWith('2022-03-10-call-emmanuel-macron'));
    expect(macron?.parties).toEqual(expect.arrayContaining(['france', 'germany', 'russia']));
    expect(macron?.citations[0]?.url).toMatch(/^\/articles\/2022-03-11-cnn[^#]+#p-\d+$/u);
    const erdogan = timeline.find((item) => item.kind === 'call' && item.start === '2022-03-17');
    expect(erdogan?.title).toContain('Vladimir Putin');
    expect(timeline.find((item) => item.kind === 'visit')?.precision).toBe('week');
  });

  it('sets no disagreement between counts of different things (in person in Belarus against all rounds)', () => {
    // Antiwar.com's "met in person three times in Belarus" and CNN's "met four times" are both right.
    expect(timeline.flatMap((item) => item.countClaims)).toEqual([]);
  });

  it('says where the sources disagree on a count of the same thing, citing each story once', () => {
    const hill = slugStartingWith('2022-03-29-the-hill');
    const extra = {
      article: hill,
      paragraphId: 'p-1',
      statement: { count: 5, sentence: 'They have met five times.', scope: 'all meetings' },
    };
    const claims = buildTimeline({ ...model, countStatements: [...model.countStatements, extra] }).flatMap(
      (item) => item.countClaims.map((claim) => `${item.id} ${claim.count} ${claim.citation.article}`),
    );
    expect(claims.sort()).toEqual(
      [
        `2022-03-14-video-link 4 ${slugStartingWith('2022-03-20-cnn-us')}`,
        `2022-03-29-istanbul 5 ${hill}`,
      ].sort(),
    );
  });

  it('offers filters by format and party that each keep only matching entries', () => {
    const filters = availableFilters(timeline);
    expect(filters.map(filterPath)).toEqual(
      expect.arrayContaining(['/timeline/video-link/', '/timeline/party/turkey/']),
    );
    for (const filter of filters) {
      const kept = timeline.filter((item) => matchesFilter(item, filter));
      expect(kept.length, filterPath(filter)).toBeGreaterThan(0);
    }
    expect(
      timeline
        .filter((item) => matchesFilter(item, { type: 'format', format: 'video-link' }))
        .map((item) => item.id),
    ).toEqual(['2022-03-14-video-link']);
  });

  it('keeps round slugs and contact anchors when an article is added', () => {
    const template = articles.find((article) => article.slug === slugStartingWith('2022-03-11-cnn'));
    if (!template) throw new Error('no template article');
    const added = {
      slug: '2022-03-12-wire-another-call',
      data: {
        ...template.data,
        title: 'Another call',
        published: { ...template.data.published, date: '2022-03-12' },
      },
      body: 'On Thursday, French President Emmanuel Macron held a phone call with Putin and Zelensky.',
    };
    const grown = buildTimeline(compileModel([...articles, added], knowledge)).map((item) => item.id);
    expect(timeline.map((item) => item.id).filter((id) => !grown.includes(id))).toEqual([]);
    expect(grown.length).toBeGreaterThan(timeline.length);
  });

  it('sums up where the talks stand for each negotiating party', () => {
    const stand = whereTalksStand(model);
    expect(stand.map(({ party }) => party)).toEqual(['russia', 'ukraine']);
    const russia = stand.find(({ party }) => party === 'russia');
    expect(russia?.demands.find((demand) => demand.id === 'denazification')?.currentStatus).toBe('dropped');
  });
});
