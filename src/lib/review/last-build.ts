import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a build was made from: a digest of each article file, and one of the knowledge and corrections files. */
export interface ContentDigests {
  articles: Record<string, string>;
  knowledge: string;
}

const digest = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The digests of a content folder as it is now. */
export function contentDigests(contentDir: string): ContentDigests {
  const articlesDir = join(contentDir, 'articles');
  const articles = Object.fromEntries(
    readdirSync(articlesDir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => [name.slice(0, -'.md'.length), digest(readFileSync(join(articlesDir, name)))]),
  );
  const knowledge = createHash('sha256');
  for (const name of readdirSync(contentDir)
    .filter((file) => file.endsWith('.yaml'))
    .sort())
    knowledge
      .update(name)
      .update('\0')
      .update(readFileSync(join(contentDir, name)));
  return { articles, knowledge: knowledge.digest('hex') };
}

/** Records what a successful build was made from, for `npm run review` with no slug. */
export function recordBuild(contentDir: string, recordFile: string): void {
  mkdirSync(dirname(recordFile), { recursive: true });
  writeFileSync(recordFile, `${JSON.stringify(contentDigests(contentDir), null, 2)}\n`);
}

/**
 * The articles changed since the last build, and why: every article when the
 * knowledge or the corrections changed (any article's findings may have) or
 * no build was recorded; otherwise the new and edited ones.
 */
export function changedSinceBuild(contentDir: string, recordFile: string): { slugs: string[]; why: string } {
  const now = contentDigests(contentDir);
  const all = Object.keys(now.articles);
  if (!existsSync(recordFile)) return { slugs: all, why: 'no build is recorded: every article' };
  const last = JSON.parse(readFileSync(recordFile, 'utf8')) as ContentDigests;
  if (last.knowledge !== now.knowledge)
    return {
      slugs: all,
      why: 'the knowledge or the corrections changed since the last build: every article',
    };
  return {
    slugs: all.filter((slug) => last.articles[slug] !== now.articles[slug]),
    why: 'articles added or edited since the last build',
  };
}
