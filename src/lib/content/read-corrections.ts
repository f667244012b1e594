import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  correctionKinds,
  correctionSchemaByKind,
  type Correction,
  type CorrectionKind,
} from '../../schemas/corrections';
import { ContentError } from '../compile/knowledge';
import { closestMatches } from '../compile/text';
import { parseKnowledgeFile } from './read-content';

/** Where the corrections live, for messages. */
export const CORRECTIONS_FILE = 'content/corrections.yaml';

/** How an entry is named in messages: its place in the file, and the article and paragraph it names. */
export function correctionEntryName(entry: number, value: unknown): string {
  const field = (name: string) =>
    typeof value === 'object' && value !== null && name in value
      ? String((value as Record<string, unknown>)[name])
      : undefined;
  const article = field('article');
  const paragraph = field('paragraph');
  const at = [article, paragraph].filter((part) => part !== undefined).join(' ');
  return `entry ${entry}${at === '' ? '' : ` (${at})`}`;
}

/**
 * Checks the entries of `content/corrections.yaml` as parsed: each must say
 * which fact it corrects with exactly one of `quote:`, `date:`, `mention:` or
 * `contact:`, and is then checked by that kind's schema, so a message speaks
 * of the fields of that kind. Throws a ContentError, one line per problem,
 * naming the file, the entry and the field.
 */
export function checkCorrections(entries: unknown, file = CORRECTIONS_FILE): Correction[] {
  if (entries === null || entries === undefined) return [];
  if (!Array.isArray(entries))
    throw new ContentError([`${file}: expected a list of corrections, each starting with "- article: …"`]);
  const problems: string[] = [];
  const corrections = entries.flatMap((value: unknown, index): Correction[] => {
    const entry = index + 1;
    const where = `${file}: ${correctionEntryName(entry, value)}`;
    const kinds = correctionKinds.filter(
      (kind) => typeof value === 'object' && value !== null && kind in value,
    );
    const [kind] = kinds;
    if (kind === undefined || kinds.length > 1) {
      problems.push(
        `${where}: ${kinds.length > 1 ? `${kinds.join(' and ')}: ` : ''}expected exactly one of quote:, date:, mention: or contact:, saying which fact the entry corrects.`,
      );
      return [];
    }
    const result = correctionSchemaByKind[kind].safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(`${where}: ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
      return [];
    }
    return [{ entry, kind: kind satisfies CorrectionKind, ...result.data } as Correction];
  });
  if (problems.length > 0) throw new ContentError(problems);
  return corrections;
}

/** The corrections of a content folder; none when it has no `corrections.yaml`. */
export function readCorrections(root: string): Correction[] {
  const path = join(root, 'corrections.yaml');
  if (!existsSync(path)) return [];
  return checkCorrections(parseKnowledgeFile(readFileSync(path, 'utf8'), CORRECTIONS_FILE));
}

/**
 * Entries that name an article the folder does not have: one problem each,
 * with the closest slugs.
 */
export function unknownArticleProblems(
  corrections: readonly Correction[],
  slugs: readonly string[],
): string[] {
  const known = new Set(slugs);
  return corrections.flatMap((correction) => {
    if (known.has(correction.article)) return [];
    const suggestions = closestMatches(correction.article, slugs);
    return [
      `${CORRECTIONS_FILE}: entry ${correction.entry} (${correction.article} ${correction.paragraph}), article: no article "${correction.article}" in content/articles/.` +
        (suggestions.length > 0 ? ` Close matches: ${suggestions.join(', ')}.` : ''),
    ];
  });
}
