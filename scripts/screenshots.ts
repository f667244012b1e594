/**
 * `npm run screenshots [-- --dist <dir>]`: full-page screenshots of every
 * kind of page, at 1280 and 375 px, light and dark, into `screenshots/` (not
 * committed), for a person to look at before a change lands. Kinds the built
 * site does not have (a second page of quotes, with a small corpus) are skipped.
 * `--kinds home,party` takes only those kinds; `--first-screen` takes only the
 * first screen (1280×800, 375×740) instead of the whole page.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { launchChromium } from './chromium';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'screenshots' },
    // `--kinds home,round`: only those kinds, to look again at what a change touched.
    kinds: { type: 'string' },
    // `--first-screen`: what a reader sees on arrival (1280×800 and 375×740), not the whole page.
    'first-screen': { type: 'boolean', default: false },
  },
});
const dist = values.dist;
if (!existsSync(join(dist, 'index.html')))
  throw new Error(`${dist} holds no built site: run \`npm run build\` first.`);

/** The first page under a folder of `dist/` that is a page of that kind, if any. */
function first(folder: string, depth = 1): string | undefined {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return undefined;
  const found = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('index.html') && path.split('/').length === depth + 1)
    .sort()[0];
  return found === undefined ? undefined : `/${folder}/${found.slice(0, -'index.html'.length)}`;
}

const newestMonth = readdirSync(join(dist, 'timeline'))
  .filter((name) => /^\d{4}-\d{2}$/u.test(name))
  .sort()
  .at(-1);

const kinds: Record<string, string | undefined> = {
  home: '/',
  'timeline-month': newestMonth === undefined ? undefined : `/timeline/${newestMonth}/`,
  'timeline-filter': '/timeline/party/russia/',
  rounds: '/rounds/',
  round: first('rounds'),
  'round-sources-page': first('rounds', 3),
  articles: '/articles/',
  'articles-page': first('articles/page'),
  article: first('articles'),
  people: '/people/',
  person: '/people/sergey-lavrov/',
  'person-quotes-page': first('people/sergey-lavrov/quotes'),
  'person-mentions-page': first('people/sergey-lavrov/mentions'),
  'unnamed-sources': '/people/unnamed-sources/',
  parties: '/parties/',
  party: '/parties/russia/',
  positions: '/positions/',
  search: '/search/?q=Lavrov',
  about: '/about/',
  data: '/data/',
  'not-found': '/no-such-page/',
};

const serve = sirv(dist, { dev: false });
const server = createServer((request, response) => {
  serve(request, response, () => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(readFileSync(join(dist, '404.html')));
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
if (!values.kinds) rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
const browser = await launchChromium();
let taken = 0;
try {
  const wanted = values.kinds?.split(',');
  for (const [kind, path] of Object.entries(kinds)) {
    if (wanted && !wanted.includes(kind)) continue;
    if (
      path === undefined ||
      (!path.startsWith('/search/') &&
        !path.startsWith('/no-such') &&
        !existsSync(join(dist, path, 'index.html')))
    ) {
      console.log(`${kind}: none in ${dist}, skipped`);
      continue;
    }
    for (const width of [1280, 375])
      for (const scheme of ['light', 'dark'] as const) {
        const height = values['first-screen'] ? (width === 375 ? 740 : 800) : 900;
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        await page.screenshot({
          path: join(values.out, `${kind}-${width}-${scheme}.png`),
          fullPage: !values['first-screen'],
        });
        await context.close();
        taken += 1;
      }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${taken} screenshots in ${values.out}/`);
