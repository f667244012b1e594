import { z } from 'astro/zod';
import { closeBidi } from '../lib/bidi';
import { isPublishedDate } from '../lib/published-date';

/** A lowercase, hyphenated identifier, stable across builds: it is part of URLs and of references between files. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'expected a lowercase id of letters, digits and hyphens, such as "vladimir-putin"',
});

/** A calendar day, `yyyy-MM-dd`. */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a calendar day such as "2022-03-29"' })
  .refine(isPublishedDate, { message: 'expected a real calendar day such as "2022-03-29"' });

/** The names a text may use for an entity, matched case-sensitively on word boundaries. */
export const aliasesSchema = z.array(z.string().min(1)).default([]);

/**
 * The fewest words a cited quote may have. The shortest citation in
 * `content/` has nine ("the US continues to ratchet up sanctions on Russia");
 * four is the least that still states something of its own (who did what:
 * "Russia rejected the proposal") and leaves room for short clauses, while a
 * word or two ("a", "neutral status") can stand anywhere and prove nothing.
 */
export const MIN_QUOTE_WORDS = 4;

/**
 * A claim's source: words quoted from one article. The build finds the quote
 * in the article (typographic quote marks and white space aside, verbatim, in
 * whole words) and stops when it is not there.
 */
export const citationSchema = z.strictObject({
  /** The article's slug: its file name in `content/articles/` without `.md`. */
  article: z.string().min(1),
  /** The words as the article prints them: a phrase or a sentence or two of one paragraph. */
  quote: z.string().refine((quote) => quote.trim().split(/\s+/u).length >= MIN_QUOTE_WORDS, {
    message: `expected at least ${MIN_QUOTE_WORDS} words of the article, a phrase that states the fact on its own`,
  }),
});

export type Citation = z.infer<typeof citationSchema>;

/**
 * One line of text shown on pages and in the feed and calendar: not empty,
 * and without control characters, which make feed.xml invalid XML and break
 * lines in rounds.ics. Tabs and line breaks are control characters too.
 * Direction controls it leaves open are closed at its end (`closeBidi`), so
 * it cannot reverse the site's words after it.
 */
export const lineSchema = z
  .string()
  .min(1)
  .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/u, {
    message: 'must not contain control characters (tabs, line breaks and the like)',
  })
  .transform(closeBidi);

/**
 * A few sentences shown on pages (a summary, a description, how a date is
 * known): as a line, but it may break lines (a YAML block keeps them).
 */
export const proseSchema = z
  .string()
  .min(1)
  .regex(/^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f]*$/u, {
    message: 'must not contain control characters other than line breaks (tabs, bells and the like)',
  })
  .transform(closeBidi);
