import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { isAlias, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { parsePublished } from '../published-date';
import { articleSchema, type ArticleFrontmatter } from '../../schemas/article';
import { conflictSchema } from '../../schemas/conflict';
import { demandSchema } from '../../schemas/demand';
import { partySchema } from '../../schemas/party';
import { personSchema } from '../../schemas/person';
import { placeSchema } from '../../schemas/place';
import { roundSchema } from '../../schemas/round';
import { ContentError, type Knowledge, type SourceArticle } from '../compile/knowledge';

/**
 * The most an article file may hold, frontmatter included: ten times the
 * longest live blog we have seen. The compile is linear in an article's
 * size, but a file this large is a mistake (a whole site saved as one
 * article, a log pasted in), and its page would be too long to read.
 */
export const MAX_ARTICLE_BYTES = 512 * 1024;

/** The problem with an article file of `bytes` bytes, if it is over the limit. */
export function articleSizeProblem(file: string, bytes: number): string | undefined {
  if (bytes <= MAX_ARTICLE_BYTES) return undefined;
  return `${file}: the file is ${kilobytes(bytes)}; the limit is ${kilobytes(MAX_ARTICLE_BYTES)} (MAX_ARTICLE_BYTES in src/lib/content/read-content.ts). Expected one news article; split a live blog into its posts.`;
}

/** A size as the messages give it: "900 KB", rounded up. */
export function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB`;
}

/** Files that hold Markdown by their extension but are not `.md`: `.MD`, `.markdown` and the like. */
const OTHER_MARKDOWN = /\.(?:md|markdown|mdown|mdwn|mkdn?|mkd)$/iu;

/**
 * The problem with a file in the articles folder that looks like an article
 * but would not be read as one (`Talks.MD`, `talks.markdown`), if it is one:
 * the build says so rather than leaving the article out without a word.
 */
export function misnamedArticleProblem(file: string, name: string): string | undefined {
  if (name.endsWith('.md') || !OTHER_MARKDOWN.test(name)) return undefined;
  const stem = name.replace(OTHER_MARKDOWN, '');
  return `${file}: only files ending in .md (lowercase) are read as articles, so this one would be left out; rename it to ${stem.toLowerCase()}.md.`;
}

/**
 * Reads a content folder from disk and checks it with the same schemas as
 * the site's content collections: for the compiler outside Astro (tests, the
 * benchmark, the ingest command). Errors name the file, the entry and the field.
 */
export function readContent(root: string): { articles: SourceArticle[]; knowledge: Knowledge } {
  const problems: string[] = [];
  let articles: SourceArticle[] = [];
  try {
    articles = readArticles(join(root, 'articles'), 'content/articles');
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }

  let knowledge: Knowledge | undefined;
  try {
    knowledge = readKnowledge(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0 || knowledge === undefined) throw new ContentError(problems);
  return { articles, knowledge };
}

/**
 * Reads and checks every article of one folder (`content/articles/`, or a
 * test corpus's); errors name each file as `<label>/<name>`.
 */
export function readArticles(articlesDir: string, label: string): SourceArticle[] {
  const problems: string[] = [];
  const names = readdirSync(articlesDir).sort();
  for (const name of names) {
    const misnamed = misnamedArticleProblem(`${label}/${name}`, name);
    if (misnamed !== undefined) problems.push(misnamed);
  }
  const articles = names
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      const file = `${label}/${name}`;
      const tooLarge = articleSizeProblem(file, statSync(join(articlesDir, name)).size);
      if (tooLarge !== undefined) {
        problems.push(tooLarge);
        return [];
      }
      const checked = checkArticleFile(readFileSync(join(articlesDir, name), 'utf8'), file);
      if ('problems' in checked) {
        problems.push(...checked.problems);
        return [];
      }
      return [{ slug: name.slice(0, -'.md'.length), data: checked.data, body: checked.body }];
    });
  if (problems.length > 0) throw new ContentError(problems);
  return articles;
}

/**
 * Checks one article file's text, for this module and the site's loader alike: its frontmatter
 * (YAML, its keys, the articles schema) and what a valid frontmatter may still not be
 * (`articleProblems`). Each problem is one line naming the file, so a folder with several bad
 * articles is reported whole, each where it is.
 */
export function checkArticleFile(
  text: string,
  file: string,
):
  | { frontmatter: Record<string, unknown>; data: ArticleFrontmatter; body: string }
  | { problems: string[] } {
  const problems: string[] = [];
  try {
    const { frontmatter, body } = splitArticleFile(text, file);
    const unknownKeys = unknownFrontmatterProblems(file, frontmatter);
    if (unknownKeys.length > 0) return { problems: unknownKeys };
    const data = checker(problems)(articleSchema, frontmatter, file);
    if (data === undefined) return { problems };
    problems.push(...articleProblems(file, data, body));
    return problems.length > 0 ? { problems } : { frontmatter, data, body };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { problems: [...error.problems] };
  }
}

/**
 * Splits an article file into its frontmatter (parsed as Astro parses it)
 * and its body. A YAML syntax error in the frontmatter is a ContentError
 * naming the file and the line and column in it.
 */
export function splitArticleFile(
  text: string,
  file: string,
): { frontmatter: Record<string, unknown>; body: string } {
  try {
    const { frontmatter, content } = parseFrontmatter(text);
    return { frontmatter, body: content };
  } catch (error) {
    // js-yaml's errors carry the reason and a 0-based mark within the frontmatter, which starts on the `---` line.
    if (!(error instanceof Error && 'mark' in error && 'reason' in error)) throw error;
    const { line, column } = error.mark as { line: number; column: number };
    const linesBefore = text.slice(0, text.indexOf('---')).split('\n').length - 1;
    throw new ContentError([
      `${file}, line ${linesBefore + line + 1}, column ${column + 1}: not valid YAML in the frontmatter: ${String(error.reason)}.`,
    ]);
  }
}

/** Frontmatter keys an editor may reach for to correct a compiled fact, which belong in the corrections file. */
const FACT_KEYS = new Set(['quotes', 'quote', 'speakers', 'speaker', 'dates', 'date', 'mentions', 'contacts']);

/**
 * Frontmatter keys the articles schema does not have, one line each naming
 * the file and the key, with the fields there are; a key for a compiled fact
 * (`quotes:`, `dates:`) points to `content/corrections.yaml`, where such
 * corrections go. Checked before the schema, whose "Unrecognized key" comes
 * with a stack trace and no file.
 */
export function unknownFrontmatterProblems(file: string, frontmatter: Record<string, unknown>): string[] {
  const fields = Object.keys(articleSchema.shape);
  return Object.keys(frontmatter)
    .filter((key) => !fields.includes(key))
    .map((key) =>
      FACT_KEYS.has(key)
        ? `${file}: ${key}: not a field of an article; a fact the compiler got wrong (a quote's speaker, a date, a mention, a contact) is corrected in content/corrections.yaml (see the README), not in the article.`
        : `${file}: ${key}: not a field of an article; the fields are ${fields.join(', ')}. To correct a fact the compiler found, use content/corrections.yaml.`,
    );
}

/**
 * What an article whose frontmatter matches the schema may still not be:
 * empty (its page would be blank, with nothing to cite), or published after
 * the day of the build, in UTC (a mistyped year, most often). An instant
 * counts by its day in UTC, so the zone of the machine never decides.
 */
export function articleProblems(
  file: string,
  data: Pick<ArticleFrontmatter, 'published'>,
  body: string,
  now: Date = new Date(),
): string[] {
  const problems: string[] = [];
  if (body.trim() === '')
    problems.push(
      `${file}: the article has no text after its frontmatter; expected its paragraphs, the article as published.`,
    );
  const utc = { in: tz('UTC') };
  const today = format(now, 'yyyy-MM-dd', utc);
  const publishedDay = format(parsePublished(data.published.date), 'yyyy-MM-dd', utc);
  if (publishedDay > today)
    problems.push(
      `${file}: published.date: ${data.published.date} is after today, ${today} (UTC); expected the day the article was published, which cannot be after the build.`,
    );
  return problems;
}

/**
 * Parses a knowledge file, for this module and for the collections' file
 * loaders alike, so both read the same values (`start: 2022-03-29` is a
 * string to both). A syntax error stops the build there, naming the file,
 * line and column: the rest of the file cannot be trusted, and every error
 * that would follow from it (missing entries, unknown ids) would bury it.
 */
export function parseKnowledgeFile(text: string, file: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const [error] = document.errors;
  if (error === undefined) return toValue(document, lineCounter, file);
  const [at] = error.linePos ?? [];
  // The message ends with " at line L, column C:" and a code frame, said here on one line.
  const reason = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/u, '');
  const where = at === undefined ? file : `${file}, line ${at.line}, column ${at.col}`;
  throw new ContentError([`${where}: not valid YAML: ${reason}.`]);
}

/**
 * The document's value. The YAML library refuses a document whose aliases
 * (`*name`) would expand to many copies of what their anchor (`&name`)
 * marks, as a "resource exhaustion attack"; that is said here with the
 * anchor, how often it is used and the line of its first use.
 */
function toValue(document: Document, lineCounter: LineCounter, file: string): unknown {
  try {
    return document.toJS();
  } catch (error) {
    if (!(error instanceof ReferenceError && /alias/iu.test(error.message))) throw error;
    const uses = new Map<string, number[]>();
    visit(document, {
      Alias: (_, node) => {
        if (!isAlias(node)) return;
        const offsets = uses.get(node.source) ?? [];
        offsets.push(node.range?.[0] ?? 0);
        uses.set(node.source, offsets);
      },
    });
    const [anchor, offsets] = [...uses].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', [0]];
    const { line } = lineCounter.linePos(offsets[0] ?? 0);
    throw new ContentError([
      `${file}, line ${String(line)}: the anchor &${anchor} is used ${String(offsets.length)} times (*${anchor}), and its copies are more than the YAML reader takes from one file; write the entries out in full, or share less through the anchor.`,
    ]);
  }
}

/** Collects a schema's issues as problems naming where they are and the field. */
function checker(problems: string[]) {
  return <T>(schema: z.ZodType<T>, value: unknown, where: string): T | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      problems.push(`${where}: ${field}${issue.message}`);
    }
    return undefined;
  };
}

/** The curated knowledge of a content folder, each file checked by its collection's schema. */
export function readKnowledge(root: string): Knowledge {
  const problems: string[] = [];
  const check = checker(problems);
  const collection = <T>(name: keyof Knowledge, schema: z.ZodType<T>): T[] => {
    const file = `content/${name}.yaml`;
    const path = join(root, `${name}.yaml`);
    // A content folder may leave a collection out (Astro's file loader reports it); it is then empty.
    if (!existsSync(path)) return [];
    const entries = parseKnowledgeFile(readFileSync(path, 'utf8'), file);
    if (!Array.isArray(entries)) {
      problems.push(`${file}: expected a list of entries`);
      return [];
    }
    return entries.flatMap((entry: unknown, index) => {
      const id = typeof entry === 'object' && entry !== null && 'id' in entry ? String(entry.id) : `#${index + 1}`;
      const data = check(schema, entry, `${file}: entry "${id}"`);
      return data === undefined ? [] : [data];
    });
  };

  const knowledge: Knowledge = {
    parties: collection('parties', partySchema),
    people: collection('people', personSchema),
    places: collection('places', placeSchema),
    rounds: collection('rounds', roundSchema),
    demands: collection('demands', demandSchema),
    conflicts: collection('conflicts', conflictSchema),
  };
  if (problems.length > 0) throw new ContentError(problems);
  return knowledge;
}
