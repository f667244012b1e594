import { readingMinutes } from '../lib/article-text';
import { ArticleCorrector } from '../lib/compile/apply-corrections';
import { ArticleCompiler } from '../lib/compile/article';
import { ContentError, type Knowledge } from '../lib/compile/knowledge';
import { paragraphsWithoutAnchor } from '../lib/compile/paragraphs';
import { NestingError, parseArticleBody } from '../lib/markdown/render-article';
import { articleOpenData } from '../lib/open-data/records';
import { packArticleData } from '../lib/open-data/serialise';
import { articleAnnotations } from '../lib/site/article-annotations';
import type { ArticleFrontmatter } from '../schemas/article';
import type { Correction } from '../schemas/corrections';

/** An article the loader found changed, its frontmatter already checked: what one compile needs. */
export interface ArticleToCompile {
  id: string;
  /** The file as an editor names it (`content/articles/<id>.md`), for messages. */
  filePath: string;
  /** The whole file, to count lines in messages. */
  text: string;
  body: string;
  data: ArticleFrontmatter;
  /** The editor's corrections of this article. */
  corrections: Correction[];
  /** Where its compiled facts go, whole or not at all. */
  factsFile: string;
  /** Where its page's HTML goes, whole or not at all. */
  htmlFile: string;
  /** Where its records of `/data/` go, serialised (`packArticleData`), whole or not at all. */
  dataFile: string;
}

/** What became of one article: what the loader keeps beside its two files, or why it cannot be built. */
export type CompileOutcome =
  { id: string; readingMinutes: number; warnings: string[] } | { id: string; problems: string[] };

/** An article compiled, with the text of its three files (see `keepCompiled` in compile-pool.ts), or why it cannot be built. */
export type CompiledArticleFiles =
  | { id: string; readingMinutes: number; warnings: string[]; facts: string; html: string; data: string }
  | { id: string; problems: string[] };

/**
 * Parses, compiles, corrects and renders articles, one at a time: the same
 * work in the loader's own thread and in each worker of its pool
 * (`compile-worker.mjs`), so an article compiles to the same bytes wherever
 * it is compiled. Bad input comes back as problems, one line each, not as a
 * thrown error: an error's class does not survive the way back from a worker.
 */
export class ArticleBuilder {
  #compiler: ArticleCompiler | undefined;
  #corrector: ArticleCorrector | undefined;

  constructor(private readonly knowledge: Knowledge) {}

  build(article: ArticleToCompile): CompiledArticleFiles {
    const { id, filePath, text, body } = article;
    let parsed: ReturnType<typeof parseArticleBody>;
    try {
      parsed = parseArticleBody(body);
    } catch (error) {
      if (!(error instanceof NestingError)) throw error;
      return {
        id,
        problems: [`${filePath}: ${NestingError.describe(error.deepest, linesBeforeBody(text, body))}`],
      };
    }
    if (parsed.unshown.length > 0)
      return {
        id,
        problems: parsed.unshown.map(
          ({ line, problem }) =>
            `${filePath}${line === undefined ? '' : `, line ${String(line + linesBeforeBody(text, body))}`}: ${problem}`,
        ),
      };
    this.#compiler ??= new ArticleCompiler(this.knowledge);
    this.#corrector ??= new ArticleCorrector(this.knowledge);
    let corrected: ReturnType<ArticleCorrector['apply']>;
    try {
      corrected = this.#corrector.apply(
        this.#compiler.compile({ slug: id, data: article.data, paragraphs: parsed.paragraphs }),
        article.corrections,
      );
    } catch (error) {
      // A correction that matches nothing in the article: a ContentError, its lines kept.
      if (error instanceof ContentError) return { id, problems: [...error.problems] };
      throw error;
    }
    const { article: facts, warnings } = corrected;
    // The same tree, rendered with what the compiler found marked: the one parse serves both.
    const html = parsed.toHtml(articleAnnotations(facts.paragraphs));
    // Every citation links to one of these paragraphs: each must have its anchor on the page.
    const unanchored = paragraphsWithoutAnchor(parsed.paragraphs, html);
    if (unanchored.length > 0)
      return {
        id,
        problems: unanchored.map(
          ({ id: paragraph, text: words }) =>
            `${filePath}: ${paragraph} (“${words.slice(0, 60)}”) has no anchor on the article page, so citations of it would link nowhere; expected every paragraph the compiler reads to render with its id (src/lib/markdown/remark-paragraph-ids.ts).`,
        ),
      };
    return {
      id,
      readingMinutes: readingMinutes(body),
      warnings,
      facts: JSON.stringify(facts),
      html,
      // Its records of /data/, serialised here, on every core and once per article, not by every build for all.
      data: packArticleData(articleOpenData(facts, this.knowledge)),
    };
  }
}

/** How many lines of the file come before its body: the body is its end, after the frontmatter. */
function linesBeforeBody(text: string, body: string): number {
  return text.slice(0, text.length - body.length).split('\n').length - 1;
}
