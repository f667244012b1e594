import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { readBuiltPage } from '../helpers/built-site';
import { distDir } from '../helpers/paths';
import { pngSize } from '../helpers/png';

/** The rounds the built site publishes, from its own rounds.json. */
const rounds = (
  JSON.parse(readFileSync(join(distDir, 'rounds.json'), 'utf8')) as {
    rounds: { slug: string; url: string; title: string }[];
  }
).rounds;

/** The `content` of a `<meta>` in the page's head, by its `property` or `name`. */
function meta(page: Root, key: string): string | undefined {
  const element = select(`head meta[property="${key}"], head meta[name="${key}"]`, page);
  const content = element?.properties['content'];
  return typeof content === 'string' ? content : undefined;
}

describe('every round page shares with its own card', () => {
  it('publishes rounds to check', () => {
    expect(rounds.length).toBeGreaterThan(0);
  });

  it.each(rounds.map((round) => [round.slug, round] as const))(
    '%s: og:image is the absolute URL of a 1200×630 PNG in dist',
    (slug, round) => {
      const page = readBuiltPage(`/rounds/${slug}/`);
      const image = meta(page, 'og:image');
      expect(image).toBe(new URL('og.png', round.url).href);
      // The absolute URL names a file of the built site: the same origin, a path that exists.
      const url = new URL(image ?? '');
      expect(url.origin).toBe(new URL(round.url).origin);
      const file = join(distDir, decodeURIComponent(url.pathname));
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
      expect(meta(page, 'og:image:width')).toBe('1200');
      expect(meta(page, 'og:image:height')).toBe('630');
      expect(meta(page, 'og:image:alt')).toContain(round.title);
      expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    },
  );

  it('leaves pages without a card as small summaries, with no og:image', () => {
    for (const path of ['/', '/rounds/', '/about/']) {
      const page = readBuiltPage(path);
      expect(meta(page, 'og:image'), path).toBeUndefined();
      expect(meta(page, 'twitter:card'), path).toBe('summary');
    }
  });
});
