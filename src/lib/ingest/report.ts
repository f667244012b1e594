import type { CompileSummary } from './compile-summary';
import { terminalSafe } from './control-characters';
import type { IngestResult } from './ingest';

/** Longest excerpt of a line the report prints; the editor finds the rest by its line number. */
const EXCERPT = 100;

function excerpt(text: string, length = EXCERPT): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  return oneLine.length <= length ? oneLine : `${oneLine.slice(0, length - 1)}…`;
}

function where(line: number | undefined): string {
  return line === undefined ? '' : `line ${line}: `;
}

/** A list on one line: "People (3): A, B, C". */
function listLine(heading: string, items: readonly string[]): string {
  return `${heading} (${items.length}): ${items.length === 0 ? 'none' : items.join(', ')}`;
}

/** A heading with its count, and one indented line per item. */
function section(
  heading: string,
  lines: readonly string[],
  empty = 'none',
  count = `${lines.length}`,
): string[] {
  return [
    `${heading} (${count}):${lines.length === 0 ? ` ${empty}` : ''}`,
    ...lines.map((line) => `  ${line}`),
  ];
}

/** In the order of the copy; what has no line (made up, or from the page's metadata) last. */
function byLine<T extends { line?: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
}

/** What the compiler found in the article: the entities, rounds, dates and quotes, and the names it does not know. */
function compilerFindings(summary: CompileSummary): string[] {
  return [
    'What the compiler found:',
    ...[
      listLine('People', summary.people),
      listLine('Parties', summary.parties),
      listLine('Places', summary.places),
      ...section(
        'Rounds',
        summary.rounds.map((round) => `${round.id} “${round.title}” (${round.paragraphs.join(', ')})`),
      ),
      ...section(
        'Dates resolved',
        summary.dates.map(
          (date) =>
            `${date.paragraphId} “${date.phrase}” → ${date.start === date.end ? date.start : `${date.start} to ${date.end}`}`,
        ),
      ),
      ...section(
        'Quotes attributed',
        summary.quotes.map(
          (quote) =>
            `${quote.paragraphId} “${excerpt(quote.text, 60)}” — ${quote.speaker ?? '(no speaker found)'}`,
        ),
        'none',
        `${summary.quotes.filter((quote) => quote.speaker !== undefined).length} of ${summary.quotes.length}`,
      ),
      listLine('Names not recognised, candidates for content/people.yaml', summary.unrecognisedNames),
      listLine('Institutions not recognised (not people)', summary.institutions),
    ].map((line) => `  ${line}`),
  ];
}

/**
 * The summary the ingest command prints: what went into the frontmatter,
 * what was left out as page chrome and why, what the editor should check,
 * the article's other versions, and what the compiler found in it. Control
 * characters are written as their escapes (`\x1b`), never sent raw.
 */
export function formatIngestReport(result: IngestResult, writtenTo: string): string {
  const { frontmatter } = result;
  const lines = [
    `${result.replacesExisting ? 'Overwrote' : 'Wrote'} ${writtenTo} from ${frontmatter.receivedAs ?? 'the copy'} (${result.inputFormat}).`,
    '',
    `Title:        ${frontmatter.title}${frontmatter.titleIsEditorial ? ' (written by the editors: titleIsEditorial)' : ''}`,
    ...(frontmatter.subtitle === undefined ? [] : [`Subtitle:     ${frontmatter.subtitle}`]),
    `Outlet:       ${frontmatter.outlet}`,
    `Authors:      ${frontmatter.authors.join(', ') || '(none)'}`,
    `Contributors: ${frontmatter.contributors.join(', ') || '(none)'}`,
    `Published:    ${frontmatter.published.date} (${frontmatter.published.certainty}: ${frontmatter.published.basis})`,
    `Body:         ${result.paragraphCount} paragraphs, ${result.headings.length} headings${result.headings.length === 0 ? '' : `: ${result.headings.join(' | ')}`}`,
    '',
    ...section(
      'Moved to the frontmatter',
      byLine(result.moved).map((moved) => `${where(moved.line)}${moved.field}: ${excerpt(moved.text)}`),
    ),
    ...section(
      'Removed as page chrome',
      byLine(result.removed).map(
        (removed) => `${where(removed.line)}${excerpt(removed.text)}  [${removed.reason}]`,
      ),
    ),
    ...section(
      'Flagged: kept, check these',
      byLine(result.flagged).map(
        (flagged) => `${where(flagged.line)}${excerpt(flagged.text)}  [${flagged.reason}]`,
      ),
    ),
    ...(result.notes.length === 0 ? [] : section('Notes', result.notes)),
    ...section(
      'Other versions in the content folder',
      [
        ...(result.sameTextAs === undefined
          ? []
          : [`same text as ${result.sameTextAs} (added anyway: --force)`]),
        ...result.versionOf.map(
          (relation) =>
            `version of ${relation.slug}: containment ${relation.containment.toFixed(2)}, similarity ${relation.similarity.toFixed(2)}; this copy is the ${relation.newCopyIs}` +
            (relation.onlyInNew.length === 0 ? '' : `; only in this copy: ${relation.onlyInNew.join(', ')}`),
        ),
      ],
      'none (an independent story)',
    ),
    '',
    ...(result.summary === undefined
      ? [
          `The compiler could not check it: the content folder has ${result.compileProblems.length} problem(s) to fix first:`,
          ...result.compileProblems.map((problem) => `  ${problem}`),
        ]
      : compilerFindings(result.summary)),
  ];
  // Every line may hold text of the copy, which is not the editor's to trust: no control character reaches the terminal.
  return `${terminalSafe(lines.join('\n'))}\n`;
}
