import { z } from 'astro/zod';
import { citationSchema, daySchema, lineSchema, proseSchema } from './common';

export const roundFormats = ['in-person', 'video-link', 'foreign-ministers', 'phone-call'] as const;

/**
 * One fact about a round, with where it comes from: a quote from an article
 * (checked verbatim at build time), or, for what the articles do not say, an
 * editor's fact with a note of its source.
 */
export const roundFactSchema = z.union([
  z.strictObject({
    /** The fact, in the site's words. */
    statement: proseSchema,
    /** The article words that state it. */
    citation: citationSchema,
  }),
  z.strictObject({
    /** The fact, in the site's words. */
    statement: proseSchema,
    /** Where an editor took a fact that no article in `content/articles/` states. */
    editorsSource: proseSchema,
  }),
]);

/** A round's URL slug: its start date and place (`2022-03-29-istanbul`). */
export const roundIdSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'expected a slug of the start date and the place, such as "2022-03-29-istanbul"',
});

/** A round of negotiations or a meeting between the parties. */
export const roundSchema = z
  .strictObject({
    /**
     * The URL slug: start date and place (`2022-03-29-istanbul`). Never change
     * it once published; if it must change, list the old one in `formerIds`.
     */
    id: roundIdSchema,
    /**
     * Slugs this round was published under before, which redirect to it: each
     * shaped like an id, and no round's id now (the build checks that, and that
     * no two rounds claim one).
     */
    formerIds: z.array(roundIdSchema).default([]),
    /** A short title ("Second round, Belovezhskaya Pushcha"). */
    title: lineSchema,
    /** Its place in the sequence of rounds of talks (1 for the first); absent for meetings outside the numbered rounds. */
    number: z.number().int().positive().optional(),
    /** First day, `yyyy-MM-dd`. */
    start: daySchema,
    /** Last day, when it is known and differs from the first. */
    end: daySchema.optional(),
    /** True when the round has no known end (talks by video link that went on). */
    ongoing: z.boolean().default(false),
    /** The id of the place where it was held; absent for talks by video link. */
    place: z.string().min(1).optional(),
    /** How the parties met. */
    format: z.enum(roundFormats),
    /** The ids of the parties taking part, mediators and hosts included. */
    parties: z.array(z.string().min(1)).min(1),
    /** Who led each delegation. */
    delegationHeads: z
      .array(
        z.strictObject({
          /** The party's id. */
          party: z.string().min(1),
          /** The person's id. */
          person: z.string().min(1),
        }),
      )
      .default([]),
    /** The ids of other people who took part. */
    participants: z.array(z.string().min(1)).default([]),
    /** An editor's summary in two or three sentences. */
    summary: proseSchema,
    /** The round's facts (date, place, who, what came of it), each with its source. */
    facts: z.array(roundFactSchema).min(1),
    /**
     * Which of `facts` (by index, from 0) state the round's dates, place and
     * delegation heads, so that each is shown with its source wherever it
     * appears: an article's citation, or "editor's fact" with the editor's source.
     */
    headerSources: z.strictObject(
      {
        dates: z.array(z.number().int().nonnegative()).min(1),
        place: z.array(z.number().int().nonnegative()).min(1).optional(),
        delegationHeads: z.array(z.number().int().nonnegative()).min(1).optional(),
      },
      {
        // Zod's own "expected object, received undefined" names the field but not what it wants.
        error: (issue) =>
          issue.input === undefined
            ? 'expected the indexes (from 0) of the facts that state the round’s dates, and its place and delegation heads when it has them, such as "headerSources: { dates: [0], place: [0], delegationHeads: [1] }"'
            : undefined,
      },
    ),
  })
  .superRefine((round, context) => {
    const check = (field: 'place' | 'delegationHeads', needed: boolean, what: string) => {
      if (needed && round.headerSources[field] === undefined)
        context.addIssue({
          code: 'custom',
          path: ['headerSources', field],
          message: `expected the index of the fact that states the round's ${what}`,
        });
    };
    check('place', round.place !== undefined, 'place');
    check('delegationHeads', round.delegationHeads.length > 0, 'delegation heads');
    for (const field of ['dates', 'place', 'delegationHeads'] as const)
      for (const index of round.headerSources[field] ?? [])
        if (index >= round.facts.length)
          context.addIssue({
            code: 'custom',
            path: ['headerSources', field],
            message: `expected the index of one of the round's ${round.facts.length} facts (0 to ${round.facts.length - 1}), got ${index}`,
          });
  });

export type Round = z.infer<typeof roundSchema>;
export type RoundFact = z.infer<typeof roundFactSchema>;
