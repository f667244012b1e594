import { z } from 'astro/zod';
import { aliasesSchema, daySchema, idSchema, lineSchema } from './common';

export const roleKinds = ['official', 'negotiator', 'diplomat', 'analyst', 'reporter'] as const;

/** One role a person holds, and the party they speak for in it. */
export const roleSchema = z
  .strictObject({
    /** The title as texts give it ("Russian Foreign Minister", "head of the Ukrainian delegation"). */
    title: lineSchema,
    /** What kind of voice this is. Reporters are recorded as reporters, never as actors in the talks. */
    kind: z.enum(roleKinds),
    /** The id of the party this role speaks for, when it speaks for one. */
    party: z.string().min(1).optional(),
    /**
     * The first and the last day the person held the role, as the public record has them, where the coverage
     * reaches past them: an article's "the US President" is the holder on the article's day, and no one the
     * knowledge has when it holds no holder then. Without them, the role is held on every day.
     */
    from: daySchema.optional(),
    until: daySchema.optional(),
  })
  .refine((role) => role.from === undefined || role.until === undefined || role.from <= role.until, {
    message: 'expected "from" on or before "until"',
    path: ['until'],
  });

/** A person named in the coverage. */
export const personSchema = z.strictObject({
  /** Stable id, used in URLs (`/people/sergey-lavrov/`) and by other files. */
  id: idSchema,
  /** The name as the site shows it. */
  name: lineSchema,
  /**
   * Other spellings texts use: the surname alone, transliterations
   * (Zelenskyy, Zelenskiy), misspellings found in articles (Zelenksky), names
   * with and without diacritics (İbrahim, Ibrahim). Case-sensitive.
   */
  aliases: aliasesSchema,
  /**
   * Aliases that are also common words ("the", "talks", "officials") and are
   * really meant: the build refuses such an alias unless it is listed here too,
   * since every such word in the articles would become a mention.
   */
  commonWordAliases: z.array(z.string().min(1)).default([]),
  /**
   * How texts refer back to the person ("he", "she"): "She told reporters" after a man and a woman are named
   * is the woman's. Without it, either pronoun may refer to them.
   */
  pronoun: z.enum(['he', 'she', 'they']).optional(),
  /** The roles the person holds in the coverage; the first is shown first. */
  roles: z.array(roleSchema).min(1),
});

export type Person = z.infer<typeof personSchema>;
export type Role = z.infer<typeof roleSchema>;

/** Whether a role is held on a day (`yyyy-MM-dd`); every role is held when no day is asked about. */
export function holdsOn(role: Pick<Role, 'from' | 'until'>, day: string | undefined): boolean {
  return day === undefined || ((role.from ?? day) <= day && day <= (role.until ?? day));
}
