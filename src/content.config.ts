import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { contentRoot } from './lib/content-root';

/** News articles as editors saved them: one Markdown file each, the file name is the URL slug. */
const articles = defineCollection({
  loader: glob({ base: `${contentRoot}/articles`, pattern: '**/*.md' }),
  schema: articleSchema,
});

export const collections = { articles };
