import { z } from 'astro/zod';
import { aliasesSchema, idSchema, lineSchema } from './common';

export const placeKinds = ['country', 'region', 'city', 'venue'] as const;

/** A place where talks happen or that texts name. */
export const placeSchema = z.strictObject({
  /** Stable id, used by rounds and other files. */
  id: idSchema,
  /** The name as the site shows it. */
  name: lineSchema,
  kind: z.enum(placeKinds),
  /** The id of the place this one lies in (Antalya lies in Turkey), so "in Turkey" can point to talks in Antalya. */
  within: z.string().min(1).optional(),
  /**
   * Other names and spellings (Kiev for Kyiv). Case-sensitive. No two places
   * may share one, but a place may share a name with a party ("Moscow" the
   * city and the government): a mention is the party when possessive, the
   * place after "in", "near", "at" or a word of motion plus "to", the party
   * otherwise. The rule and its tests: `src/lib/compile/place-or-party.ts`.
   */
  aliases: aliasesSchema,
  /**
   * Aliases that are also common words ("the", "talks", "officials") and are
   * really meant: the build refuses such an alias unless it is listed here too,
   * since every such word in the articles would become a mention.
   */
  commonWordAliases: z.array(z.string().min(1)).default([]),
});

export type Place = z.infer<typeof placeSchema>;
