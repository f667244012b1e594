import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchEvalQuerySchema, type SearchEvalQuery } from '../../schemas/search-eval';
import { ContentError } from '../compile/knowledge';
import { parseKnowledgeFile } from '../content/read-content';

/** The queries the search evaluation runs, written from the articles. */
export const searchQueriesFile = 'tests/search-eval/queries.yaml';

/**
 * Checks a parsed queries file: a list of entries, each valid, no query twice
 * (case and spacing aside: the search sees them as one). Throws a ContentError
 * with one line a problem, naming the file, the entry and the field.
 */
export function parseSearchQueries(data: unknown, file: string): SearchEvalQuery[] {
  if (!Array.isArray(data)) throw new ContentError([`${file}: expected a list of queries`]);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const queries = data.flatMap((entry: unknown, index) => {
    const query =
      typeof entry === 'object' && entry !== null && 'query' in entry && typeof entry.query === 'string'
        ? entry.query
        : undefined;
    const where = `${file}: entry ${index + 1}${query === undefined ? '' : ` ("${query}")`}`;
    const result = searchEvalQuerySchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        problems.push(`${where}: ${field}${issue.message}`);
      }
      return [];
    }
    const key = result.data.query.toLowerCase().replace(/\s+/gu, ' ');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index + 1);
    else problems.push(`${where}: query: the same query as entry ${first}`);
    return [result.data];
  });
  if (problems.length > 0) throw new ContentError(problems);
  return queries;
}

/** Reads and checks the queries file (by default the project's, {@link searchQueriesFile}). */
export function readSearchQueries(file: string = searchQueriesFile): SearchEvalQuery[] {
  return parseSearchQueries(parseKnowledgeFile(readFileSync(file, 'utf8'), file), file);
}

/**
 * The expected pages that are not pages of a built site, one line each: a
 * query whose answer the site does not have measures nothing.
 */
export function missingExpectedPages(queries: readonly SearchEvalQuery[], siteDir: string): string[] {
  return queries.flatMap(({ query, expected }) =>
    expected
      .filter((path) => !existsSync(join(siteDir, path, 'index.html')))
      .map((path) => `"${query}": ${path} is not a page of ${siteDir}`),
  );
}
