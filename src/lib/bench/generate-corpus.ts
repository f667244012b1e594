import { UTCDate } from '@date-fns/utc';
import { addDays, format } from 'date-fns';
import type { Knowledge, SourceArticle } from '../compile/knowledge';
import { extractParagraphs } from '../compile/paragraphs';
import { splitSentences } from '../compile/text';
import { seededRandom } from '../seeded-random';

/** One generated article: its file name's slug and the whole Markdown file. */
export interface GeneratedArticle {
  slug: string;
  markdown: string;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const OUTLETS = ['CNN', 'The Hill', 'Antiwar.com', 'Example Wire', 'Daily Ledger', 'Evening Post'];
/** Every tenth article is a shortened, lightly edited version of the one before: work for the duplicate detector. */
const VERSION_EVERY = 10;

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/**
 * Writes `count` synthetic articles that are realistic for the compiler:
 * sentences of the real articles recombined into paragraphs and perturbed (other curated
 * people's names swapped in, other weekdays), publication dates spread over a
 * year from the first real one, and some near-duplicate versions.
 */
export function generateCorpus(
  sources: readonly SourceArticle[],
  knowledge: Knowledge,
  count: number,
  seed = 1,
): GeneratedArticle[] {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  };
  // Sentences, not whole paragraphs, are recombined: independent articles share phrases, not paragraphs.
  const pool = sources.flatMap((source) =>
    extractParagraphs(source.body).flatMap((paragraph) =>
      splitSentences(paragraph.text).map((sentence) => sentence.text.trim()),
    ),
  );
  const actors = knowledge.people.filter((person) => person.roles.some((role) => role.kind !== 'reporter'));
  const reporters = knowledge.people.filter((person) =>
    person.roles.every((role) => role.kind === 'reporter'),
  );
  const start = new UTCDate('2022-03-01T00:00:00Z');

  const perturb = (text: string): string => {
    let result = text;
    const from = pick(actors);
    const to = pick(actors);
    result = result.split(from.name).join(to.name);
    const weekday = WEEKDAYS.find((day) => result.includes(day));
    if (weekday !== undefined) result = result.split(weekday).join(pick(WEEKDAYS));
    return result;
  };

  const articles: GeneratedArticle[] = [];
  let previous: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const day = format(addDays(start, Math.floor((index * 365) / count)), 'yyyy-MM-dd');
    const isVersion = index % VERSION_EVERY === VERSION_EVERY - 1 && previous.length > 3;
    const paragraphs = isVersion
      ? previous
          .filter(() => next() > 0.3)
          .map((paragraph) => paragraph.replace(/\bsaid\b/u, 'told reporters'))
      : Array.from({ length: 8 + Math.floor(next() * 12) }, () =>
          Array.from({ length: 1 + Math.floor(next() * 3) }, () => perturb(pick(pool))).join(' '),
        );
    previous = paragraphs;
    const title = `${(paragraphs[0] ?? 'Talks').split(/\s+/u).slice(0, 9).join(' ').replace(/[“”"]/gu, '')} (${index + 1})`;
    const slug = `${day}-generated-${String(index + 1).padStart(5, '0')}`;
    const frontmatter = [
      '---',
      `title: ${yamlString(title)}`,
      `outlet: ${yamlString(pick(OUTLETS))}`,
      `authors: [${yamlString(pick(reporters).name)}]`,
      'published:',
      `  date: "${day}"`,
      '  certainty: exact',
      '  basis: "Generated for the benchmark."',
      '---',
    ].join('\n');
    articles.push({ slug, markdown: `${frontmatter}\n\n${paragraphs.join('\n\n')}\n` });
  }
  return articles;
}
