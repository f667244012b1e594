import { z } from 'astro/zod';

/**
 * What kind of thing a reader typed, so the evaluation can say which kinds
 * the search handles badly.
 */
export const searchEvalKinds = [
  /** A person's name as the site shows it ("Sergey Lavrov"). */
  'full-name',
  /** A surname alone ("Lavrov"). */
  'surname',
  /** Another spelling the knowledge records: a transliteration, the name without diacritics ("Zelenskiy", "Cavusoglu"). */
  'alias',
  /** A typo or a misspelling no article or knowledge file uses ("Lavorv", "Istambul"). */
  'misspelling',
  /** A party, a place or a round's venue ("Kremlin", "Antalya"). */
  'place-or-party',
  /** A word or a term of the talks ("neutrality", "no-fly zone"). */
  'term',
  /** Words a reader remembers from an article or a page ("dark avenue"). */
  'phrase',
  /** A day, written as readers write days ("29 March", "March 29", "2022-03-29"). */
  'date',
  /** A question in the reader's own words ("what does Russia demand"). */
  'question',
  /** A name that is in no article and no page: the right answer is no result at all. */
  'unknown-name',
] as const;

export type SearchEvalKind = (typeof searchEvalKinds)[number];

/** A page of the built site as its path: `/people/sergey-lavrov/`, without host, query string or fragment. */
export const sitePathSchema = z.string().regex(/^\/(?:[a-z0-9-]+\/)+$/u, {
  message:
    'expected the path of a page of the site, such as "/people/sergey-lavrov/": a leading and a trailing slash, lowercase, no query string or fragment',
});

/** One query a reader would type, with the pages that answer it. */
export const searchEvalQuerySchema = z
  .strictObject({
    /** The words as typed into the search box. */
    query: z
      .string()
      .min(1)
      .refine((query) => query === query.trim(), {
        message: 'expected no spaces at either end: the search page trims them, so they would test nothing',
      }),
    /** What kind of query it is. */
    kind: z.enum(searchEvalKinds),
    /**
     * The pages that answer it, any of which is a right first result. Empty
     * exactly when `kind` is `unknown-name`, whose right answer is no result.
     */
    expected: z.array(sitePathSchema).default([]),
    /** Which page or paragraph justifies the expected pages (`p-13` of an article, a round's summary). */
    why: z.string().min(1),
  })
  .superRefine((entry, context) => {
    if (entry.kind === 'unknown-name' && entry.expected.length > 0)
      context.addIssue({
        code: 'custom',
        path: ['expected'],
        message: 'an unknown name expects no results: leave expected empty',
      });
    if (entry.kind !== 'unknown-name' && entry.expected.length === 0)
      context.addIssue({
        code: 'custom',
        path: ['expected'],
        message:
          'expected at least one page that answers the query (or kind: unknown-name for a name in no article)',
      });
    const repeated = entry.expected.filter((path, index) => entry.expected.indexOf(path) !== index);
    if (repeated.length > 0)
      context.addIssue({
        code: 'custom',
        path: ['expected'],
        message: `lists ${repeated.join(', ')} more than once`,
      });
  });

export type SearchEvalQuery = z.infer<typeof searchEvalQuerySchema>;
