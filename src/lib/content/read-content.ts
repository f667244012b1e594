import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from '../../schemas/article';
import { conflictSchema } from '../../schemas/conflict';
import { demandSchema } from '../../schemas/demand';
import { partySchema } from '../../schemas/party';
import { personSchema } from '../../schemas/person';
import { placeSchema } from '../../schemas/place';
import { roundSchema } from '../../schemas/round';
import { ContentError, type Knowledge, type SourceArticle } from '../compile/knowledge';

/**
 * Reads a content folder from disk and checks it with the same schemas as
 * the site's content collections: for the compiler outside Astro (tests, the
 * benchmark, the ingest command). Errors name the file, the entry and the field.
 */
export function readContent(root: string): { articles: SourceArticle[]; knowledge: Knowledge } {
  const problems: string[] = [];
  const check = checker(problems);

  const articlesDir = join(root, 'articles');
  const articles = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(articlesDir, name), 'utf8'));
      const data = check(articleSchema, frontmatter, `content/articles/${name}`);
      return data === undefined ? [] : [{ slug: name.slice(0, -'.md'.length), data, body: content }];
    });

  let knowledge: Knowledge | undefined;
  try {
    knowledge = readKnowledge(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0 || knowledge === undefined) throw new ContentError(problems);
  return { articles, knowledge };
}

/** Collects a schema's issues as problems naming where they are and the field. */
function checker(problems: string[]) {
  return <T>(schema: z.ZodType<T>, value: unknown, where: string): T | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      problems.push(`${where}: ${field}${issue.message}`);
    }
    return undefined;
  };
}

/** The curated knowledge of a content folder, each file checked by its collection's schema. */
export function readKnowledge(root: string): Knowledge {
  const problems: string[] = [];
  const check = checker(problems);
  const collection = <T>(name: keyof Knowledge, schema: z.ZodType<T>): T[] => {
    const file = `content/${name}.yaml`;
    const path = join(root, `${name}.yaml`);
    // A content folder may leave a collection out (Astro's file loader reports it); it is then empty.
    if (!existsSync(path)) return [];
    const entries: unknown = parseYaml(readFileSync(path, 'utf8'));
    if (!Array.isArray(entries)) {
      problems.push(`${file}: expected a list of entries`);
      return [];
    }
    return entries.flatMap((entry: unknown, index) => {
      const id = typeof entry === 'object' && entry !== null && 'id' in entry ? String(entry.id) : `#${index + 1}`;
      const data = check(schema, entry, `${file}: entry "${id}"`);
      return data === undefined ? [] : [data];
    });
  };

  const knowledge: Knowledge = {
    parties: collection('parties', partySchema),
    people: collection('people', personSchema),
    places: collection('places', placeSchema),
    rounds: collection('rounds', roundSchema),
    demands: collection('demands', demandSchema),
    conflicts: collection('conflicts', conflictSchema),
  };
  if (problems.length > 0) throw new ContentError(problems);
  return knowledge;
}
