import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { RoundRecord, TalksModel } from '../compile/model';
import { formatDayRange } from './dates';
import { roundPlaceName, roundSequenceLabel } from './round-page';

/** The size link previews ask for (Open Graph's 1.91:1), in pixels. */
export const ROUND_CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a round's share image shows, in the words its page uses. */
export interface RoundCard {
  siteName: string;
  /** "4th round", or the format of a meeting outside the numbered rounds. */
  sequenceLabel: string;
  title: string;
  /** "29–30 March 2022", formatted in UTC like every date on the site. */
  dates: string;
  /** "Gomel region, Belarus", or "No single place" as the round page says. */
  place: string;
  /** The parties' names, in the round's order. */
  parties: string[];
}

/** The card for a round: its page's title, dates, place and parties, and the site's name. */
export function roundCardFor(round: RoundRecord, model: TalksModel): RoundCard {
  return {
    siteName: 'Talks Tracker',
    sequenceLabel: roundSequenceLabel(round),
    title: round.title,
    dates: formatDayRange(round.start, round.lastDay),
    place: roundPlaceName(round, model.places) ?? 'No single place',
    parties: round.parties.map((id) => model.parties.find((party) => party.id === id)?.name ?? id),
  };
}

/** The card in words, for `og:image:alt`: what a reader who cannot see the image is told it shows. */
export function roundCardAlt(card: RoundCard): string {
  return `${card.siteName}: ${card.sequenceLabel}, ${card.title}. ${card.dates}, ${card.place}. Parties: ${card.parties.join(', ')}.`;
}

/** The site's URL for a round's card, beside its page. */
export function roundCardPath(roundId: string): string {
  return `/rounds/${roundId}/og.png`;
}

/** An element of satori's tree: what JSX would build, written as plain objects (satori reads only `type` and `props`). */
export interface CardElement {
  type: 'div';
  props: { style: Record<string, string | number>; children: string | CardElement[] };
}

function box(style: Record<string, string | number>, children: string | CardElement[]): CardElement {
  return { type: 'div', props: { style, children } };
}

// The site's light palette (src/styles/global.css): a card is one picture, so it takes one scheme.
const COLOURS = {
  text: '#1b1b1f',
  muted: '#55575f',
  background: '#fdfdfc',
  surface: '#f1f1ee',
  accent: '#0b5cad',
};

function factRow(label: string, value: string): CardElement {
  return box({ display: 'flex', alignItems: 'baseline', gap: 24 }, [
    box({ width: 150, flexShrink: 0, fontSize: 28, color: COLOURS.muted }, label),
    // One line each: a long list of parties ends in an ellipsis rather than pushing the card's layout.
    box({ flex: 1, fontSize: 36, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }, value),
  ]);
}

/** The card's layout as satori's element tree: site and sequence on top, the title, then when, where and who. */
export function roundCardTree(card: RoundCard): CardElement {
  return box(
    {
      ...ROUND_CARD_SIZE,
      // Satori's default is content-box: padding and border would grow the card past the canvas.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px 56px 64px',
      borderLeft: `16px solid ${COLOURS.accent}`,
      background: COLOURS.background,
      color: COLOURS.text,
      fontFamily: 'DejaVu Sans',
    },
    [
      box({ display: 'flex', justifyContent: 'space-between', fontSize: 30 }, [
        box({ fontWeight: 700, color: COLOURS.accent }, card.siteName),
        box({ color: COLOURS.muted }, card.sequenceLabel),
      ]),
      // Three lines at most: a longer title is cut with an ellipsis rather than crowding out the facts.
      box({ display: 'block', fontSize: 64, fontWeight: 700, lineHeight: 1.15, lineClamp: 3 }, card.title),
      box(
        {
          display: 'flex',
          flexDirection: 'column',
          gap: 12,
          paddingTop: 28,
          borderTop: `3px solid ${COLOURS.surface}`,
        },
        [
          factRow('When', card.dates),
          factRow('Where', card.place),
          factRow('Parties', card.parties.join(', ')),
        ],
      ),
    ],
  );
}

/** A font satori draws the card's text with. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/**
 * DejaVu Sans, regular and bold, from the repository (src/assets/fonts/, with
 * its licence), so every machine draws the same card whatever fonts it has.
 * Read from the project folder: builds and tests run there (see content-root.ts).
 */
export function loadCardFonts(folder = join(process.cwd(), 'src/assets/fonts')): CardFont[] {
  return [
    { name: 'DejaVu Sans', data: readFileSync(join(folder, 'DejaVuSans.ttf')), weight: 400, style: 'normal' },
    {
      name: 'DejaVu Sans',
      data: readFileSync(join(folder, 'DejaVuSans-Bold.ttf')),
      weight: 700,
      style: 'normal',
    },
  ];
}

/** A digest of the fonts' files, for the cards' cache key: Astro hashes the route's code, not files it reads. */
export function cardFontsDigest(fonts: readonly CardFont[]): string {
  const hash = createHash('sha256');
  for (const font of fonts) hash.update(font.data);
  return hash.digest('base64url');
}

/** The card as SVG; satori draws the text as paths, so the SVG needs no font to show. */
export function roundCardSvg(card: RoundCard, fonts: CardFont[]): Promise<string> {
  return satori(roundCardTree(card), { ...ROUND_CARD_SIZE, fonts });
}

/** The card as a PNG of ROUND_CARD_SIZE: what link previews load (few of them read SVG). */
export async function roundCardPng(card: RoundCard, fonts: CardFont[]): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await roundCardSvg(card, fonts);
  // No system fonts: the text is already paths, and the PNG must not depend on the machine.
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  // A copy on an ArrayBuffer of its own, which a Response body accepts (a Buffer may share a pool).
  return new Uint8Array(png);
}
