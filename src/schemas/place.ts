import { z } from 'astro/zod';
import { aliasesSchema, idSchema } from './common';

export const placeKinds = ['country', 'region', 'city', 'venue'] as const;

/** A place where talks happen or that texts name. */
export const placeSchema = z.strictObject({
  /** Stable id, used by rounds and other files. */
  id: idSchema,
  /** The name as the site shows it. */
  name: z.string().min(1),
  kind: z.enum(placeKinds),
  /** The id of the place this one lies in (Antalya lies in Turkey), so "in Turkey" can point to talks in Antalya. */
  within: z.string().min(1).optional(),
  /** Other names and spellings (Kiev for Kyiv). Case-sensitive. */
  aliases: aliasesSchema,
});

export type Place = z.infer<typeof placeSchema>;
