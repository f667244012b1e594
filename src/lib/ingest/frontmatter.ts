import { parseFrontmatter } from '@astrojs/markdown-remark';
import { Document, type YAMLSeq } from 'yaml';
import { articleSchema, type ArticleFrontmatter } from '../../schemas/article';
import { IngestError } from './ingest-error';

/** The flag of the ingest command that sets each field, to name in an error. */
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  title: '--title',
  outlet: '--outlet',
  format: '--format',
  subtitle: '--subtitle',
  published: '--published',
  url: '--url',
  syndicatedBy: '--syndicated-by',
};

/** The fields in the order the README documents them, optional ones only when set. */
function orderedFields(frontmatter: ArticleFrontmatter): Record<string, unknown> {
  const { title, titleIsEditorial, subtitle, dateline, outlet, format, authors, contributors } = frontmatter;
  const { published, url, syndicatedBy, versionOf, receivedAs } = frontmatter;
  return {
    title,
    ...(titleIsEditorial ? { titleIsEditorial } : {}),
    ...(subtitle === undefined ? {} : { subtitle }),
    ...(dateline === undefined ? {} : { dateline }),
    outlet,
    ...(format === undefined ? {} : { format }),
    authors,
    contributors,
    published: { date: published.date, certainty: published.certainty, basis: published.basis },
    ...(url === undefined ? {} : { url }),
    ...(syndicatedBy === undefined ? {} : { syndicatedBy }),
    ...(versionOf === undefined ? {} : { versionOf }),
    ...(receivedAs === undefined ? {} : { receivedAs }),
  };
}

/**
 * Writes the frontmatter block (`---` … `---`) of a new article, with
 * `comments` as YAML comment lines at its end, and checks it: the block is
 * read back with the parser and the articles schema the site uses, so what
 * is written is what the build accepts. Throws an IngestError naming the
 * field (and the flag that sets it) when the schema refuses it.
 */
export function frontmatterBlock(frontmatter: ArticleFrontmatter, comments: readonly string[]): string {
  const document = new Document(orderedFields(frontmatter));
  for (const list of ['authors', 'contributors']) {
    const node = document.get(list, true) as YAMLSeq;
    node.flow = true;
  }
  const yaml = document.toString({
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    flowCollectionPadding: false,
  });
  const commentLines = comments.map((comment) => `# ${comment.replace(/\s+/gu, ' ').trim()}\n`).join('');
  const block = `---\n${yaml}${commentLines}---\n`;

  const result = articleSchema.safeParse(parseFrontmatter(block).frontmatter);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path.join('.');
      const flag = FLAG_OF_FIELD[String(issue.path[0])];
      return `${field}${flag === undefined ? '' : ` (${flag})`}: ${issue.message}`;
    });
    throw new IngestError(`The frontmatter would not pass the articles schema: ${problems.join('; ')}.`);
  }
  return block;
}
