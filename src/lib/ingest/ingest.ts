import type { ArticleFrontmatter, PublishedDate } from '../../schemas/article';
import { ContentError, type Knowledge, type SourceArticle } from '../compile/knowledge';
import { isPublishedDate, publishedDay } from '../published-date';
import { findArticleParts, type ArticleParts, type BodyBlock, type MovedText } from './article-parts';
import { splitNames } from './byline';
import { summariseCompiledArticle, type CompileSummary } from './compile-summary';
import { asOneLine, blocksWithoutControlCharacters } from './control-characters';
import { titleFromFirstSentence } from './editorial-title';
import { frontmatterBlock } from './frontmatter';
import { IngestError } from './ingest-error';
import { htmlBlocks } from './parse-html';
import { plainTextBlocks } from './parse-plain-text';
import { decodeArticleBytes, type InputFormat } from './read-input';
import { kilobytes, MAX_ARTICLE_BYTES } from '../content/read-content';
import { articleSlug, MAX_SLUG, SLUG_PATTERN } from './slug';
import type { FlaggedText, RemovedText } from './source-block';
import { bodyMarkdown, renderedBlocks } from './to-markdown';
import { comparableArticle, findSameText, findVersionsOf, type VersionRelation } from './versions';
import { isWebAddress } from './web-address';
import { datelineDay } from '../compile/dateline';
import { statedDay } from './stated-day';

/** What the editor tells the ingest: the facts the copy lacks, and how to file it. */
export interface IngestOptions {
  /** Base name of the input file: recorded as `receivedAs`, and named in errors. */
  fileName: string;
  outlet?: string;
  /** ISO date or date-time with its zone. */
  published?: string;
  certainty?: PublishedDate['certainty'];
  basis?: string;
  url?: string;
  /** The authors, for a copy without a byline ("A, B and C"); they replace any the copy names. */
  authors?: string;
  /** A title for a copy without a headline (or instead of its headline). */
  title?: string;
  /** What kind of publication it is when not a standard article ("live-updates post"). */
  format?: string;
  /** The dek, when the copy does not mark one: a body line is never taken as the subtitle on its own. */
  subtitle?: string;
  syndicatedBy?: string;
  syndicatedVia?: string;
  /** The slug to use instead of the one made from the date, outlet and headline. */
  slug?: string;
  /** Overwrite an article with the same slug, and add a copy whose text is already there. */
  force?: boolean;
}

/** The content folder the article joins. */
export interface ExistingContent {
  articles: readonly SourceArticle[];
  knowledge: Knowledge;
}

/** A new article, ready to write to `content/articles/<slug>.md`, with what the editor should check. */
export interface IngestResult {
  slug: string;
  /** The whole file: frontmatter and body. */
  markdown: string;
  frontmatter: ArticleFrontmatter;
  inputFormat: InputFormat;
  /** The section headings of the body, in order. */
  headings: string[];
  paragraphCount: number;
  /** Page chrome left out, with why. */
  removed: RemovedText[];
  /** Lines of the copy that went into the frontmatter (headline, dek, byline, credits). */
  moved: MovedText[];
  /** Text kept that the ingest is unsure about, and facts it had to make up. */
  flagged: FlaggedText[];
  /** Where facts not given by flags came from. */
  notes: string[];
  /** Existing articles this one is another version of. */
  versionOf: VersionRelation[];
  /** The existing article with the same text, when added anyway with `force`. */
  sameTextAs?: string;
  /** True when an existing article of the same slug is overwritten (`force`). */
  replacesExisting: boolean;
  /** What the compiler found; absent when the content folder's knowledge has problems that stop it. */
  summary?: CompileSummary;
  /** The knowledge problems that kept the compiler from running, when it could not. */
  compileProblems: string[];
}

/** Longest part of a flag's value an error repeats: a `data:` address can run to megabytes. */
const MAX_QUOTED_VALUE = 60;

function quotedValue(value: string): string {
  return `"${value.length <= MAX_QUOTED_VALUE ? value : `${value.slice(0, MAX_QUOTED_VALUE - 1)}…`}"`;
}

/**
 * Checks the flags that say something on their own, before the copy is
 * read, so a mistyped flag is reported before any problem of the file.
 * Throws an IngestError naming the flag and what it takes.
 */
export function checkIngestOptions(options: IngestOptions): void {
  if (options.url !== undefined && !isWebAddress(options.url)) {
    throw new IngestError(
      `--url ${quotedValue(options.url)} is not a web address: give one that starts with http:// or https://.`,
    );
  }
  if (options.slug !== undefined && (!SLUG_PATTERN.test(options.slug) || options.slug.length > MAX_SLUG)) {
    throw new IngestError(
      `--slug ${quotedValue(options.slug)} is not a slug: use at most ${MAX_SLUG} lowercase letters and digits in words joined by hyphens.`,
    );
  }
  if (options.syndicatedVia !== undefined && options.syndicatedBy === undefined) {
    throw new IngestError(
      '--syndicated-via needs --syndicated-by, the name of the site that republished the article.',
    );
  }
}

/** The basis recorded for a date given with `--published` when the editor gives none. */
export const DEFAULT_BASIS = 'Given by the editor when ingesting.';
const METADATA_BASIS = 'The page’s metadata (article:published_time or <time datetime>) gives this date.';

/**
 * The publication date and how it is known: from the page's metadata it is
 * exact; given by the editor it is exact only when the copy states that day
 * (its words are the basis), else inferred, with what ingest saw as the basis.
 */
function publishedFact(
  options: IngestOptions,
  fromPage: string | undefined,
  copy: readonly { text: string; line: number }[],
): PublishedDate {
  const date = options.published ?? fromPage;
  if (date === undefined) {
    throw new IngestError(
      `${options.fileName} does not give its publication date: give it with --published 2022-03-20 (or a date-time with its zone, 2022-03-20T14:14:00-04:00).`,
    );
  }
  if (!isPublishedDate(date)) {
    throw new IngestError(
      `--published "${date}" is not a date the articles schema accepts: use 2022-03-20, or a date-time with its zone such as 2022-03-20T14:14:00-04:00.`,
    );
  }
  if (options.published === undefined)
    return { date, certainty: options.certainty ?? 'exact', basis: options.basis ?? METADATA_BASIS };
  const stated = statedDay(copy, publishedDay(date));
  if (options.certainty !== undefined)
    return { date, certainty: options.certainty, basis: options.basis ?? DEFAULT_BASIS };
  if (stated !== undefined)
    return {
      date,
      certainty: 'exact',
      basis: options.basis ?? `The copy states the day: “${stated.words}” (line ${stated.line}).`,
    };
  return {
    date,
    certainty: 'inferred',
    basis: options.basis ?? `${DEFAULT_BASIS.replace(/\.$/u, '')}; the copy does not state the day.`,
  };
}

/** The parts of the copy that go into one-line fields of the frontmatter, as one line each. */
function withOneLineFields(parts: ArticleParts): ArticleParts {
  const { headline, subtitle, bylineOutlet } = parts;
  return {
    ...parts,
    ...(headline === undefined ? {} : { headline: asOneLine(headline) }),
    ...(subtitle === undefined ? {} : { subtitle: asOneLine(subtitle) }),
    ...(bylineOutlet === undefined ? {} : { bylineOutlet: asOneLine(bylineOutlet) }),
    authors: parts.authors.map(asOneLine),
    contributors: parts.contributors.map(asOneLine),
  };
}

/**
 * Checks the Markdown written against the blocks of the copy, as the site's
 * parser reads it: every heading a heading, every paragraph a paragraph, each
 * with exactly its text. Throws an IngestError naming the first line that
 * would change, so a wrong article is never written.
 */
function checkRendersUnchanged(blocks: readonly BodyBlock[], body: string, fileName: string): void {
  const rendered = renderedBlocks(body);
  const changed = Array.from({ length: Math.max(rendered.length, blocks.length) }, (_, index) => index).find(
    (index) => {
      const block = blocks[index];
      const expected = block?.type === 'heading' ? 'heading-2' : 'paragraph';
      return rendered[index]?.type !== expected || rendered[index].text !== block?.text;
    },
  );
  if (changed !== undefined) {
    const line = blocks[Math.min(changed, blocks.length - 1)]?.line;
    throw new IngestError(
      `line ${line ?? '?'} of ${fileName} could not be written as Markdown without changing its text.`,
    );
  }
}

/**
 * The figures behind the relations to existing articles, as frontmatter
 * comment lines (`version of: <slug> (containment 0.84; …)`) beside the
 * `versionOf` field, so the editor can see why the relation was recorded.
 */
function relationComments(sameTextAs: string | undefined, versionOf: readonly VersionRelation[]): string[] {
  return [
    ...(sameTextAs === undefined ? [] : [`same text as: ${sameTextAs}`]),
    ...versionOf.map(
      (relation) =>
        `version of: ${relation.slug} (containment ${relation.containment.toFixed(2)}; this copy is the ${relation.newCopyIs})`,
    ),
  ];
}

/**
 * Turns an article as copied from a browser (plain text or the page's HTML)
 * into a Markdown article for `content/articles/`: finds its headline,
 * byline, credits, headings and paragraphs, leaves out page chrome, writes
 * and checks the frontmatter, tells whether the content folder already has
 * a version of it, and compiles it against the folder's knowledge.
 *
 * Pure: it writes nothing. Throws an IngestError with a one-line message for
 * a flag that is wrong on its own (`checkIngestOptions`), input it cannot
 * use (empty, binary, an encoding it cannot read, no paragraphs), a missing
 * outlet or date, a slug that is taken, or text already in the folder,
 * the last two unless `force`.
 */
export function ingestArticle(
  bytes: Uint8Array,
  options: IngestOptions,
  content: ExistingContent,
): IngestResult {
  checkIngestOptions(options);
  const { fileName } = options;
  const input = decodeArticleBytes(bytes, fileName);
  const html = input.format === 'html' ? htmlBlocks(input.text, fileName) : undefined;
  const source = blocksWithoutControlCharacters(html?.blocks ?? plainTextBlocks(input.text));
  const parts = withOneLineFields(findArticleParts(source.blocks, options.subtitle));
  const removed = [...(html?.removed ?? []), ...source.removed, ...parts.removed];
  const flagged = [...parts.flagged];
  const notes: string[] = [];

  const firstParagraph = parts.body.find((block) => block.type === 'paragraph');
  if (firstParagraph === undefined) {
    throw new IngestError(
      `${fileName} has no paragraphs of article text` +
        (removed.length > 0 ? ` (only ${removed.length} line(s) of page chrome).` : '.'),
    );
  }

  const metadata = html?.metadata ?? {};
  const siteName = asOneLine(metadata.outlet ?? '');
  const pageOutlet = siteName === '' ? undefined : siteName;
  const outlet = options.outlet ?? pageOutlet ?? parts.bylineOutlet;
  if (outlet === undefined) {
    throw new IngestError(`${fileName} does not name its outlet: give it with --outlet "…".`);
  }
  if (options.outlet === undefined) {
    notes.push(
      `Outlet “${outlet}” taken from ${pageOutlet === undefined ? 'the byline' : 'the page’s og:site_name'}.`,
    );
  }
  const published = publishedFact(options, metadata.published, source.blocks);
  if (options.published === undefined)
    notes.push(`Published date ${published.date} taken from the page’s metadata.`);
  const url = options.url ?? metadata.url;
  if (options.url === undefined && url !== undefined)
    notes.push(`URL taken from the page’s metadata: ${url}`);
  const authors = options.authors === undefined ? parts.authors : splitNames(options.authors);
  if (authors.length === 0)
    notes.push('No byline in the copy: authors left empty (give them with --authors).');

  const title = options.title ?? parts.headline ?? asOneLine(titleFromFirstSentence(firstParagraph.text));
  if (parts.headline === undefined) {
    flagged.push({
      text: title,
      reason:
        options.title === undefined
          ? 'the copy has no headline: this title was made from the first sentence (titleIsEditorial: true); check it, or give one with --title'
          : 'the copy has no headline: title given with --title (titleIsEditorial: true)',
    });
  }

  const slug = options.slug ?? articleSlug(publishedDay(published.date), outlet, title);
  const replacesExisting = content.articles.some((article) => article.slug === slug);
  if (replacesExisting && options.force !== true) {
    throw new IngestError(
      `content/articles/${slug}.md already exists; pass --force to overwrite it, or --slug to choose another slug.`,
    );
  }

  const body = bodyMarkdown(parts.body);
  // Before the checks that parse it: the build would refuse the article anyway.
  if (Buffer.byteLength(body) > MAX_ARTICLE_BYTES)
    throw new IngestError(
      `${fileName} gives an article of ${kilobytes(Buffer.byteLength(body))}; the limit is ${kilobytes(MAX_ARTICLE_BYTES)} (MAX_ARTICLE_BYTES in src/lib/content/read-content.ts). Expected one news article; split a live blog into its posts.`,
    );
  checkRendersUnchanged(parts.body, body, fileName);

  const others = content.articles
    .filter((article) => article.slug !== slug)
    .map((article) => comparableArticle(article.slug, article.body));
  const copy = comparableArticle(slug, body);
  const sameTextAs = findSameText(copy, others);
  if (sameTextAs !== undefined && options.force !== true) {
    throw new IngestError(
      `${fileName} has the same text as content/articles/${sameTextAs}.md; not added again (pass --force to add it anyway).`,
    );
  }
  const versionOf = findVersionsOf(copy, others).filter((relation) => relation.slug !== sameTextAs);

  const frontmatter: ArticleFrontmatter = {
    title,
    titleIsEditorial: title !== parts.headline,
    ...(() => {
      const subtitle = options.subtitle ?? parts.subtitle;
      return subtitle === undefined ? {} : { subtitle: asOneLine(subtitle) };
    })(),
    ...(parts.dateline === undefined
      ? {}
      : {
          dateline: {
            text: parts.dateline,
            ...(() => {
              const day = datelineDay(parts.dateline, publishedDay(published.date));
              return day === undefined ? {} : { day };
            })(),
          },
        }),
    outlet,
    ...(options.format === undefined ? {} : { format: options.format }),
    authors,
    contributors: parts.contributors,
    published,
    ...(url === undefined ? {} : { url }),
    ...(options.syndicatedBy === undefined
      ? {}
      : {
          syndicatedBy: {
            name: options.syndicatedBy,
            ...(options.syndicatedVia === undefined ? {} : { via: options.syndicatedVia }),
          },
        }),
    ...(() => {
      const related = sameTextAs ?? versionOf[0]?.slug;
      return related === undefined ? {} : { versionOf: related };
    })(),
    receivedAs: fileName,
  };
  const markdown = `${frontmatterBlock(frontmatter, relationComments(sameTextAs, versionOf))}\n${body}\n`;

  let summary: CompileSummary | undefined;
  let compileProblems: string[] = [];
  try {
    summary = summariseCompiledArticle({ slug, data: frontmatter, body: `\n${body}\n` }, content.knowledge);
  } catch (error) {
    // Problems of the knowledge are the content folder's, not the new article's: they do not stop the ingest.
    if (!(error instanceof ContentError)) throw error;
    compileProblems = [...error.problems];
  }

  return {
    slug,
    markdown,
    frontmatter,
    inputFormat: input.format,
    headings: parts.body.filter((block) => block.type === 'heading').map((block) => block.text),
    paragraphCount: parts.body.filter((block) => block.type === 'paragraph').length,
    removed,
    moved: parts.moved,
    flagged,
    notes,
    versionOf,
    ...(sameTextAs === undefined ? {} : { sameTextAs }),
    replacesExisting,
    ...(summary === undefined ? {} : { summary }),
    compileProblems,
  };
}
