import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleLoader } from './loaders/article-loader';
import { contentRoot } from './lib/content-root';
import { parseKnowledgeFile } from './lib/content/read-content';
import { articleSchema } from './schemas/article';
import { conflictSchema } from './schemas/conflict';
import { demandSchema } from './schemas/demand';
import { partySchema } from './schemas/party';
import { personSchema } from './schemas/person';
import { placeSchema } from './schemas/place';
import { roundSchema } from './schemas/round';

/** News articles as editors saved them: one Markdown file each, the file name is the URL slug; parsed and compiled once. */
const articles = defineCollection({
  loader: articleLoader({ base: `${contentRoot}/articles` }),
  schema: articleSchema,
});

/**
 * Curated knowledge: one YAML list per collection, each entry with its `id`,
 * read with the same YAML parser as the compiler's own reading of the files.
 */
const knowledgeFile = (name: string) =>
  file(`${contentRoot}/${name}.yaml`, {
    parser: (text) => parseKnowledgeFile(text, `content/${name}.yaml`) as Record<string, unknown>[],
  });
const parties = defineCollection({ loader: knowledgeFile('parties'), schema: partySchema });
const people = defineCollection({ loader: knowledgeFile('people'), schema: personSchema });
const places = defineCollection({ loader: knowledgeFile('places'), schema: placeSchema });
const rounds = defineCollection({ loader: knowledgeFile('rounds'), schema: roundSchema });
const demands = defineCollection({ loader: knowledgeFile('demands'), schema: demandSchema });
const conflicts = defineCollection({ loader: knowledgeFile('conflicts'), schema: conflictSchema });

export const collections = { articles, parties, people, places, rounds, demands, conflicts };
