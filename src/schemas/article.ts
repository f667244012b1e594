import { z } from 'astro/zod';
import { isPublishedDate } from '../lib/published-date';
import { daySchema, lineSchema, proseSchema } from './common';

/**
 * How an article's publication date is known. Dates are calendar days in the
 * outlet's own zone ("2022-03-20") or instants with the offset the outlet
 * stated ("2022-03-20T14:14:00-04:00"), never a time in the machine's zone.
 */
export const publishedSchema = z.strictObject({
  /** ISO date (`2022-03-20`) or date-time with its offset (`2022-03-20T14:14:00-04:00`), as precise as the source allows. */
  date: z.string().refine(isPublishedDate, {
    message:
      'expected an ISO date such as "2022-03-20" or a date-time with its zone such as "2022-03-20T14:14:00-04:00" (an offset from -12:00 to +14:00)',
  }),
  /** `exact` when the outlet or a copy of the page states it; `inferred` when editors worked it out from the text. */
  certainty: z.enum(['exact', 'inferred']),
  /** How the date is known, in a sentence a reader can check. */
  basis: proseSchema,
});

/** The dateline the copy opens with: where the story was filed, and the day when it says one. */
export const datelineSchema = z.strictObject({
  /** As printed, without its dash ("ISTANBUL", "MOSCOW, March 29 (Xinhua)"). */
  text: lineSchema,
  /** The day it states (`2022-03-29`): the day the article's relative dates ("on Tuesday") count from. */
  day: daySchema.optional(),
});

/** A third party that republished the article under its own name. */
export const syndicationSchema = z.strictObject({
  /** Name of the site or station that published the copy ("News Channel 3"). */
  name: lineSchema,
  /** The wire or distribution service it came through ("CNN Newsource"), when known. */
  via: lineSchema.optional(),
});

/** Frontmatter of one article in `content/articles/`. Unknown fields are errors, so a typo never goes unnoticed. */
export const articleSchema = z.strictObject({
  /** The headline as published. */
  title: lineSchema,
  /** True when the copy had no headline and the editors wrote this one; the page says so. */
  titleIsEditorial: z.boolean().default(false),
  /** The dek printed under the headline, when the article has one. */
  subtitle: lineSchema.optional(),
  /** The dateline the copy opens with, when it has one; its day, when it states one, is what relative dates count from. */
  dateline: datelineSchema.optional(),
  /** The news organisation whose journalism this is ("CNN", "The Hill"). */
  outlet: lineSchema,
  /** What kind of publication it is when not a standard article ("live-updates post"). */
  format: lineSchema.optional(),
  /** Bylined authors, in byline order. Empty when the copy carries no byline: a missing byline stays missing. */
  authors: z.array(lineSchema),
  /** People credited with "contributed to this report". */
  contributors: z.array(lineSchema).default([]),
  /** When the article was published, and how that is known. */
  published: publishedSchema,
  /** Address of the article on the web, when known. */
  url: z
    .url({ protocol: /^https?$/u, error: 'expected a web address starting with http:// or https://' })
    .optional(),
  /** The third party that republished it, when the copy comes from one. */
  syndicatedBy: syndicationSchema.optional(),
  /**
   * Slug of an article already in `content/articles/` that this one is another
   * version of (a live post and the full story, a syndicated copy). The build
   * also finds versions by their text; this records what the editor knows.
   */
  versionOf: z.string().min(1).optional(),
  /** File name of the raw copy the editors received, so the text can be checked against it. */
  receivedAs: z.string().min(1).optional(),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
export type PublishedDate = z.infer<typeof publishedSchema>;
