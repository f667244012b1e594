import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleLoader } from './loaders/article-loader';
import { contentRoot } from './lib/content-root';
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

// Curated knowledge: one YAML list per collection, each entry with its `id`.
const parties = defineCollection({ loader: file(`${contentRoot}/parties.yaml`), schema: partySchema });
const people = defineCollection({ loader: file(`${contentRoot}/people.yaml`), schema: personSchema });
const places = defineCollection({ loader: file(`${contentRoot}/places.yaml`), schema: placeSchema });
const rounds = defineCollection({ loader: file(`${contentRoot}/rounds.yaml`), schema: roundSchema });
const demands = defineCollection({ loader: file(`${contentRoot}/demands.yaml`), schema: demandSchema });
const conflicts = defineCollection({ loader: file(`${contentRoot}/conflicts.yaml`), schema: conflictSchema });

export const collections = { articles, parties, people, places, rounds, demands, conflicts };
