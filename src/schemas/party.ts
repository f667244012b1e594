import { z } from 'astro/zod';
import { aliasesSchema, idSchema, lineSchema, proseSchema } from './common';

export const partyKinds = ['negotiating-party', 'mediator', 'ally', 'organisation', 'other'] as const;

/** A state, government or organisation with a stake in the talks. */
export const partySchema = z.strictObject({
  /** Stable id, used in URLs (`/parties/russia/`) and by other files. */
  id: idSchema,
  /** The name readers know it by ("Russia", "NATO"). */
  name: lineSchema,
  /** Its part in the talks: a negotiating party, a mediator, an ally of one side, an organisation, or other. */
  kind: z.enum(partyKinds),
  /** Other names texts use for it ("Moscow", "the Kremlin", "Russian negotiators"). Case-sensitive. */
  aliases: aliasesSchema,
  /**
   * Aliases that are also common words ("the", "talks", "officials") and are
   * really meant: the build refuses such an alias unless it is listed here too,
   * since every such word in the articles would become a mention.
   */
  commonWordAliases: z.array(z.string().min(1)).default([]),
  /** One sentence on who this is in the talks. */
  description: proseSchema.optional(),
});

export type Party = z.infer<typeof partySchema>;
