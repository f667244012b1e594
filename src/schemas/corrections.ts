import { z } from 'astro/zod';
import { idSchema } from './common';

/**
 * `content/corrections.yaml`: the editor's corrections of facts the compiler
 * got wrong, one entry per fact. Each names the article and paragraph, the
 * words it corrects as the paragraph prints them, and a reason that readers
 * see beside the corrected fact. The build checks that the words are in the
 * paragraph and the ids exist, and warns when the compiler already agrees.
 */

/** What every correction says: where the fact is, and why the editor corrected it. */
const where = {
  /** The article's slug: its file name in `content/articles/` without `.md`. */
  article: idSchema,
  /** The paragraph, by its anchor on the article page (`p-5`). */
  paragraph: z.string().regex(/^p-\d+$/u, { message: 'expected a paragraph anchor such as "p-5"' }),
  /** Why the fact is corrected, in a sentence shown to readers. */
  reason: z.string().trim().min(1, { message: 'expected a sentence saying why, shown to readers' }),
};

/** The words of a paragraph a correction is about, as printed (quote marks and spacing aside). */
const words = z.string().trim().min(1, { message: 'expected the words as the paragraph prints them' });

/** A quote's speaker: a person id, a person the knowledge lacks, an unnamed source, or nobody. */
export const correctedSpeakerSchema = z.union([
  idSchema,
  z.strictObject({
    /** A person the article names whom `content/people.yaml` lacks, as the article names them. */
    named: z.string().trim().min(1),
  }),
  z.strictObject({
    /** A source the article does not name, described as the article describes it ("a senior US official"). */
    unnamed: z.string().trim().min(1),
  }),
  z.null(),
]);

/** The speaker of a quotation, or `null` for nobody's words (a title, a scare quote). */
export const quoteCorrectionSchema = z.strictObject({
  ...where,
  /** The quotation's words (or enough of them to tell it from the paragraph's other quotes). */
  quote: words,
  /** A person id, `{ named: "Name" }`, `{ unnamed: "a senior US official" }`, or `null`: nobody's words. */
  speaker: correctedSpeakerSchema,
});

/** An ISO 8601 value as `dates.json` has it: a day, an ISO week, a month, or an interval of days. */
export const DATE_VALUE = /^\d{4}-(?:\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?|W\d{2}|\d{2})$/u;

/** The value of a date expression, or `null` for words that are no date. */
export const dateCorrectionSchema = z.strictObject({
  ...where,
  /** The expression's words; they match the compiled expression they overlap ("on Monday" finds "Monday"). */
  date: words,
  /** `2022-03-07`, `2022-W10`, `2022-03` or `2022-03-04/2022-03-11`, as in `dates.json`; `null`: not a date. */
  value: z
    .string()
    .regex(DATE_VALUE, {
      message:
        'expected an ISO day "2022-03-07", week "2022-W10", month "2022-03" or interval "2022-03-04/2022-03-11", or null',
    })
    .nullable(),
});

/** The person, party or place some words name, or `null` for words that name none. */
export const mentionCorrectionSchema = z
  .strictObject({
    ...where,
    /** The words as printed. */
    mention: words,
    /** The person they name, by id; `null`: they name nobody. */
    person: idSchema.nullable().optional(),
    /** The party they name, by id; `null`: they name none. */
    party: idSchema.nullable().optional(),
    /** The place they name, by id; `null`: they name none. */
    place: idSchema.nullable().optional(),
  })
  .superRefine((entry, context) => {
    const given = (['person', 'party', 'place'] as const).filter((kind) => entry[kind] !== undefined);
    if (given.length !== 1)
      context.addIssue({
        code: 'custom',
        path: given.length === 0 ? ['mention'] : [given[1] ?? 'mention'],
        message:
          given.length === 0
            ? 'expected one of person:, party: or place: with an id, or null when the words name nobody'
            : `expected one of person:, party: or place:, not ${given.join(' and ')}`,
      });
  });

/** Who took part in a contact of the timeline. */
export const contactCorrectionSchema = z.strictObject({
  ...where,
  /** The contact's anchor on the timeline (`/#2022-03-10-call-emmanuel-macron-1a2b`). */
  contact: z.string().trim().min(1),
  /** The people who took part, by id (for a statement, who made it). */
  participants: z.array(idSchema).min(1, { message: 'expected the id of at least one person' }),
});

/** One correction: a quote's speaker, a date's value, a mention's entity, or a contact's participants. */
export const correctionSchema = z.union([
  quoteCorrectionSchema,
  dateCorrectionSchema,
  mentionCorrectionSchema,
  contactCorrectionSchema,
]);

export type QuoteCorrection = z.infer<typeof quoteCorrectionSchema>;
export type DateCorrection = z.infer<typeof dateCorrectionSchema>;
export type MentionCorrection = z.infer<typeof mentionCorrectionSchema>;
export type ContactCorrection = z.infer<typeof contactCorrectionSchema>;
export type CorrectedSpeaker = z.infer<typeof correctedSpeakerSchema>;

/** What kind of fact an entry corrects, told by the field that holds its words. */
export const correctionKinds = ['quote', 'date', 'mention', 'contact'] as const;
export type CorrectionKind = (typeof correctionKinds)[number];

/** A checked entry, with its kind and its place in the file (1-based), for messages. */
export type Correction = { entry: number } & (
  | ({ kind: 'quote' } & QuoteCorrection)
  | ({ kind: 'date' } & DateCorrection)
  | ({ kind: 'mention' } & MentionCorrection)
  | ({ kind: 'contact' } & ContactCorrection)
);

/** The schema of each kind: an entry is checked by the one its words' field names, so errors speak of that kind. */
export const correctionSchemaByKind = {
  quote: quoteCorrectionSchema,
  date: dateCorrectionSchema,
  mention: mentionCorrectionSchema,
  contact: contactCorrectionSchema,
} as const;

/** What a corrected fact carries: the editor's reason, which the site shows beside it. */
export interface CorrectedBy {
  correctedBy?: { reason: string };
}
