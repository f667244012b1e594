import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articlesDir } from './paths';

export interface ArticleSource {
  /** The slug: the file name without `.md`. */
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Every article file in `content/articles/`, read as an editor saved it. */
export function readArticleSources(dir: string = articlesDir): ArticleSource[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
      return { slug: name.slice(0, -'.md'.length), frontmatter, body: content };
    });
}
