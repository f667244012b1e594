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

const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const PART_OF_DAY = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
/** A word for a day: "today", "tomorrow morning". */
const DAY_WORD = new RegExp(String.raw`^(?:today|tonight|yesterday|tomorrow)${PART_OF_DAY}$`, 'iu');
/** A weekday, as a word for a day: "Thursday", "this Thursday evening". */
const WEEKDAY_WORD = new RegExp(String.raw`^(?:this\s+)?(?:${WEEKDAY_NAMES})${PART_OF_DAY}$`, 'u');
const WEEKDAY_ALONE = new RegExp(String.raw`^(?:${WEEKDAY_NAMES})$`, 'u');
/** A day's date: a month's name or abbreviation and a number. */
/** A month's name or its abbreviation begins with these letters. */
const MONTH_PREFIX = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const DATE_OF_DAY = new RegExp(String.raw`(?=.*\d)(?:${MONTH_PREFIX})`, 'u');
/** Between the two: a bracket (closed after the second), a comma or a space. */
const APPOSITION_GAP = /^(?:\s*([([])\s*|,\s*|\s+)/u;

/**
 * The date entries of a gold file that tell one day twice side by side, each annotated apart ("today" and "April
 * 12" in "today, April 12"; "Sunday" and "Jan 8" in "Sunday (Jan 8)"), which the conventions make one expression
 * (tests/gold/README.md): each pair as the one expression its paragraph prints. `paragraphs` by anchor.
 */
export function apposedDays(
  gold: GoldArticle,
  paragraphs: ReadonlyMap<string, string>,
): { paragraph: string; first: string; second: string; joined: string }[] {
  const pairs: { paragraph: string; first: string; second: string; joined: string }[] = [];
  for (const first of gold.dates) {
    const dayWord = DAY_WORD.test(first.text);
    if (!dayWord && !WEEKDAY_WORD.test(first.text)) continue;
    const text = paragraphs.get(first.paragraph) ?? '';
    for (const second of gold.dates) {
      if (second === first || second.paragraph !== first.paragraph) continue;
      if (!DATE_OF_DAY.test(second.text) && !(dayWord && WEEKDAY_ALONE.test(second.text))) continue;
      for (let at = text.indexOf(first.text); at >= 0; at = text.indexOf(first.text, at + 1)) {
        const after = text.slice(at + first.text.length);
        const gap = APPOSITION_GAP.exec(after);
        if (gap === null || !after.slice(gap[0].length).startsWith(second.text)) continue;
        let end = at + first.text.length + gap[0].length + second.text.length;
        if (gap[1] !== undefined) {
          const close = /^\s*[)\]]/u.exec(text.slice(end));
          if (close === null) continue;
          end += close[0].length;
        }
        pairs.push({
          paragraph: first.paragraph,
          first: first.text,
          second: second.text,
          joined: text.slice(at, end),
        });
        break;
      }
    }
  }
  return pairs;
}

/**
 * A part of a named month, and nothing else: "early March", "mid-April", "late May 2022", "the beginning of
 * August", "the middle of June". ("The end of August" is not one: the conventions make it the month's last seven
 * days.)
 */
const PART_OF_MONTH = new RegExp(
  String.raw`^(?:the\s+)?(?:early|mid|late|beginning\s+of|start\s+of|middle\s+of)[-\s]+(?:${MONTH_PREFIX})\p{L}*\.?(?:,?\s+\d{4})?$`,
  'iu',
);

/**
 * The date entries of a gold file that read a part of a month ("mid-April", "early March") as anything but the
 * month: the conventions make it the month, precision `month` (tests/gold/README.md), as 227 of the 253 such
 * annotations of dev and test had it when the rule was written; a span of days ("the 11th to the 20th") is more
 * than the words say.
 */
export function partsOfMonthNotMonths(
  gold: GoldArticle,
): { paragraph: string; text: string; precision: string }[] {
  return gold.dates
    .filter((date) => PART_OF_MONTH.test(date.text) && date.precision !== 'month')
    .map(({ paragraph, text, precision }) => ({ paragraph, text, precision }));
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
