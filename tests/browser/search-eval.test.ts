import { describe, expect, it } from 'vitest';
import { runSearchQueries } from '../../src/lib/eval/search-browser';
import { missingExpectedPages, readSearchQueries } from '../../src/lib/eval/search-queries';
import { belowFloors, describeMiss, SEARCH_EVAL_FLOORS, scoreSearch } from '../../src/lib/eval/search-score';
import { useBuiltSiteInChromium } from '../helpers/browser';
import { distDir } from '../helpers/paths';

const { site, browser } = useBuiltSiteInChromium();

/** Over a hundred searches, four at a time on pages kept open: under half a minute on a quiet machine, minutes on a loaded one. */
const EVALUATION_TIMEOUT_MS = 300_000;

describe('search finds what a reader means (tests/search-eval/queries.yaml)', () => {
  const queries = readSearchQueries();

  it('expects only pages the built site has', () => {
    expect(missingExpectedPages(queries, distDir)).toEqual([]);
  });

  it(
    `puts an expected page first for ${SEARCH_EVAL_FLOORS.successAt1 * 100} % of queries and among the first three for ${SEARCH_EVAL_FLOORS.successAt3 * 100} %, and finds nothing for unknown names`,
    async () => {
      const report = scoreSearch(await runSearchQueries(browser(), site().origin, queries));
      const { overall, unknownNames, verdicts } = report;
      console.info(
        `Search evaluation: success@1 ${overall.successAt1.toFixed(3)} (${overall.atOne}/${overall.queries}), ` +
          `success@3 ${overall.successAt3.toFixed(3)} (${overall.atThree}/${overall.queries}), ` +
          `unknown names empty ${unknownNames.empty}/${unknownNames.queries}`,
      );
      const misses = verdicts.filter((verdict) => !verdict.atOne).map(describeMiss);
      expect(belowFloors(report), `Not right first:\n${misses.join('\n')}`).toEqual([]);
    },
    EVALUATION_TIMEOUT_MS,
  );
});
