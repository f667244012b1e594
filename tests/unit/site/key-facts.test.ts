import { describe, expect, it } from 'vitest';
import { roundKeyFacts } from '../../../src/lib/site/key-facts';
import { partyColourClass, PARTY_COLOUR_COUNT } from '../../../src/lib/site/parties';
import { currentStatusCounts, demandStanding, whereTalksStand } from '../../../src/lib/site/timeline';
import type { ResolvedCitation } from '../../../src/lib/compile/model';
import { corpus } from '../../helpers/corpus';

const { model } = corpus();
const citation = (article: string, paragraphId = 'p-1'): ResolvedCitation => ({
  article,
  paragraphId,
  quote: 'the words',
  url: `/articles/${article}/#${paragraphId}`,
  highlightUrl: `/articles/${article}/#${paragraphId}:~:text=the%20words`,
});

describe('a round’s key facts', () => {
  it('says its format, its place and how many articles its facts cite, each article once', () => {
    expect(
      roundKeyFacts({
        title: 'Fifth round',
        format: 'in-person',
        placeName: 'Istanbul',
        citations: [citation('a', 'p-1'), citation('a', 'p-4'), citation('b')],
      }),
    ).toEqual(['In person', 'Istanbul', '2 articles cited']);
  });

  it('leaves out a place its title names, and says when only the editors’ sources state it', () => {
    expect(
      roundKeyFacts({
        title: 'First round, Gomel region',
        format: 'in-person',
        placeName: 'Gomel region',
        citations: [],
      }),
    ).toEqual(['In person', 'editors’ sources only']);
    expect(roundKeyFacts({ title: 'Talks', format: 'video-link', citations: [citation('a')] })).toEqual([
      'By video link',
      '1 article cited',
    ]);
  });
});

describe('where the talks stand, counted', () => {
  it('counts each party’s demands by their current status, every demand once', () => {
    for (const { demands } of whereTalksStand(model)) {
      const counts = currentStatusCounts(demands);
      expect(counts.reduce((sum, { count }) => sum + count, 0)).toBe(demands.length);
      for (const { status, count } of counts) {
        expect(count).toBeGreaterThan(0);
        expect(demands.filter((demand) => demand.currentStatus === status)).toHaveLength(count);
      }
    }
  });
});

describe('where a demand stands', () => {
  it('names who took its latest step when another party did, so no party is shown easing what another eased', () => {
    for (const demand of model.demands) {
      const latest = demand.history.at(-1);
      const standing = demandStanding(demand);
      expect(standing.status).toBe(latest?.status);
      if (latest?.by !== undefined && !demand.parties.includes(latest.by))
        expect(standing.by).toBe(latest.by);
      else expect(standing.by).toBeUndefined();
    }
    // content/demands.yaml: Ukraine, not Russia, eased on Russia's demand for neutrality (The Hill, 29 March).
    const neutrality = model.demands.find((demand) => demand.id === 'neutrality');
    expect(neutrality && demandStanding(neutrality)).toEqual({ status: 'eased', by: 'ukraine' });
    const russia = whereTalksStand(model).find(({ party }) => party === 'russia');
    expect(currentStatusCounts(russia?.demands ?? [])).toContainEqual({
      status: 'eased',
      by: 'ukraine',
      count: 1,
    });
  });
});

describe('party colours', () => {
  it('follow the order of content/parties.yaml, repeating after the last colour', () => {
    const parties = Array.from({ length: PARTY_COLOUR_COUNT + 2 }, (_, index) => ({ id: `p${index}` }));
    expect(partyColourClass(parties, 'p0')).toBe('party-1');
    expect(partyColourClass(parties, `p${PARTY_COLOUR_COUNT - 1}`)).toBe(`party-${PARTY_COLOUR_COUNT}`);
    expect(partyColourClass(parties, `p${PARTY_COLOUR_COUNT}`)).toBe('party-1');
    expect(partyColourClass(parties, 'unknown')).toBeUndefined();
  });
});
