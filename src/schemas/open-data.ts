import { z } from 'astro/zod';

/**
 * The open data under `/data/`: every fact the compiler found, one record per
 * fact. These schemas are the single description of the files: the `/data/`
 * page lists their fields from here, the tests validate the built files
 * against them, and the evaluation reads the files they describe.
 */

/** `p-N`: the anchor of a paragraph on its article page. */
const paragraphId = z
  .string()
  .regex(/^p-\d+$/u)
  .describe('The paragraph, by its anchor on the article page (`p-5`: `/articles/<slug>/#p-5`).');
const slug = z.string().min(1).describe('The article’s slug: its page is `/articles/<slug>/`.');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
/** Who the record comes from: the compiler, or an editor (a correction in `content/corrections.yaml`). */
const source = z
  .enum(['compiler', 'editor'])
  .describe(
    '`compiler` for a fact the compiler found; `editor` for one an editor corrected in `content/corrections.yaml` (see `/about/`).',
  );
const curated = z
  .enum(['compiler', 'editor'])
  .describe(
    '`editor`: written by an editor in the knowledge files of `content/`, each step citing its words.',
  );

export const datePrecisions = ['day', 'week', 'month', 'span'] as const;

/** One direct quotation. */
export const quoteRecordSchema = z.strictObject({
  article: slug,
  paragraph: paragraphId,
  text: z.string().min(1).describe('The quoted words, without the quote marks.'),
  speaker: z
    .string()
    .nullable()
    .describe(
      "The speaker's person id, or null for an unnamed source, a body, or words nobody is reported saying.",
    ),
  speakerKind: z
    .enum(['person', 'party', 'unnamed', 'named', 'unknown'])
    .nullable()
    .describe(
      'Who speaks: a person of the knowledge, a body (`party`), a source the article does not name, a person the article names whom the knowledge lacks (`named`), someone the compiler could not settle on and so abstained (`unknown`: no speaker rather than a wrong one), or nobody (`null`: a title, a term).',
    ),
  speakerLabel: z
    .string()
    .nullable()
    .describe(
      'The name or description the article gives the speaker ("Kalin", "one European defense official"; for `named`, the name without its title), or null.',
    ),
  party: z.string().nullable().describe('The party the speaker speaks for, when known.'),
  rule: z
    .string()
    .nullable()
    .describe('How the speaker was found (`verb-after-quote`, `pronoun`, …), or null when none was.'),
  source,
});

/** One date expression, resolved against the article's publication day. */
export const dateRecordSchema = z.strictObject({
  article: slug,
  paragraph: paragraphId,
  text: z.string().min(1).describe('The expression as written ("Thursday", "a week ago").'),
  value: z
    .string()
    .regex(/^\d{4}-(?:\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?|W\d{2}|\d{2})$/u)
    .describe(
      'ISO 8601: a day `2022-03-17`, an ISO week `2022-W10`, a month `2022-03`, or an interval `2022-03-04/2022-03-11`.',
    ),
  precision: z.enum(datePrecisions).describe('How precisely the expression pins its date.'),
  start: day.describe('First day of the period.'),
  end: day.describe('Last day of the period (the same as `start` for a day).'),
  source,
});

/** One paragraph that reports a contact: where the contact comes from. */
const contactSourceSchema = z.strictObject({
  article: slug,
  paragraph: paragraphId,
  sentence: z.string().min(1).describe('The sentence that reports it, as printed.'),
});

/** One call, visit, meeting or statement outside the rounds, merged across the articles that report it. */
export const contactRecordSchema = z.strictObject({
  id: z.string().min(1).describe("The contact's anchor on the timeline (`/#<id>`)."),
  kind: z.enum(['call', 'visit', 'meeting', 'statement']).describe('What kind of contact it was.'),
  date: z.string().min(1).describe('ISO 8601 value of its date, as under dates.'),
  precision: z.enum(datePrecisions).describe('How precisely the date is known: day, week, month or span.'),
  start: day.describe('First day it may have happened.'),
  end: day.describe('Last day it may have happened.'),
  participants: z
    .array(z.string())
    .describe('The people who took part (for a statement, who made it), by id.'),
  parties: z.array(z.string()).describe('The parties those people speak for.'),
  reportedBy: z
    .string()
    .nullable()
    .describe('Who the article says reported the contact ("according to …"), by person id, or null.'),
  sources: z
    .array(contactSourceSchema)
    .min(1)
    .describe('Every paragraph that reports it, versions of a story included.'),
  source,
});

/** One mention of a known person, party or place. */
export const mentionRecordSchema = z.strictObject({
  article: slug,
  paragraph: paragraphId,
  kind: z.enum(['person', 'party', 'place']).describe('What is mentioned: a person, a party or a place.'),
  id: z.string().min(1).describe("The entity's id in `content/`."),
  text: z.string().min(1).describe("The words as printed, a person's title excluded."),
  title: z
    .string()
    .nullable()
    .describe('The title printed before a person\'s name ("Russian Foreign Minister"), or null.'),
  start: z
    .number()
    .int()
    .nonnegative()
    .describe('Where `text` starts in the paragraph’s text (a character offset).'),
  end: z.number().int().positive().describe('Where `text` ends in the paragraph’s text.'),
  inQuote: z.boolean().describe('True when the mention is inside a quotation.'),
  source,
});

/** One step of a demand's history. */
export const demandStepRecordSchema = z.strictObject({
  demand: z.string().min(1).describe("The demand's id: its anchor on its party's page."),
  title: z.string().min(1).describe("The demand's title."),
  parties: z.array(z.string()).min(1).describe('The parties that make the demand.'),
  topic: z.string().min(1).describe('The issue it belongs to: a row of the positions matrix.'),
  status: z
    .enum(['raised', 'reiterated', 'eased', 'dropped', 'rejected', 'close-to-agreement'])
    .describe('What happened to the demand in this step.'),
  by: z
    .array(z.string())
    .min(1)
    .describe("The parties that took the step: the demand's own parties, or another that answered it."),
  date: day.describe('The day the step happened.'),
  article: slug,
  paragraph: paragraphId,
  quote: z.string().min(1).describe('The article’s words that show the step, as printed.'),
  note: z.string().nullable().describe('An editor’s note on the step, or null.'),
  override: z
    .string()
    .nullable()
    .describe("An editor's reason for a status whose cited words lack the status's evidence words, or null."),
  source: curated,
});

/** One round, with the paragraphs that report on it. */
export const roundRecordSchema = z.strictObject({
  id: z.string().min(1).describe('The round’s slug: its page is `/rounds/<id>/`.'),
  title: z.string().min(1).describe('The round’s title.'),
  number: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('Its place in the sequence of rounds, or null for a meeting outside it.'),
  start: day.describe('First day.'),
  end: day.describe('Last day.'),
  place: z.string().nullable().describe('The place’s id, or null (talks by video link).'),
  format: z
    .string()
    .min(1)
    .describe('How the parties met: in-person, video-link, foreign-ministers, phone-call.'),
  parties: z.array(z.string()).min(1).describe('The parties taking part, by id.'),
  delegationHeads: z.array(z.string()).describe('Who led each delegation, by person id.'),
  paragraphs: z
    .array(z.strictObject({ article: slug, paragraph: paragraphId }))
    .describe('Every paragraph the compiler links to the round.'),
  source: curated.describe(
    '`editor`: the round (its days, place, parties and heads) is written by an editor in `content/rounds.yaml`; its paragraphs are linked by the compiler, after the editor’s corrections.',
  ),
});

export type QuoteRecordData = z.infer<typeof quoteRecordSchema>;
export type DateRecordData = z.infer<typeof dateRecordSchema>;
export type ContactRecordData = z.infer<typeof contactRecordSchema>;
export type MentionRecordData = z.infer<typeof mentionRecordSchema>;
export type DemandStepRecordData = z.infer<typeof demandStepRecordSchema>;
export type RoundRecordData = z.infer<typeof roundRecordSchema>;

/** The files of `/data/`, each a JSON array of records with a CSV twin of the same rows. */
export const openDataFiles = {
  quotes: { schema: quoteRecordSchema, description: 'Every direct quotation and its speaker.' },
  dates: {
    schema: dateRecordSchema,
    description: 'Every date expression, resolved against its article’s publication day.',
  },
  contacts: {
    schema: contactRecordSchema,
    description: 'Calls, visits, meetings and statements outside the rounds, with who took part.',
  },
  mentions: { schema: mentionRecordSchema, description: 'Every mention of a known person, party or place.' },
  demands: { schema: demandStepRecordSchema, description: 'Every step of every demand, with who took it.' },
  rounds: {
    schema: roundRecordSchema,
    description: 'The rounds, with every paragraph that reports on them.',
  },
} as const;

export type OpenDataName = keyof typeof openDataFiles;
export interface OpenData {
  quotes: QuoteRecordData[];
  dates: DateRecordData[];
  contacts: ContactRecordData[];
  mentions: MentionRecordData[];
  demands: DemandStepRecordData[];
  rounds: RoundRecordData[];
}
