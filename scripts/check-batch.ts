/**
 * `npm run check:batch -- <folder>`: checks a batch of new corpus articles before it joins the sets, without
 * running the compiler, so that an annotator may use it and stay blind to the compiler's output. The folder
 * holds `articles/<slug>.md` and `gold/<slug>.yaml`, as `tests/corpus/<split>/` does. It checks each
 * article's frontmatter and body (the rules the build applies), each gold file's schema and slug, that every
 * quote, date and mention the gold gives is verbatim in the paragraph it names (paragraphs numbered as the
 * article page numbers them), that every speaker named by name is printed so in the article (the corpus rule: the
 * name as the copy gives it, never a fuller one the reader must know), that no day told twice side by side
 * ("today, April 12") is annotated as two expressions, and that no page is already in the sets or
 * was left out of them by an earlier batch
 * (`tests/corpus/left-out.txt`). One line per problem; exits with 1
 * when there is any.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { extractParagraphs } from '../src/lib/compile/paragraphs';
import { checkArticleFile } from '../src/lib/content/read-content';
import { apposedDays, goldArticleSchema, partsOfMonthNotMonths, unprintedNames } from '../src/lib/eval/gold';
import { evalSplits, leftOutSources, sharedSourceProblems, splitSources } from '../src/lib/eval/splits';

const folder = process.argv[2];
if (folder === undefined) throw new Error('usage: npm run check:batch -- <folder with articles/ and gold/>');

const problems: string[] = [];
// The sets' pages, and the pages earlier batches left out of both, which no new page may be either.
const sources = [...splitSources(evalSplits()), ...leftOutSources()];
for (const name of readdirSync(join(folder, 'articles'))
  .filter((file) => file.endsWith('.md'))
  .sort()) {
  const slug = basename(name, '.md');
  const file = join(folder, 'articles', name);
  const checked = checkArticleFile(readFileSync(file, 'utf8'), file);
  if ('problems' in checked) {
    problems.push(...checked.problems);
    continue;
  }
  if (checked.data.url !== undefined) sources.push({ file, url: checked.data.url });
  const paragraphs = new Map(
    extractParagraphs(checked.body).map((paragraph) => [paragraph.id, paragraph.text]),
  );
  const goldFile = join(folder, 'gold', `${slug}.yaml`);
  if (!existsSync(goldFile)) {
    problems.push(`${file}: no gold file; expected ${goldFile}`);
    continue;
  }
  const gold = goldArticleSchema.safeParse(parseYaml(readFileSync(goldFile, 'utf8')));
  if (!gold.success) {
    for (const issue of gold.error.issues)
      problems.push(`${goldFile}: ${issue.path.join('.')}: ${issue.message}`);
    continue;
  }
  if (gold.data.article !== slug)
    problems.push(`${goldFile}: article is "${gold.data.article}"; expected "${slug}"`);
  const entries = [
    ...gold.data.quotes.map(({ paragraph, text }) => ({ what: 'quote', paragraph, text })),
    ...gold.data.dates.map(({ paragraph, text }) => ({ what: 'date', paragraph, text })),
    ...gold.data.mentions.map(({ paragraph, text }) => ({ what: 'mention', paragraph, text })),
  ];
  const copy = [checked.data.title, checked.data.subtitle ?? '', checked.body].join('\n');
  for (const name of unprintedNames(gold.data, copy))
    problems.push(
      `${goldFile}: named speaker "${name}" is not printed in the article; expected the name as the copy gives it`,
    );
  for (const { paragraph, first, second, joined } of apposedDays(gold.data, paragraphs))
    problems.push(
      `${goldFile}: dates "${first}" and "${second}" in ${paragraph} tell one day side by side; expected one expression, "${joined}"`,
    );
  for (const { paragraph, text, precision } of partsOfMonthNotMonths(gold.data))
    problems.push(
      `${goldFile}: date "${text}" in ${paragraph} is a part of a month, annotated with precision ${precision}; expected the month, precision month`,
    );
  for (const { what, paragraph, text } of entries) {
    const words = paragraphs.get(paragraph);
    if (words === undefined)
      problems.push(
        `${goldFile}: ${what} "${text}" names ${paragraph}; the article has ${paragraphs.size} paragraphs`,
      );
    else if (!words.includes(text))
      problems.push(`${goldFile}: ${what} "${text}" is not in ${paragraph}; expected its words verbatim`);
  }
}
problems.push(...sharedSourceProblems(sources));
for (const problem of problems) console.log(problem);
console.log(problems.length === 0 ? 'No problems.' : `${problems.length} problem(s).`);
process.exitCode = problems.length === 0 ? 0 : 1;
