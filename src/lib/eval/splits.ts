import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileModel } from '../compile/model';
import type { Knowledge } from '../compile/knowledge';
import { readArticles, readContent } from '../content/read-content';
import { openData } from '../open-data/records';
import type { OpenData } from '../../schemas/open-data';
import { EVAL_FLOORS, type EvalFloors, type EvalKind } from './evaluate';
import { readGold, type GoldArticle } from './gold';

/**
 * The three gold sets the compiler is measured on. The seeds are where it was
 * built, so they cannot show whether it generalises; dev and test are articles
 * from other outlets (close paraphrases, annotated before the compiler ran on
 * them). Dev is for tuning; test is measured and never read for misses.
 */
export type SplitName = 'seed' | 'dev' | 'test';

export interface EvalSplit {
  name: SplitName;
  title: string;
  /** Where its articles are, and how errors name that folder. */
  articles: { dir: string; label: string };
  gold: string;
  /** The kinds its gold set annotates (all when undefined). */
  kinds?: readonly EvalKind[];
  /** What `npm run eval` and `npm test` hold the figures to. */
  floors: EvalFloors;
  /** Whether `npm run eval` may print its misses: never for the test split. */
  showMisses: boolean;
}

/** What the development and test sets annotate: no contacts (the seeds' gold set has them). */
export const CORPUS_KINDS: readonly EvalKind[] = [
  'quoteSpeakers',
  'quotes',
  'dates',
  'mentions',
  'roundLinks',
];

/**
 * The figures a compiler must reach on articles it was not tuned on (issue 23).
 * They are the aim; `floors` below are what the tests hold today's figures to
 * so that no change makes them fall.
 */
export const CORPUS_TARGETS: EvalFloors = {
  quoteSpeakers: { precision: 0.97, recall: 0.85 },
  dates: { precision: 0.97, recall: 0.9 },
  mentions: { precision: 0.97 },
};

export function evalSplits(root = '.'): EvalSplit[] {
  const corpus = (
    name: 'dev' | 'test',
    title: string,
    floors: EvalFloors,
    showMisses: boolean,
  ): EvalSplit => ({
    name,
    title,
    articles: { dir: join(root, 'tests/corpus', name, 'articles'), label: `tests/corpus/${name}/articles` },
    gold: join(root, 'tests/corpus', name, 'gold'),
    kinds: CORPUS_KINDS,
    floors,
    showMisses,
  });
  return [
    {
      name: 'seed',
      title: 'Seed articles (tests/gold/): where the compiler was built',
      articles: { dir: join(root, 'content/articles'), label: 'content/articles' },
      gold: join(root, 'tests/gold'),
      floors: EVAL_FLOORS,
      showMisses: true,
    },
    corpus('dev', 'Development set (tests/corpus/dev/): other outlets, tuned on', DEV_FLOORS, true),
    corpus('test', 'Test set (tests/corpus/test/): other outlets, never read for misses', TEST_FLOORS, false),
  ];
}

/**
 * Today's dev figures, rounded down (the targets where they are met): a change
 * that makes one fall fails the tests. Raise them as the compiler improves.
 * The seventy-sixth blind batch (6 December 2026, twenty-first session: 21 dev
 * articles, speakers 44/45/70 at first sight) took speaker recall from 0.850 to
 * 0.847 (4982 of 5879): its floor is 0.84 until mechanisms bring it back. The
 * eightieth (20 dev articles, dates 46/50/47 at first sight) took date precision
 * from 0.970 to 0.9695 (3756 of 3874): its floor is 0.96 likewise; and the
 * eighty-first (19 dev articles, speakers 53/59/63 at first sight) took speaker
 * precision to 0.9696 (5300 of 5466), until that session's mechanisms from the
 * new dev parts brought it back to 0.971 (5306 of 5465): its floor is 0.97 again.
 * The eighty-third (22 dev articles, speakers 64/70/78 at first sight) took it to
 * 0.9696 (5416 of 5586): 0.96 once more, until the session's last mechanisms
 * brought it to 0.970 (5531 of 5702, with the eighty-fifth): 0.97 again. The
 * eighty-sixth (15 dev articles, speakers 40/46/61 at first sight) took it to
 * 0.9692 (5611 of 5789, with the eighty-seventh): 0.96 until mechanisms bring it back.
 * The eighty-eighth and eighty-ninth (41 dev articles, speakers 115/126/147 at first
 * sight) took speaker recall to 0.8395 (5727 of 6822): its floor is 0.83 likewise.
 * The hundred-and-forty-fifth (6 December 2026, twenty-seventh session: 19 dev articles,
 * speakers 47/53/70 at first sight) took it to 0.8299 (8604 of 10367, with that session's mechanisms): its floor
 * is 0.82 until mechanisms bring it back.
 * Date precision, 0.96 since the eightieth, reached its target with the thirty-first session (7 December 2026):
 * 0.972 (8847 of 9098, with the hundred-and-ninety-ninth), chiefly by reading a day told twice side by side
 * ("today, April 12") as one expression. Its floor is the target, 0.97.
 */
const DEV_FLOORS: EvalFloors = {
  quoteSpeakers: { precision: 0.96, recall: 0.82 },
  dates: { precision: 0.97, recall: 0.9 },
  mentions: { precision: 0.97 },
};
/**
 * Today's test figures, rounded down (the target where it is met): measured,
 * never tuned on. Quote speakers are below their targets (0.97, 0.85): the
 * eighth blind batch (its 8 test articles gave P 0.813 at first sight) took
 * them from 0.967 / 0.854 on 54 articles to 0.955 / 0.844 on 62, and the ninth
 * (a later session of 4 December 2026: 8 test articles, P 0.962, R 0.694 at first sight) to
 * 0.955 / 0.823 on 70; mechanisms found by probing and on the dev set since
 * gave 0.956 / 0.835, and the fifth probing round's (third session of 4
 * December 2026) 0.961 / 0.842, and roles referring back further (4 December,
 * fourth session) 0.965 / 0.850; the tenth batch (9 test articles, P 0.968,
 * R 0.652 at first sight) took them to 0.965 / 0.820 on 79. The sixteenth
 * batch (5 December 2026: 10 test articles, P 0.909, R 0.732 at first sight)
 * took them from 0.963 / 0.836 on 119 to 0.960 / 0.828 on 129, and the
 * seventeenth (8 test articles, P 1.000, R 0.788) with that session's
 * mechanisms to 0.962 / 0.827 on 137, and the eighteenth (8 test articles,
 * P 0.913, R 0.840) to 0.960 (500 of 521) / 0.828 on 145: the precision floor
 * is 0.95 from then. The ninth session's six batches (5 December 2026: 63
 * test articles, 218 right of 231 given at first sight, R 0.72 to 0.87 a
 * batch) with its sixteen mechanisms took them to 0.955 (718 of 752) / 0.821
 * (718 of 875) on 208. The tenth session's four batches (5 December 2026:
 * 39 test articles; at first sight 33/34/40, 36/38/43, 41/52/59, the third
 * with two machine-reworded wire copies, and 36/40/46) took them to 0.943
 * (864 of 916) / 0.813 (864 of 1063) on 247, below the floors of before: the
 * precision floor is 0.94 and the recall floor 0.81 from then. That session's
 * mechanisms changed nothing on the 208 of before. The eleventh session's batch
 * (5 December 2026: 13 test articles, four of them of May 2022, when the talks
 * stalled) gave 37 right of 48 given, 66 in its gold, at first sight, and took
 * them to 0.935 (901 of 964) / 0.798 (901 of 1129) on 260; that session's five
 * mechanisms, from its dev part, to 0.942 (908 of 964) / 0.804 (908 of 1129): the
 * recall floor is 0.80 from then. Its thirtieth batch (17 test articles, 77 right
 * of 80 given at first sight) and thirty-first (12, of August to December 2022, 27
 * of 31) took them to 0.942 (1015 of 1077) / 0.798 (1015 of 1272): the recall floor
 * is 0.79 then; that session's later mechanisms, from the two batches' dev parts,
 * to 0.943 (1019 of 1081) / 0.801 (1019 of 1272): 0.80 again. Its thirty-second
 * batch (13 test articles of 2023, 34 right of 47 given at first sight) took them
 * to 0.934 (1053 of 1128) / 0.789 (1053 of 1334), and dates to 0.965 (779 of 807),
 * below the date target for the first time: the floors are the measured figures,
 * rounded down, so that no change can make them fall. The twelfth session added the
 * thirty-third and thirty-fourth batches (22 test articles of May to December 2023,
 * 83 right of 91 given at first sight) and mechanisms from their dev parts: 0.941
 * (1148 of 1220) / 0.802 (1148 of 1431), dates 0.965 (833 of 863); the speaker
 * floors were 0.94 and 0.80 then. Its thirty-fifth batch (12 test articles of January
 * to April 2024, 56 right of 63 given at first sight) took speaker precision to 0.938
 * (1204 of 1283): its floor is 0.93 again. Its thirty-sixth and thirty-seventh batches
 * (27 test articles of May to December 2024, 87 right of 94 given at first sight) took
 * recall to 0.799 (1291 of 1616): its floor is 0.79. The eighty-second batch (6
 * December 2026, twenty-first session: 9 test articles, dates 23/25/24 at first
 * sight) took date precision to 0.9598 (2221 of 2314): its floor is 0.95. The
 * twenty-ninth session's mechanisms and batches (7 December 2026, the
 * hundred-and-fifty-ninth to the hundred-and-sixty-seventh) took speaker precision to
 * 0.943 (5563 of 5899): its floor is 0.94 again.
 */
const TEST_FLOORS: EvalFloors = {
  quoteSpeakers: { precision: 0.94, recall: 0.79 },
  dates: { precision: 0.95, recall: 0.9 },
  mentions: { precision: 0.97 },
};

/**
 * The compiled open data of one split's articles, with the knowledge of
 * `content/`. A dev or test article is compiled beside the site's own
 * articles, as if an editor had added it: the knowledge cites those.
 */
export function compileSplit(split: EvalSplit, knowledge: Knowledge, root = '.'): OpenData {
  const site = readContent(join(root, 'content')).articles;
  const articles =
    split.name === 'seed' ? site : [...site, ...readArticles(split.articles.dir, split.articles.label)];
  return openData(compileModel(articles, knowledge));
}

/** One article of a set, as the source check needs it. */
export interface SplitSource {
  /** The file, as an error names it. */
  file: string;
  url: string;
}

/** Query parameters that track a visit and never choose the page ("utm_source", "fbclid", "ref"). */
const TRACKING_PARAMETER =
  /^(?:utm(?:_.*)?|fbclid|gclid|ref|src|source|amp|output|outputtype|via|cmp|mc_cid|mc_eid)$/iu;

/**
 * The address without what does not change the page: scheme, `www.`, fragment, trailing slash, case, and query
 * parameters that track the visit. A parameter that chooses the article stays: "?p=2075379" and "?p=521544", or
 * "news.php?id=…", are two pages of one site.
 */
const sourceKey = (url: string): string => {
  const parsed = new URL(url);
  const query = [...parsed.searchParams]
    .filter(([name]) => !TRACKING_PARAMETER.test(name))
    .map(([name, value]) => `${name}=${value}`)
    .sort()
    .join('&');
  const page = `${parsed.hostname.replace(/^www\./u, '')}${parsed.pathname.replace(/\/+$/u, '')}`;
  return `${page}${query === '' ? '' : `?${query}`}`.toLowerCase();
};

/**
 * Problems, one line each, for a page that is in more than one article of
 * the sets: an article in both dev and test is tuned on while it is
 * measured as unseen, and one in the seeds and a set was never unseen.
 */
export function sharedSourceProblems(sources: readonly SplitSource[]): string[] {
  return [...Map.groupBy(sources, (source) => sourceKey(source.url)).values()]
    .filter((group) => group.length > 1)
    .map(
      (group) =>
        `${group.map((source) => source.file).join(' and ')}: the same page (${group[0]?.url ?? ''}); expected each source in one set once`,
    );
}

/** Every article of every split that gives its address (a seed may not). */
export function splitSources(splits: readonly EvalSplit[]): SplitSource[] {
  return splits.flatMap((split) =>
    readArticles(split.articles.dir, split.articles.label).flatMap(({ slug, data: { url } }) =>
      url === undefined ? [] : [{ file: `${split.articles.label}/${slug}.md`, url }],
    ),
  );
}

/** Where the pages the batches left out are listed, from the project's root. */
export const LEFT_OUT_FILE = 'tests/corpus/left-out.txt';

/**
 * The pages blind batches left out of both sets (`tests/corpus/left-out.txt`: an address a line, `#` comments):
 * a page left out is in no set, so without this list an annotator may take it again, unknowing, and it may join
 * one. Each as a source for `sharedSourceProblems`, named by its line.
 */
export function leftOutSources(root = '.'): SplitSource[] {
  return readFileSync(join(root, LEFT_OUT_FILE), 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      const url = line.replace(/#.*$/u, '').trim();
      return url === ''
        ? []
        : [{ file: `${LEFT_OUT_FILE}, line ${String(index + 1)} (a page a batch left out)`, url }];
    });
}

export function readSplitGold(split: EvalSplit): GoldArticle[] {
  return readGold(split.gold);
}
