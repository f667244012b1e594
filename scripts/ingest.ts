/**
 * `npm run ingest -- <file> [options]`: adds an article copied from a
 * browser (plain text or the page's HTML) to `content/articles/`, and prints
 * what it did for the editor to check. The work is done by src/lib/ingest;
 * this reads the arguments and the files, writes the article, and sets the
 * exit code: 1, with one line on stderr, when nothing was written.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ContentError, type Knowledge, type SourceArticle } from '../src/lib/compile/knowledge';
import { readContent } from '../src/lib/content/read-content';
import { writeFileAtomically } from '../src/lib/files/write-atomically';
import { terminalSafe } from '../src/lib/ingest/control-characters';
import { checkIngestOptions, ingestArticle, type IngestOptions } from '../src/lib/ingest/ingest';
import { IngestError } from '../src/lib/ingest/ingest-error';
import { copyTooLarge, MAX_COPY_BYTES } from '../src/lib/ingest/read-input';
import { formatIngestReport } from '../src/lib/ingest/report';
import { readCorrections } from '../src/lib/content/read-corrections';
import { formatReview, reviewArticle } from '../src/lib/review/review-article';

/** The review of the article just written, or why there is none (knowledge or corrections the build would refuse). */
function reviewNewArticle(
  result: { slug: string; frontmatter: SourceArticle['data']; markdown: string },
  knowledge: Knowledge,
  contentFolder: string,
): string {
  try {
    const body = result.markdown.slice(result.markdown.indexOf('\n---', 3) + '\n---'.length);
    const article = { slug: result.slug, data: result.frontmatter, body };
    return formatReview(reviewArticle(article, knowledge, readCorrections(contentFolder)));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return `No review: ${error.problems[0] ?? ''}\n`;
  }
}

const USAGE =
  'Usage: npm run ingest -- <file> [--outlet <name>] [--published <date>] [--url <url>] ' +
  '[--certainty exact|inferred] [--basis <text>] [--authors "A, B and C"] [--title <text>] [--subtitle <text>] [--format <text>] ' +
  '[--syndicated-by <name>] [--syndicated-via <service>] [--slug <slug>] [--force] [--content <dir>]';

const OPTIONS = {
  outlet: { type: 'string' },
  published: { type: 'string' },
  url: { type: 'string' },
  certainty: { type: 'string' },
  basis: { type: 'string' },
  authors: { type: 'string' },
  title: { type: 'string' },
  subtitle: { type: 'string' },
  format: { type: 'string' },
  'syndicated-by': { type: 'string' },
  'syndicated-via': { type: 'string' },
  slug: { type: 'string' },
  force: { type: 'boolean', default: false },
  content: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

/** The project's content folder: the default, wherever the command is run from. */
const PROJECT_CONTENT = fileURLToPath(new URL('../content', import.meta.url));

/**
 * The folder the editor ran the command in: `npm run` starts scripts in the
 * project root and passes the editor's folder as INIT_CWD, so the paths the
 * editor typed are read from there.
 */
const editorFolder = process.env['INIT_CWD'] ?? process.cwd();

/** A path as the editor can use it: relative to their folder when inside it, else absolute. */
function shownPath(path: string): string {
  const fromEditor = relative(editorFolder, path);
  return fromEditor.startsWith('..') || isAbsolute(fromEditor) ? path : fromEditor;
}

/** Leaves out the options the editor did not give, as `exactOptionalPropertyTypes` wants. */
function given<T extends Record<string, string | undefined>>(values: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: string;
  };
}

function readCopy(file: string): Buffer {
  try {
    // Said before reading it: a copy too large to be an article is not read into memory.
    const { size } = statSync(resolve(editorFolder, file));
    if (size > MAX_COPY_BYTES) throw new IngestError(copyTooLarge(basename(file), size));
    return readFileSync(resolve(editorFolder, file));
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code);
    throw new IngestError(`cannot read ${file}: ${why}.`);
  }
}

function readContentFolder(dir: string): { articles: SourceArticle[]; knowledge: Knowledge } {
  try {
    return readContent(dir);
  } catch (error) {
    if (error instanceof ContentError) {
      throw new IngestError(
        `the content folder ${shownPath(dir)} has ${error.problems.length} problem(s) to fix first: ${error.problems[0] ?? ''}`,
      );
    }
    throw new IngestError(`cannot read the content folder ${shownPath(dir)}: ${(error as Error).message}`);
  }
}

function run(args: string[]): void {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new IngestError(`give one file to ingest. ${USAGE}`);
  const { certainty } = values;
  if (certainty !== undefined && certainty !== 'exact' && certainty !== 'inferred') {
    throw new IngestError(`--certainty must be "exact" or "inferred", not "${certainty}".`);
  }

  const options: IngestOptions = {
    fileName: basename(file),
    force: values.force,
    ...(certainty === undefined ? {} : { certainty }),
    ...given({
      outlet: values.outlet,
      published: values.published,
      url: values.url,
      basis: values.basis,
      authors: values.authors,
      title: values.title,
      subtitle: values.subtitle,
      format: values.format,
      syndicatedBy: values['syndicated-by'],
      syndicatedVia: values['syndicated-via'],
      slug: values.slug,
    }),
  };
  checkIngestOptions(options);
  const bytes = readCopy(file);
  const contentFolder =
    values.content === undefined ? PROJECT_CONTENT : resolve(editorFolder, values.content);
  const content = readContentFolder(contentFolder);
  const result = ingestArticle(bytes, options, content);
  const path = join(contentFolder, 'articles', `${result.slug}.md`);
  // Whole or not at all: a full disk never leaves a truncated article in place of the old one.
  // Without --force, a file that appeared since the content folder was read is not replaced.
  try {
    writeFileAtomically(path, result.markdown, { exclusive: !values.force });
  } catch (error) {
    throw new IngestError(
      `could not write ${shownPath(path)} (${(error as Error).message}); nothing was changed.`,
    );
  }
  process.stdout.write(formatIngestReport(result, shownPath(path)));
  // The review, as `npm run review -- <slug>` gives it, for the editor to act on; never a reason to fail the ingest.
  const review = reviewNewArticle(result, content.knowledge, contentFolder);
  process.stdout.write(`\n${terminalSafe(review)}`);
}

try {
  run(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  // The message may quote a flag or a file name: no control character in it reaches the terminal.
  process.stderr.write(`ingest: ${terminalSafe(message.replace(/\s*\n\s*/gu, ' '))}\n`);
  process.exitCode = 1;
}
