import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Reads the same articles as the site, with no rules beyond a title.
const articles = defineCollection({
  loader: glob({
    base: `${process.env['TALKS_CONTENT_DIR'] ?? '../../content'}/articles`,
    pattern: '**/*.md',
  }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { articles };
