import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { datePrecisions } from '../../schemas/open-data';
import { ContentError } from '../compile/knowledge';
import { foldForComparison } from '../fold';

const paragraph = z.string().regex(/^p-\d+$/u, { message: 'expected a paragraph anchor such as "p-5"' });

/** Who the gold set says speaks: a person id, a body, an unnamed source as first described, a person the knowledge lacks by name, or nobody. */
export const goldSpeakerSchema = z.union([
  z.string().min(1),
  z.strictObject({ party: z.string().min(1) }),
  z.strictObject({ unnamed: z.string().min(1) }),
  z.strictObject({ named: z.string().min(1) }),
  z.null(),
]);

/** One article's hand-checked annotation; `tests/gold/README.md` says how it was made. */
export const goldArticleSchema = z.strictObject({
  article: z.string().min(1),
  published: z.string().min(1),
  quotes: z
    .array(
      z.strictObject({
        paragraph,
        text: z.string().min(1),
        speaker: goldSpeakerSchema,
        note: z.string().optional(),
      }),
    )
    .default([]),
  dates: z
    .array(
      z.strictObject({
        paragraph,
        text: z.string().min(1),
        value: z.string().min(1),
        precision: z.enum(datePrecisions),
        note: z.string().optional(),
      }),
    )
    .default([]),
  contacts: z
    .array(
      z.strictObject({
        paragraph,
        kind: z.enum(['call', 'visit', 'meeting', 'statement']),
        date: z.string().min(1),
        participants: z.array(z.string().min(1)).min(1),
        reportedBy: z.string().min(1).nullable().default(null),
        note: z.string().optional(),
      }),
    )
    .default([]),
  mentions: z
    .array(
      z.strictObject({
        paragraph,
        text: z.string().min(1),
        kind: z.enum(['person', 'party', 'place']),
        id: z.string().min(1),
        note: z.string().optional(),
      }),
    )
    .default([]),
  rounds: z
    .array(
      z.strictObject({ paragraph, rounds: z.array(z.string().min(1)).min(1), note: z.string().optional() }),
    )
    .default([]),
  notes: z.string().optional(),
});

export type GoldArticle = z.infer<typeof goldArticleSchema>;
export type GoldSpeaker = z.infer<typeof goldSpeakerSchema>;

/** A name as compared with the copy: case, diacritics, apostrophes' shapes and spaces do not matter. */
function printedForm(text: string): string {
  return foldForComparison(text).replace(/[’‘`]/gu, "'").replace(/\s+/gu, '');
}

/**
 * The speakers a gold file names by name (`{ named: … }`) that its article (headline, standfirst and body) never
 * prints so: the corpus gives the name as the copy does ("Trump" where the copy never says "Donald Trump"), since
 * the compiler can give only what the article says. Each name once, in the order of the quotes.
 */
export function unprintedNames(gold: GoldArticle, copyText: string): string[] {
  const copy = printedForm(copyText);
  const names = gold.quotes.flatMap(({ speaker }) =>
    speaker !== null && typeof speaker === 'object' && 'named' in speaker ? [speaker.named] : [],
  );
  return [...new Set(names)].filter((name) => !copy.includes(printedForm(name)));
}

/**
 * The gold set's folder: `TALKS_GOLD_DIR`, or `tests/gold/` when the build
 * reads the project's own `content/`; a build of other content (a fixture, a
 * benchmark corpus) has no gold set unless it names one.
 */
export const goldRoot: string | undefined =
  process.env['TALKS_GOLD_DIR'] ??
  (process.env['TALKS_CONTENT_DIR'] === undefined ? './tests/gold' : undefined);

/** Reads every `*.yaml` of a gold folder, checked against its schema; errors name the file and the field. */
export function readGold(dir: string | undefined = goldRoot): GoldArticle[] {
  if (dir === undefined || !existsSync(dir)) return [];
  const problems: string[] = [];
  const articles = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const result = goldArticleSchema.safeParse(parseYaml(readFileSync(join(dir, name), 'utf8')));
      if (result.success) {
        if (`${result.data.article}.yaml` !== name)
          problems.push(
            `${dir}/${name}: article: expected "${name.slice(0, -'.yaml'.length)}", the file's name`,
          );
        return [result.data];
      }
      for (const issue of result.error.issues)
        problems.push(`${dir}/${name}: ${issue.path.join('.')}: ${issue.message}`);
      return [];
    });
  if (problems.length > 0) throw new ContentError(problems);
  return articles;
}
