import rss from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import type { TalksModel } from '../../../src/lib/compile/model';
import { feedItems } from '../../../src/lib/site/feed';
import { corpus } from '../../helpers/corpus';

/** feed.xml as src/pages/feed.xml.ts writes it, for a model. */
async function feedXml(model: TalksModel): Promise<string> {
  const response = await rss({
    title: 'Talks Tracker',
    description: 'Test feed',
    site: 'https://talks-tracker.example.org/',
    items: feedItems(model),
  });
  return response.text();
}

/** Any character XML 1.0 does not allow in a document, escaped or not. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('feed.xml', () => {
  it('is well-formed XML 1.0 with an item for every article and round', async () => {
    const { model } = corpus();
    const xml = await feedXml(model);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(NOT_XML);
    const feed = new XMLParser().parse(xml) as { rss: { channel: { item: unknown[] } } };
    const items = feed.rss.channel.item;
    expect(items).toHaveLength(model.articles.length + model.rounds.length);
  });

  it('stays XML when a title or summary holds a control character or a non-character', async () => {
    const { model } = corpus();
    const [round, ...rest] = model.rounds;
    if (round === undefined) throw new Error('the corpus has no round');
    const hostile: TalksModel = {
      ...model,
      rounds: [
        { ...round, title: 'Talks\u0007 resume\u001B[31m', summary: 'Bell\u0000 and \uFFFF end' },
        ...rest,
      ],
    };
    const xml = await feedXml(hostile);
    expect(xml).not.toMatch(NOT_XML);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).toContain('Round: Talks resume[31m');
    expect(xml).toContain('Bell and  end');
  });
});
