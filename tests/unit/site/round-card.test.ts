import { describe, expect, it } from 'vitest';
import {
  loadCardFonts,
  ROUND_CARD_SIZE,
  roundCardAlt,
  roundCardFor,
  roundCardPath,
  roundCardPng,
  roundCardSvg,
  roundCardTree,
  type CardElement,
  type RoundCard,
} from '../../../src/lib/site/round-card';
import { corpus } from '../../helpers/corpus';
import { pngSize } from '../../helpers/png';

const { model } = corpus();
const fonts = loadCardFonts();

function round(id: string) {
  const found = model.rounds.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no round ${id} in the corpus`);
  return found;
}

/** Every text of the card's element tree, in order: what satori will draw. */
function texts(element: CardElement): string[] {
  const { children } = element.props;
  return typeof children === 'string' ? [children] : children.flatMap(texts);
}

describe('a round’s share card', () => {
  it('says what the round page says: title, dates in UTC, place with the place it lies in, parties', () => {
    expect(roundCardFor(round('2022-03-29-istanbul'), model)).toEqual({
      siteName: 'Talks Tracker',
      sequenceLabel: '5th round',
      title: 'Fifth round, Istanbul',
      dates: '29 March 2022',
      place: 'Dolmabahçe Palace, Istanbul',
      parties: ['Russia', 'Ukraine', 'Turkey'],
    });
    // The tests run in Pacific/Kiritimati (UTC+14): a local-time format would shift these days.
    const video = roundCardFor(round('2022-03-14-video-link'), model);
    expect(video.dates).toBe('14–28 March 2022');
    expect(video.place).toBe('No single place');
    expect(roundCardFor(round('2022-03-10-antalya'), model).sequenceLabel).toBe('Foreign ministers');
  });

  it('lays out the site name, title, dates, place and parties', () => {
    const card = roundCardFor(round('2022-02-28-gomel-region'), model);
    expect(texts(roundCardTree(card))).toEqual([
      'Talks Tracker',
      '1st round',
      'First round, Gomel region',
      'When',
      '28 February 2022',
      'Where',
      'Gomel region, Belarus',
      'Parties',
      'Russia, Ukraine, Belarus',
    ]);
  });

  it('tells in words what the image shows, for og:image:alt', () => {
    const card = roundCardFor(round('2022-03-29-istanbul'), model);
    expect(roundCardAlt(card)).toBe(
      'Talks Tracker: 5th round, Fifth round, Istanbul. 29 March 2022, Dolmabahçe Palace, Istanbul. Parties: Russia, Ukraine, Turkey.',
    );
    expect(roundCardPath('2022-03-29-istanbul')).toBe('/rounds/2022-03-29-istanbul/og.png');
  });

  it('renders a 1200×630 PNG whose pixels depend on the text', async () => {
    const card = roundCardFor(round('2022-03-29-istanbul'), model);
    const png = await roundCardPng(card, fonts);
    expect(pngSize(png)).toEqual(ROUND_CARD_SIZE);
    const retitled: RoundCard = { ...card, title: 'Sixth round, Istanbul' };
    expect(Buffer.from(await roundCardPng(retitled, fonts)).equals(Buffer.from(png))).toBe(false);
    expect(Buffer.from(await roundCardPng(card, fonts)).equals(Buffer.from(png))).toBe(true);
  });

  it('draws a long title and a long list of parties inside the canvas', async () => {
    const card: RoundCard = {
      ...roundCardFor(round('2022-03-29-istanbul'), model),
      title: 'A meeting whose title runs on '.repeat(8),
      parties: model.parties.map((party) => party.name),
    };
    const svg = await roundCardSvg(card, fonts);
    expect(svg).toMatch(/^<svg width="1200" height="630" viewBox="0 0 1200 630"/u);
    // Satori clips overflowing boxes to their own size: a card that grew would clip at a larger one.
    const clips = [
      ...svg.matchAll(
        /<clipPath id="[^"]+"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/gu,
      ),
    ];
    expect(clips.length).toBeGreaterThan(0);
    for (const [, x, y, width, height] of clips) {
      expect(Number(x) + Number(width)).toBeLessThanOrEqual(1200);
      expect(Number(y) + Number(height)).toBeLessThanOrEqual(630);
    }
  });
});
