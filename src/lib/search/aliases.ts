import { withoutDiacritics } from '../fold';

/** An entity's names as texts write them. */
export interface NamedEntity {
  name: string;
  aliases: readonly string[];
}

/**
 * Every name a search should find an entity by: its name, its aliases, and
 * each of those without diacritics. Pagefind has no synonyms, so pages carry
 * this text for the index (hidden from readers, who see the names once).
 */
export function searchNames(entity: NamedEntity): string[] {
  const names = [entity.name, ...entity.aliases];
  const all = [...names, ...names.map(withoutDiacritics)];
  const seen = new Set<string>();
  return all.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The index text for several entities: their search names, once each. */
export function aliasText(entities: readonly NamedEntity[]): string {
  const seen = new Set<string>();
  return entities
    .flatMap(searchNames)
    .filter((name) => {
      // Case aside, every spelling stays: "Erdogan" must be written out for the index to match it.
      const key = name.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .join(' · ');
}
