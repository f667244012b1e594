/**
 * Made-up articles for the compiler's unit tests: each paragraph an argument,
 * dated 29 March 2022, compiled with the real knowledge of `content/`, and who
 * the compiler says speaks each quote.
 */
import { ArticleCompiler } from '../../src/lib/compile/article';
import { extractParagraphs } from '../../src/lib/compile/paragraphs';
import { readKnowledge } from '../../src/lib/content/read-content';
import { projectRoot } from './paths';

let compiler: ArticleCompiler | undefined;

/** A made-up article of 29 March 2022, one paragraph per argument, compiled with the real knowledge. */
export function compileMadeUp(...paragraphs: string[]) {
  return compileMadeUpWithStandfirst(undefined, ...paragraphs);
}

/** The same, with a standfirst (`subtitle`) above the paragraphs when one is given. */
export function compileMadeUpWithStandfirst(subtitle: string | undefined, ...paragraphs: string[]) {
  return compileMadeUpArticle({ subtitle, day: '2022-03-29' }, paragraphs);
}

/** The same under a headline of its own. */
export function compileMadeUpWithHeadline(title: string, ...paragraphs: string[]) {
  return compileMadeUpArticle({ subtitle: undefined, day: '2022-03-29', title }, paragraphs);
}

/** The same, published on another day (`yyyy-MM-dd`). */
export function compileMadeUpOn(day: string, ...paragraphs: string[]) {
  return compileMadeUpArticle({ subtitle: undefined, day }, paragraphs);
}

function compileMadeUpArticle(
  { subtitle, day, title = 'Made up' }: { subtitle: string | undefined; day: string; title?: string },
  paragraphs: readonly string[],
) {
  compiler ??= new ArticleCompiler(readKnowledge(`${projectRoot}content`));
  return compiler.compile({
    slug: 'made-up',
    data: {
      title,
      titleIsEditorial: false,
      ...(subtitle === undefined ? {} : { subtitle }),
      outlet: 'Test',
      authors: [],
      contributors: [],
      published: { date: day, certainty: 'exact', basis: 'Made up.' },
    },
    paragraphs: extractParagraphs(paragraphs.join('\n\n')),
  });
}

/**
 * Every quote of a made-up article, with who the compiler says speaks it: `person <id>`, `party <id>`,
 * `named <name>`, `unnamed <description>`, `unknown` (it abstained) or `nobody`.
 */
export function speakers(...paragraphs: string[]): { text: string; speaker: string }[] {
  return speakersOf(compileMadeUp(...paragraphs));
}

/** The same, for a made-up article published on `day`. */
export function speakersOn(day: string, ...paragraphs: string[]): { text: string; speaker: string }[] {
  return speakersOf(compileMadeUpOn(day, ...paragraphs));
}

function speakersOf(article: ReturnType<typeof compileMadeUp>): { text: string; speaker: string }[] {
  return article.paragraphs.flatMap((paragraph) =>
    paragraph.quotes.map((quote) => {
      const speaker = quote.speaker;
      const who =
        speaker === undefined
          ? quote.abstained
            ? 'unknown'
            : 'nobody'
          : speaker.type === 'named'
            ? `named ${speaker.name}`
            : speaker.type === 'unnamed'
              ? `unnamed ${article.unnamedSources.find((source) => source.key === speaker.key)?.description ?? ''}`
              : `${speaker.type} ${speaker.id}`;
      return { text: quote.text, speaker: who };
    }),
  );
}
