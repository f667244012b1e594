/**
 * `npm run review -- [slug …]`: what the compiler finds in an article, for
 * the editor to check, against the knowledge and the corrections as they are
 * now (see src/lib/review/review-article.ts). It only reads, so it can run
 * after any edit of the knowledge. With no slug, it reviews the articles
 * changed since the last `npm run build` (every article when the knowledge
 * or the corrections changed). Exits with 1, one line on stderr, for an
 * unknown slug or content the build would refuse.
 */
import { fileURLToPath } from 'node:url';
import { closestMatches } from '../src/lib/compile/text';
import { ContentError } from '../src/lib/compile/knowledge';
import { readContent } from '../src/lib/content/read-content';
import { readCorrections } from '../src/lib/content/read-corrections';
import { changedSinceBuild } from '../src/lib/review/last-build';
import { formatReview, reviewArticle } from '../src/lib/review/review-article';
import { LAST_BUILD_RECORD } from '../src/lib/review/last-build-record';
import { terminalSafe } from '../src/lib/ingest/control-characters';

const contentDir = process.env['TALKS_CONTENT_DIR'] ?? fileURLToPath(new URL('../content', import.meta.url));

try {
  const { articles, knowledge } = readContent(contentDir);
  const corrections = readCorrections(contentDir);
  const given = process.argv.slice(2).filter((arg) => arg !== '--');
  let slugs = given;
  if (given.length === 0) {
    const changed = changedSinceBuild(contentDir, LAST_BUILD_RECORD);
    process.stdout.write(`Reviewing ${changed.slugs.length} article(s): ${changed.why}.\n\n`);
    slugs = changed.slugs;
  }
  for (const slug of slugs) {
    const article = articles.find((candidate) => candidate.slug === slug);
    if (article === undefined) {
      const close = closestMatches(
        slug,
        articles.map((candidate) => candidate.slug),
      );
      throw new Error(
        `no article "${slug}" in content/articles/.${close.length > 0 ? ` Close matches: ${close.join(', ')}.` : ''}`,
      );
    }
    // An article's words are the outlet's: no control character in them reaches the terminal.
    process.stdout.write(`${terminalSafe(formatReview(reviewArticle(article, knowledge, corrections)))}\n`);
  }
} catch (error) {
  const message =
    error instanceof ContentError
      ? error.problems.join('\n')
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`review: ${terminalSafe(message)}\n`);
  process.exitCode = 1;
}
