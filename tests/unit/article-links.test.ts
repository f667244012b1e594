import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/lib/markdown/render-article';

const links = (markdown: string) =>
  selectAll(
    'a:not(.anchor-link)',
    unified().use(rehypeParse, { fragment: true }).parse(renderArticle(markdown).html),
  ).map((link) => ({ href: link.properties['href'] ?? null, text: toString(link) }));

describe("an article's links and images", () => {
  it('keep http(s) and mailto addresses', () => {
    expect(
      links('[wire](https://example.com/a) [old](http://example.com/b) [desk](mailto:desk@example.com)'),
    ).toEqual([
      { href: 'https://example.com/a', text: 'wire' },
      { href: 'http://example.com/b', text: 'old' },
      { href: 'mailto:desk@example.com', text: 'desk' },
    ]);
  });

  it('lose any other scheme, keeping their words', () => {
    for (const url of [
      'irc://irc.example.net/talks',
      'xmpp:desk@example.com',
      'javascript:alert(1)',
      'data:text/html,x',
    ])
      expect(links(`Join [the channel](${url}) now.`), url).toEqual([{ href: null, text: 'the channel' }]);
  });

  it('spell out a protocol-relative address as https', () => {
    expect(links('See [the host](//evil.example/path).')).toEqual([
      { href: 'https://evil.example/path', text: 'the host' },
    ]);
  });

  it('show an image from another site as a link to it, never loading it', () => {
    const html = renderArticle(
      'The map ![Front line on 10 March](https://cdn.example/map.png) shows it.',
    ).html;
    expect(html).not.toMatch(/<img/u);
    expect(links('![Front line on 10 March](https://cdn.example/map.png)')).toEqual([
      { href: 'https://cdn.example/map.png', text: 'Image: Front line on 10 March' },
    ]);
    expect(links('![](javascript:alert(1))')).toEqual([{ href: null, text: 'Image: no description' }]);
  });
});

describe('an image made a link', () => {
  it('spells a protocol-relative address out as https and keeps its class', () => {
    const html = renderArticle('A map: ![the front line](//cdn.example/map.png)').html;
    const [link] = selectAll('a.outside-image', unified().use(rehypeParse, { fragment: true }).parse(html));
    expect(link?.properties['href']).toBe('https://cdn.example/map.png');
    expect(toString(link ?? { type: 'text', value: '' })).toBe('Image: the front line');
  });
});
