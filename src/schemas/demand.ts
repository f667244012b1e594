import { z } from 'astro/zod';
import { citationSchema, daySchema, idSchema, lineSchema, proseSchema } from './common';

type DemandStatusName = (typeof demandStatuses)[number];

/** How a demand stands after a step in its history. */
export const demandStatuses = [
  'raised',
  'reiterated',
  'eased',
  'dropped',
  'rejected',
  'close-to-agreement',
] as const;

/** The issues of the positions matrix: a demand belongs to one. */
export const demandTopics = [
  'neutrality-and-nato',
  'security-guarantees',
  'demilitarisation',
  'denazification',
  'language',
  'crimea',
  'donbas',
  'ceasefire-and-withdrawal',
  'sanctions',
  'territorial-integrity',
] as const;

/** One dated step in a demand's history, with the article words that show it. */
export const demandStepSchema = z.strictObject({
  /** What happened to the demand. `rejected` is a refusal by another party, named in `by`. */
  status: z.enum(demandStatuses),
  /** The day it happened (not the day it was reported), `yyyy-MM-dd`. It may not be after the article's publication. */
  date: daySchema,
  /** The id of the party that took the step, when it is not the demand's own party (who rejected it, say). */
  by: z.string().min(1).optional(),
  /** The article words that show the step. */
  citation: citationSchema,
  /** A few words on the step, for readers ("Kalin lists it first of Putin's six points"). */
  note: proseSchema.optional(),
  /**
   * An editor's written reason for keeping a status whose cited words lack that
   * status's evidence words (`statusEvidence` below). Shown on the page beside the step.
   */
  overrideReason: z
    .string()
    .min(20, { message: 'expected a written reason of at least 20 characters' })
    .optional(),
});

/**
 * Words one of which the cited passage of a step must contain for its status,
 * so that no status says more than the article does. Matched case-insensitively
 * at the start of a word ("agree" matches "agreed" and "agreement").
 * `raised` and `reiterated` need words of the demand itself: its `signals`.
 */
export const statusEvidence: Record<Exclude<DemandStatusName, 'raised' | 'reiterated'>, readonly string[]> = {
  'close-to-agreement': ['close', 'near', 'agree', 'agreement', 'deal', 'progress', 'compromise'],
  dropped: [
    'dropped',
    'drop',
    'removed',
    'no longer',
    'abandon',
    'gave up',
    'give up',
    'withdrew',
    'scaled back',
    'scale back',
  ],
  eased: [
    'eased',
    'ease',
    'soften',
    'concession',
    'compromise',
    'ready to consider',
    'willing',
    'open to',
    'offer',
    'flexib',
  ],
  rejected: [
    'reject',
    'not acceptable',
    'unacceptable',
    'refuse',
    'cannot',
    "can't",
    'could not',
    'will not',
    "won't",
    'never',
    'no ',
  ],
};

/** Something a party asks for in the talks, and how that moved. */
export const demandSchema = z.strictObject({
  /** Stable id, unique across all demands: the demand's anchor on its party's page (`/parties/russia/#neutrality`). */
  id: idSchema,
  /** The ids of the parties that make the demand; more than one for a joint demand (France and Germany's ceasefire call). */
  parties: z.array(z.string().min(1)).min(1),
  /** The issue it belongs to, a row of the positions matrix. */
  topic: z.enum(demandTopics),
  /** A short title ("Ukraine's neutrality"). */
  title: lineSchema,
  /** What the party asks for, in a sentence or two. */
  description: proseSchema,
  /** Phrases that signal the demand in a text ("neutral status", "not become a NATO member"). Case-insensitive. */
  signals: z.array(z.string().min(1)).min(1),
  /** The demand's steps, oldest first. */
  history: z.array(demandStepSchema).min(1),
});

export type Demand = z.infer<typeof demandSchema>;
export type DemandStep = z.infer<typeof demandStepSchema>;
export type DemandStatus = (typeof demandStatuses)[number];
