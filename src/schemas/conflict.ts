import { z } from 'astro/zod';
import { daySchema, idSchema } from './common';

/** The conflict the talks are about: its start anchors phrases such as "the third week" of the war. */
export const conflictSchema = z.strictObject({
  id: idSchema,
  /** The name as the site shows it. */
  name: z.string().min(1),
  /** The day the conflict began, `yyyy-MM-dd`. */
  start: daySchema,
  /** Words texts use for it ("war", "invasion"), for phrases such as "its third week". */
  terms: z.array(z.string().min(1)).min(1),
});

export type Conflict = z.infer<typeof conflictSchema>;
