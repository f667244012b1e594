import type { APIRoute, GetStaticPaths } from 'astro';
import { model } from '../../../data/model';
import { pageCacheKey } from '../../../lib/site/cache-key';
import {
  cardFontsDigest,
  loadCardFonts,
  roundCardFor,
  roundCardPng,
  type RoundCard,
} from '../../../lib/site/round-card';

const fonts = loadCardFonts();
const fontsDigest = cardFontsDigest(fonts);

/**
 * Each round's share image (`og:image` of its page). An incremental build
 * copies a card from the last build while what it shows and the fonts are unchanged.
 */
export const getStaticPaths = (() =>
  model.rounds.map((round) => {
    const card = roundCardFor(round, model);
    return { params: { slug: round.id }, props: { card }, cacheKey: pageCacheKey(card, fontsDigest) };
  })) satisfies GetStaticPaths;

interface Props {
  card: RoundCard;
}

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await roundCardPng(props.card, fonts), { headers: { 'content-type': 'image/png' } });
